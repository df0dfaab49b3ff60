#pragma once

#include "event.h"
#include "rollups.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <tuple>

namespace ct {

// A (flow, stage) of the flow templates as a small integer, so that the writer compares integers, not
// names: steps are numbered in the order of (flow, stage), so that keys built from them sort as the
// tables' keys do. kNoStep for a stage the templates do not know (it has no cause, posting or span).
using StepId = int;
inline constexpr StepId kNoStep = -1;

// What the rollups need of a stored event.
struct RollupEvent {
    StepId step = kNoStep;
    EventStatus status = EventStatus::Ok;
    qint64 occurredAt = 0;
    std::optional<qint64> amountMinor;
    QString currency;
    bool isNew = false;  // written by the open transaction
};

// The flow templates' stage pairs, posting stages and in-flight spans, indexed by step for the writer.
class RollupRules {
public:
    explicit RollupRules(const FlowLibrary& library);
    // From the built-in templates (empty rules when they cannot be read: nothing is rolled up).
    static const RollupRules& builtIn();

    // Sorted by (flow, from stage, to stage).
    const QList<StagePair>& pairs() const { return m_pairs; }
    const QList<PostingStage>& postingStages() const { return m_posting; }
    const QList<FlowSpan>& spans() const { return m_spans; }

    StepId step(const QString& flow, const QString& stage) const;
    StepId step(QByteArrayView flowUtf8, QByteArrayView stageUtf8) const;
    const QString& flowOf(StepId step) const { return m_steps.at(step).flow; }
    const QString& stageOf(StepId step) const { return m_steps.at(step).stage; }
    const QByteArray& flowUtf8(StepId step) const { return m_steps.at(step).flowUtf8; }
    const QByteArray& stageUtf8(StepId step) const { return m_steps.at(step).stageUtf8; }
    // The steps of pairs()[pair]: (from stage, to stage).
    std::pair<StepId, StepId> pairSteps(int pair) const { return m_pairSteps.at(pair); }
    StepId causeOf(StepId step) const { return step < 0 ? kNoStep : m_steps.at(step).cause; }
    // The index in pairs() of (cause of step, step), or -1.
    int pairOf(StepId step) const { return step < 0 ? -1 : m_steps.at(step).pair; }
    bool isPosting(StepId step) const { return step >= 0 && m_steps.at(step).posting; }

    // A posting stage as steps: awaiting from each `cause` until `stage` is stored.
    struct PostingRule {
        StepId stage, cause;
    };
    const QList<PostingRule>& postingRules() const { return m_postingRules; }
    // An in-flight span as steps, and the index of its flow in spanFlows().
    struct SpanRule {
        StepId first, last;
        int flow;
    };
    const QList<SpanRule>& spanRules() const { return m_spanRules; }
    const QStringList& spanFlows() const { return m_spanFlows; }  // sorted

private:
    struct Step {
        QString flow, stage;
        QByteArray flowUtf8, stageUtf8;
        StepId cause = kNoStep;
        int pair = -1;
        bool posting = false;
    };
    QList<StagePair> m_pairs;
    QList<PostingStage> m_posting;
    QList<FlowSpan> m_spans;
    QList<Step> m_steps;
    QList<std::pair<StepId, StepId>> m_pairSteps;
    QHash<QString, QHash<QString, StepId>> m_stepByName;
    QList<PostingRule> m_postingRules;
    QList<SpanRule> m_spanRules;
    QStringList m_spanFlows;
};

// The changes one transaction makes to the rollup tables, keyed and sorted as the tables are, so that
// writers upsert in one fixed order. Counts may be negative (a posting arrived: no longer awaiting).
// Steps and indexes stand for their names (RollupRules): they sort as the names do.
struct RollupDelta {
    struct MinuteCounts {
        qint64 events = 0, failed = 0, newestAt = 0;
    };
    struct OutcomeCounts {
        qint64 postedCount = 0, postedMinor = 0, rejectedCount = 0, rejectedMinor = 0;
        qint64 postedTaxMinor = 0, postedTaxed = 0; // the tax the posted ones state, and how many state one
    };
    struct AwaitingCounts {
        qint64 count = 0, minor = 0;
    };
    std::map<std::tuple<qint64, QString>, MinuteCounts> minutes;                  // (minute, source)
    std::map<std::tuple<int, qint64, int>, qint64> latency;                      // (pair, minute, bucket)
    std::map<std::tuple<qint64, StepId, QString>, OutcomeCounts> outcomes;       // (day, posting step, currency)
    std::map<std::tuple<StepId, QString, qint64>, AwaitingCounts> awaiting;      // (posting step, currency, cause_at)
    std::map<std::tuple<QString, QString, QString>, qint64> failedMessages;      // (state, class, queue)
    std::map<std::tuple<int, qint64>, qint64> inFlight;                          // (span flow, minute)
    bool awaitingShrank = false;  // some awaiting count went down: rows may have reached zero

    // A newly stored event: its minute and, for a posting stage, its outcome.
    void addEvent(const RollupRules& rules, const Event& e, StepId step);
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
