#pragma once

#include "event.h"
#include "rollups.h"

#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <tuple>

namespace ct {

// What the rollups need of a stored event.
struct RollupEvent {
    QString flow;
    QString stage;
    EventStatus status = EventStatus::Ok;
    qint64 occurredAt = 0;
    std::optional<qint64> amountMinor;
    QString currency;
    bool isNew = false;  // written by the open transaction
};

// The flow templates' stage pairs, posting stages and in-flight spans, indexed for the writer.
class RollupRules {
public:
    explicit RollupRules(const FlowLibrary& library);
    // From the built-in templates (empty rules when they cannot be read: nothing is rolled up).
    static const RollupRules& builtIn();

    const QList<StagePair>& pairs() const { return m_pairs; }
    const QList<PostingStage>& postingStages() const { return m_posting; }
    const QList<FlowSpan>& spans() const { return m_spans; }
    // The cause stage of (flow, stage), or null.
    const QString* causeOf(const QString& flow, const QString& stage) const;
    bool isPosting(const QString& flow, const QString& stage) const;

private:
    QList<StagePair> m_pairs;
    QList<PostingStage> m_posting;
    QList<FlowSpan> m_spans;
    QHash<QString, QHash<QString, QString>> m_causes;  // flow -> stage -> cause
    QHash<QString, QList<QString>> m_postingByFlow;
};

// The changes one transaction makes to the rollup tables, keyed and sorted as the tables are, so that
// writers upsert in one fixed order. Counts may be negative (a posting arrived: no longer awaiting).
struct RollupDelta {
    struct MinuteCounts {
        qint64 events = 0, failed = 0, newestAt = 0;
    };
    struct OutcomeCounts {
        qint64 postedCount = 0, postedMinor = 0, rejectedCount = 0, rejectedMinor = 0;
    };
    struct AwaitingCounts {
        qint64 count = 0, minor = 0;
    };
    std::map<std::tuple<qint64, QString>, MinuteCounts> minutes;                            // (minute, source)
    std::map<std::tuple<QString, QString, QString, qint64, int>, qint64> latency;           // (flow, from, to, minute, bucket)
    std::map<std::tuple<qint64, QString, QString, QString>, OutcomeCounts> outcomes;       // (day, flow, stage, currency)
    std::map<std::tuple<QString, QString, QString, qint64>, AwaitingCounts> awaiting;       // (flow, stage, currency, cause_at)
    std::map<std::tuple<QString, QString, QString>, qint64> failedMessages;                 // (state, class, queue)
    std::map<std::tuple<QString, qint64>, qint64> inFlight;                                 // (flow, minute)
    bool awaitingShrank = false;  // some awaiting count went down: rows may have reached zero

    // A newly stored event: its minute and, for a posting stage, its outcome.
    void addEvent(const RollupRules& rules, const Event& e);
    // The events of one correlation id, the newly stored ones marked: the latency samples that involve a
    // new event, and the change of what awaits posting and what is in flight.
    void addCorrelation(const RollupRules& rules, const QList<RollupEvent>& events);
    void addFailedMessage(const QString& state, const QString& errorClass, const QString& queue, qint64 n);
    bool isEmpty() const;
    void clear() { *this = RollupDelta(); }

private:
    void addStateOf(const RollupRules& rules, const QList<RollupEvent>& events, bool includeNew, qint64 sign);
};

} // namespace ct
