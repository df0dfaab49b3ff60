#pragma once

#include "replayrunner.h"
#include "telemetrystore.h"

#include <QFuture>
#include <QObject>

#include <atomic>

namespace ct::amqp {

// The ReplayRunner of the desktop: a Replayer (publisher confirms, windows, audited intents and
// outcomes) on a worker thread with a store connection of its own, the replay remembered as a job
// first. Answers arrive on the runner's thread; going away cancels the replay and waits for it.
class AmqpReplayRunner : public QObject, public ReplayRunner {
    Q_OBJECT
public:
    explicit AmqpReplayRunner(StoreOpener openWriter, QObject* parent = nullptr);
    ~AmqpReplayRunner() override;

    void replay(const BrokerEndpoint& broker, const ReplayOrder& order, Progress progress, Done done) override;
    void cancel() override { m_cancel = true; }
    bool isRunning() const override { return m_running; }

private:
    StoreOpener m_openWriter;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    QFuture<ReplayReport> m_work;  // the worker's; its report reaches `done` through a continuation
};

} // namespace ct::amqp
