#pragma once

#include "failedmessagequery.h"
#include "failedmessagetransition.h"
#include "storeerror.h"
#include "storeticket.h"

#include <QObject>


namespace ct {

class StoreService;

// An operator's order from a page: what to do to the messages, with the words it needs.
struct ActionOrder {
    TransitionAction action = TransitionAction::Resolve;
    QString text;        // the note of a resolve or snooze, the reason of a discard, the assignee of an assign
    Timestamp until;     // snooze: until when
    ActorRole role = ActorRole::Operator;
    QString actor;       // empty: the local user
};

// What a bulk action did: every message counted once, as changed or as the reason it was not.
struct ActionSummary {
    qint64 changed = 0;
    qint64 conflicts = 0;  // changed by someone else since it was read: nothing done to it
    qint64 refused = 0;    // the workflow rules say no (e.g. resolving a resolved message)
    qint64 missing = 0;
    bool cancelled = false;
    QString firstProblem;  // the first refusal or conflict, as the store said it

    qint64 total() const { return changed + conflicts + refused + missing; }
    void add(const QList<Expected<FailedMessage>>& outcomes);
};

// The request for one message at the version the operator saw.
TransitionRequest requestFor(const ActionOrder& order, qint64 expectedVersion);

// Runs an order on the store's writer, off the GUI thread: on the messages named (at the versions
// shown), or on every message a query matches (a group), a thousand to a transaction, with progress
// and cancel between transactions. Every message is audited by the store as it changes.
class FailedMessageActions : public QObject {
    Q_OBJECT
public:
    explicit FailedMessageActions(StoreService* service, QObject* parent = nullptr);

    struct Target {
        QString key;
        qint64 version = 0;
    };
    void run(const ActionOrder& order, const QList<Target>& messages);
    void runOnMatching(const ActionOrder& order, const FailedMessageQuery& query);
    // Stops after the transaction under way; what was done stays done.
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }

    // Messages a transaction takes (default 1000).
    void setPerTransaction(int n) { m_perTransaction = qMax(1, n); }

Q_SIGNALS:
    void progress(qint64 done);
    void finished(const ct::ActionSummary& summary);
    void failed(const ct::StoreError& error);

private:
    struct Step {
        ActionSummary done;
        bool more = false;
        FailedMessageQuery next;  // runOnMatching: the page after this one
    };
    void begin(const ActionOrder& order);
    void nextTargets();
    void nextPage();
    void settle(const Expected<Step>& step, void (FailedMessageActions::*next)());

    StoreService* m_service;
    StoreTicket m_job;
    ActionOrder m_order;
    QList<Target> m_targets;
    qsizetype m_at = 0;
    FailedMessageQuery m_page;
    ActionSummary m_summary;
    bool m_cancelled = false;
    bool m_running = false;
    int m_perTransaction = 1000;
};

} // namespace ct

Q_DECLARE_METATYPE(ct::ActionSummary)
