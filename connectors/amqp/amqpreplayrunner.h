#pragma once

#include "replayrunner.h"
#include "telemetrystore.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace ct::amqp {

// The ReplayRunner of the desktop: a Replayer (publisher confirms, windows, audited intents and
// outcomes) on a worker thread with a store connection of its own, the replay remembered as a job
// first. Answers arrive on the runner's thread. Going away cancels the replay without waiting: the
// worker holds nothing of the runner, stops publishing at once and settles what it sent.
class AmqpReplayRunner : public QObject, public ReplayRunner {
    Q_OBJECT
public:
    explicit AmqpReplayRunner(StoreOpener openWriter, QObject* parent = nullptr);
    ~AmqpReplayRunner() override;

    void replay(const BrokerEndpoint& broker, const ReplayOrder& order, Progress progress, Done done) override;
    void dryRun(const BrokerEndpoint& broker, const ReplayOrder& order, const PayloadDecoder* decoder,
                DryRunDone done) override;
    void cancel() override
    {
        if (m_cancel)
            *m_cancel = true;
    }
    bool isRunning() const override { return m_running; }

private:
    StoreOpener m_openWriter;
    std::shared_ptr<std::atomic<bool>> m_cancel;  // the running replay's, shared with its worker
    bool m_running = false;
};

} // namespace ct::amqp
