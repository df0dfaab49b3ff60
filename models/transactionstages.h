#pragma once

#include "event.h"
#include "timestamp.h"

#include <QList>
#include <QString>

namespace ct {

class FlowTemplate;

// Why a stage of a transaction has not had its effect: the first stage on its way from the start that
// is not done (failed, or awaited), or the stage itself, done after the figure was taken.
struct StageBlame {
    enum class Kind {
        Failed,  // the stage itself failed: its message waits in a dead-letter queue
        Stopped, // a stage before it failed, so it never came
        Overdue, // the stage holding it up is past its SLA: stuck
        Pending, // on its way, within its SLA (or done after the figure was taken)
    };
    Kind kind = Kind::Pending;
    QString stage;         // the blocking stage's id
    QString name;          // for people, e.g. "ERP posting"
    QString failedEventId; // for Failed and Stopped
    Timestamp dueAt;       // for Overdue and Pending, when the cause has happened; else null
};

// What became of each stage of one transaction, from its events. A stage that fans out over the
// stores (one event per store) is judged for one node: `node`.
class TransactionStages {
public:
    TransactionStages(const FlowTemplate& flow, const QList<const Event*>& events, const QString& node = {});

    const FlowTemplate& flow() const { return *m_flow; }
    // The stage's successful event (the earliest), or null.
    const Event* done(int stage) const;
    // True when the stage had its effect on a figure taken at asOf.
    bool doneBy(int stage, Timestamp asOf) const;
    StageBlame blame(int stage, Timestamp now) const;

private:
    enum class State { Missing, Failed, Done };
    struct Outcome {
        State state = State::Missing;
        const Event* event = nullptr;
    };
    const FlowTemplate* m_flow;
    QList<Outcome> m_stages;
};

} // namespace ct
