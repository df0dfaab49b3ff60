#pragma once

#include "lineage.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class FlowTemplate;
struct FailedMessage;

// Where one stage of a transaction stands, and where the whole transaction stands
// (ARCHITECTURE.md §10). The rules are judgeLineage()'s.
enum class StageStatus { Done, Failed, Missing, Overdue, Skipped };
enum class Verdict { Complete, InProgress, Stuck, Failed };

// The JSON forms, fixed: "done", "failed", "missing", "overdue", "skipped";
// "complete", "in_progress", "stuck", "failed".
QString stageStatusName(StageStatus status);
QString verdictName(Verdict verdict);

// One line of a transaction's stage checklist.
struct StageCheck {
    QString stage;  // the stage id; for an event that names no stage, its type
    QString name;   // for people: the template's name, else the id
    QString system; // the system that owns it: its events' source when they agree, else the template's
    StageStatus status = StageStatus::Missing;
    Timestamp occurredAt;                 // the deciding event's time; null: no event
    std::optional<double> latencySeconds; // from its cause stage's time, when both are known
    std::optional<double> slaSeconds;     // the template's promise relative to the cause
    Timestamp expectedBy;                 // cause time + SLA while it has not happened; null otherwise
    QString error;                        // failed (or overdue with a failed message): what went wrong
    QString causeStage;                   // the stage whose event causes this one; empty for a first one
    int events = 0;                       // distinct events (source, id) of the stage
    int duplicates = 0;                   // further copies of those events
    bool eventMissing = false; // missing although later stages happened: its event never reached the store
    bool expected = true;      // in the flow's template; false: known from the events alone
};

struct LineageVerdict {
    Verdict verdict = Verdict::InProgress;
    QString summary;           // one sentence for people, e.g. "Stuck at ERP posting for 42 min (SLA 15 min)"
    QList<StageCheck> stages;  // the template's stages in its order, then those seen only in events
    bool fromTemplate = false; // false: no template for the flow, judged from the events alone
    int openFailedMessages = 0; // the transaction's failed messages still to work on
};

// Judges a transaction from its lineage, its flow's template (nullptr when the flow has none), its
// failed messages and the time it is judged at (passed in, so a verdict is reproducible).
//
// Each stage's events (duplicates of one (source, id) counted once) are grouped by source; a
// source's latest event decides it, so a failure retried successfully is done. A stage is
// - failed: some source's latest event failed;
// - done: every source's latest event is ok or skipped and one is ok; it happened at the latest
//   source's first success;
// - skipped: every latest event is skipped, or the template marks it optional and it has no event;
// - overdue: no decision yet (no event, or still retrying), its cause is done, the SLA after the
//   cause has passed, and no later stage has happened;
// - missing: anything else without a decision: not yet due (expectedBy says when), blocked behind a
//   stage that did not happen, or passed over by later stages (eventMissing: its event was lost).
// The transaction is failed when a stage failed, else stuck when one is overdue, else complete when
// every stage is done, skipped or passed over, else in progress. Without a template the stages are
// those its events name, nothing more is expected, and only failed, in progress (a latest event
// still retrying) or complete can follow.
LineageVerdict judgeLineage(const LineageGraph& graph, const FlowTemplate* flow,
                            const QList<FailedMessage>& failedMessages, Timestamp now);

} // namespace ct
