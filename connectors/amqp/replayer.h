#pragma once

#include "failedmessagestore.h"
#include "replayplan.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>

namespace ct::amqp {

struct ReplayOptions {
    ReplayTarget target;
    double ratePerSecond = 200; // 0: no limit
    // Messages whose intents, publishes and outcomes go together. 0: 1000 when the rate is unlimited
    // (fewer, larger transactions), else half a second's worth at the rate, at most 100 (progress about
    // twice a second, a cancel settles within about a second however slow the rate, and a crash leaves
    // at most three windows unconfirmed: one written, one being published, one being confirmed).
    int window = 0;
    QString actor;
    ActorRole role = ActorRole::Operator;
    int replayLimit = kDefaultReplayLimit;
    std::chrono::milliseconds confirmTimeout{10000}; // unconfirmed after it: indeterminate
    std::chrono::milliseconds reconnectFor{60000};   // how long a lost broker is waited for
    QHash<QString, ReplayEdit> edits;                // by key: an edited copy goes instead of the stored payload
    bool overrideQuarantine = false;                 // a quarantined message goes too, past the poison-loop guard (admin)
};

using ct::ReplayProgress;
using ct::ReplayReport;

// Replays failed messages over AMQP as ARCHITECTURE.md §7 says: window by window, the intents written
// in one transaction (start_replay: replaying, or quarantined by the poison-loop guard), each message
// published persistent and mandatory with publisher confirms to its destination (replayplan.h), its
// message id kept and the x-replay-* headers added, at most ratePerSecond; then the outcomes written in
// one transaction as the broker confirmed them (broker_ack, not_sent, indeterminate). The broker side
// runs on a thread of its own and publishes window after window, each window's confirms awaited once
// the next is published, so the store writes the outcomes settled so far and the next window's intents
// (in one transaction) while the broker publishes and confirms. A lost broker is connected to again
// for the next window. Cancelling stops publishing: what was not published goes back to open.
class Replayer {
public:
    using Progress = std::function<void(const ReplayProgress&)>;

    Replayer(FailedMessageStore& store, QString amqpUrl, ReplayOptions options);
    ~Replayer();

    ReplayReport run(const QStringList& keys, const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);

private:
    class BrokerSide;
    class StoreSide;

    FailedMessageStore& m_store;
    QString m_url;
    ReplayOptions m_options;
};

} // namespace ct::amqp
