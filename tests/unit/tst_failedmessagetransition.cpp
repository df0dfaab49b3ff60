// The failed-message workflow (ARCHITECTURE.md §3): every state against every action, versions,
// roles, the poison-loop guard, assignment, notes and reasons.
#include "failedmessagetransition.h"
#include "operatingmode.h"

#include <QMap>
#include <QTest>

#include <limits>

using namespace ct;
using State = FailedMessageState;
using Action = TransitionAction;
using Refusal = TransitionOutcome::Refusal;

namespace {

// The table of ARCHITECTURE.md §3, written out here independently of the implementation.
const QMap<QPair<State, Action>, State>& allowedTransitions()
{
    static const QMap<QPair<State, Action>, State> table = [] {
        QMap<QPair<State, Action>, State> t{
            {{State::Open, Action::StartReplay}, State::Replaying},
            {{State::Unconfirmed, Action::StartReplay}, State::Replaying},
            {{State::Quarantined, Action::OverrideQuarantine}, State::Replaying},
            {{State::Replaying, Action::BrokerAck}, State::Replayed},
            {{State::Replaying, Action::NotSent}, State::Open},
            {{State::Replaying, Action::Indeterminate}, State::Replaying},
            {{State::Replaying, Action::IndeterminateSeen}, State::Replayed},
            {{State::Replaying, Action::IndeterminateUnseen}, State::Open},
            {{State::Replayed, Action::DownstreamSeen}, State::Verified},
            {{State::Unconfirmed, Action::DownstreamSeen}, State::Verified},
            {{State::Replayed, Action::VerificationTimeout}, State::Unconfirmed},
            {{State::Resolved, Action::Reopen}, State::Open},
            {{State::Discarded, Action::Reopen}, State::Open},
        };
        for (State from : {State::Open, State::Unconfirmed, State::Quarantined}) {
            t.insert({from, Action::Resolve}, State::Resolved);
            t.insert({from, Action::Discard}, State::Discarded);
            t.insert({from, Action::Snooze}, from);
        }
        for (State s : failedMessageStates())
            t.insert({s, Action::Assign}, s);
        return t;
    }();
    return table;
}

// A state in which the action applies.
State legalStateFor(Action action)
{
    const auto& table = allowedTransitions();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (it.key().second == action)
            return it.key().first;
    }
    return State::Open;
}

WorkflowPosition position(State state, qint64 version = 3, qint64 replayCount = 1)
{
    WorkflowPosition p;
    p.state = state;
    p.version = version;
    p.replayCount = replayCount;
    p.assignee = QStringLiteral("ana");
    p.note = QStringLiteral("earlier note");
    return p;
}

TransitionRequest request(Action action, qint64 expectedVersion = 3, ActorRole role = ActorRole::Admin)
{
    TransitionRequest r;
    r.action = action;
    r.expectedVersion = expectedVersion;
    r.role = role;
    r.actor = QStringLiteral("ana");
    r.text = QStringLiteral("fixed the tax code in ERP");
    r.assignee = QStringLiteral("ben");
    r.replayLimit = 5;
    return r;
}

QString rowName(State s, Action a)
{
    return failedMessageStateName(s) + QLatin1Char('/') + transitionActionName(a);
}

} // namespace

class TestFailedMessageTransition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stateNamesAreTheStoredWords()
    {
        QStringList names;
        for (State s : failedMessageStates()) {
            names << failedMessageStateName(s);
            QCOMPARE(failedMessageStateFromName(failedMessageStateName(s)), std::optional<State>(s));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("open"), QStringLiteral("replaying"), QStringLiteral("replayed"),
                                     QStringLiteral("verified"), QStringLiteral("unconfirmed"),
                                     QStringLiteral("quarantined"), QStringLiteral("resolved"),
                                     QStringLiteral("discarded")}));
        QVERIFY(!failedMessageStateFromName(u"Open"));
        QVERIFY(!failedMessageStateFromName(u""));
        QVERIFY(!failedMessageStateFromName(u"open "));
        for (Action a : transitionActions())
            QCOMPARE(transitionActionFromName(transitionActionName(a)), std::optional<Action>(a));
        QCOMPARE(transitionActions().size(), 14);
        for (ActorRole r : {ActorRole::Viewer, ActorRole::Operator, ActorRole::Admin})
            QCOMPARE(actorRoleFromName(actorRoleName(r)), std::optional<ActorRole>(r));
        QVERIFY(!actorRoleFromName(u"root"));
    }

    void everyStateAndAction_data()
    {
        QTest::addColumn<State>("from");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<State>("to");
        for (State s : failedMessageStates()) {
            for (Action a : transitionActions()) {
                const auto it = allowedTransitions().constFind({s, a});
                const bool allowed = it != allowedTransitions().cend();
                QTest::newRow(qPrintable(rowName(s, a))) << s << a << allowed << (allowed ? *it : s);
            }
        }
    }
    void everyStateAndAction()
    {
        QFETCH(State, from);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QFETCH(State, to);
        const WorkflowPosition before = position(from);
        const TransitionOutcome out = applyTransition(before, request(action));
        QVERIFY(!out.text.isEmpty());
        if (!allowed) {
            QCOMPARE(out.refusal, Refusal::IllegalTransition);
            QVERIFY(!out.ok());
            QCOMPARE(out.after, before);
            QVERIFY2(out.text.contains(failedMessageStateName(from)), qPrintable(out.text));
            return;
        }
        QVERIFY2(out.ok(), qPrintable(out.text));
        QCOMPARE(out.after.state, to);
        QCOMPARE(out.after.version, before.version + 1);
        QVERIFY(!out.quarantinedByGuard);
        const bool startsReplay = action == Action::StartReplay || action == Action::OverrideQuarantine;
        QCOMPARE(out.after.replayCount, before.replayCount + (startsReplay ? 1 : 0));
        QCOMPARE(out.after.assignee, action == Action::Assign ? QStringLiteral("ben") : before.assignee);
        const bool writesNote = action == Action::Resolve || action == Action::Discard;
        QCOMPARE(out.after.note, writesNote ? QStringLiteral("fixed the tax code in ERP") : before.note);
    }

    void refusesAStaleOrFutureVersion_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<State>("from");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("stale replay") << Action::StartReplay << State::Open << qint64(2);
        QTest::newRow("future replay") << Action::StartReplay << State::Open << qint64(4);
        QTest::newRow("stale assign") << Action::Assign << State::Open << qint64(2);
        QTest::newRow("never read") << Action::Resolve << State::Open << qint64(0);
        // The state the actor saw is stale too: the conflict is the answer, not the illegal transition.
        QTest::newRow("stale resolve of a replaying one") << Action::Resolve << State::Replaying << qint64(2);
    }
    void refusesAStaleOrFutureVersion()
    {
        QFETCH(Action, action);
        QFETCH(State, from);
        QFETCH(qint64, expected);
        const WorkflowPosition before = position(from, 3);
        const TransitionOutcome out = applyTransition(before, request(action, expected));
        QCOMPARE(out.refusal, Refusal::VersionConflict);
        QCOMPARE(out.after, before);
        QVERIFY2(out.text.contains(QLatin1String("version 3")), qPrintable(out.text));
    }

    void checksTheRole_data()
    {
        QTest::addColumn<ActorRole>("role");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("permitted");
        for (Action a : transitionActions()) {
            const QString name = transitionActionName(a);
            const bool adminOnly = a == Action::OverrideQuarantine || a == Action::Reopen;
            QTest::newRow(qPrintable(QStringLiteral("viewer/") + name)) << ActorRole::Viewer << a << false;
            QTest::newRow(qPrintable(QStringLiteral("operator/") + name)) << ActorRole::Operator << a << !adminOnly;
            QTest::newRow(qPrintable(QStringLiteral("admin/") + name)) << ActorRole::Admin << a << true;
        }
    }
    void checksTheRole()
    {
        QFETCH(ActorRole, role);
        QFETCH(Action, action);
        QFETCH(bool, permitted);
        const WorkflowPosition before = position(legalStateFor(action));
        const TransitionOutcome out = applyTransition(before, request(action, 3, role));
        if (permitted) {
            QVERIFY2(out.ok(), qPrintable(out.text));
            QCOMPARE(out.after.version, 4);
        } else {
            QCOMPARE(out.refusal, Refusal::ForbiddenForRole);
            QCOMPARE(out.after, before);
            QVERIFY2(out.text.contains(actorRoleName(role)), qPrintable(out.text));
        }
    }

    // Peak mode: in every state where the table allows it, a locked action is refused as locked (the
    // message untouched); every other action is decided as without peak mode.
    void peakLocksWhatCannotBeTakenBack_data()
    {
        everyStateAndAction_data();
    }
    void peakLocksWhatCannotBeTakenBack()
    {
        QFETCH(State, from);
        QFETCH(Action, action);
        const WorkflowPosition before = position(from);
        for (bool edited : {false, true}) {
            TransitionRequest r = request(action);
            r.edited = edited;
            const TransitionOutcome normal = applyTransition(before, r);
            const TransitionOutcome peak = applyTransition(before, r, true);
            const bool locked = action == Action::Discard || action == Action::Reopen ||
                                action == Action::OverrideQuarantine || (action == Action::StartReplay && edited);
            QCOMPARE(lockedDuringPeak(action, edited), locked);
            if (locked) {
                QCOMPARE(peak.refusal, Refusal::LockedDuringPeak);
                QCOMPARE(peak.after, before);
                QVERIFY2(peak.text.contains(QLatin1String("peak")), qPrintable(peak.text));
            } else {
                QCOMPARE(peak.refusal, normal.refusal);
                QCOMPARE(peak.after, normal.after);
            }
        }
    }

    void peakChecksTheRoleFirst()
    {
        const TransitionOutcome out = applyTransition(position(State::Open), request(Action::Discard, 3, ActorRole::Viewer), true);
        QCOMPARE(out.refusal, Refusal::ForbiddenForRole);
    }

    void peakHoldsReplaysToItsBudget()
    {
        OperatingMode normal;
        QCOMPARE(allowedReplayRate(normal, 0), 0.0);
        QCOMPARE(allowedReplayRate(normal, 500), 500.0);
        OperatingMode peak;
        peak.peak = true;
        peak.replayRateBudget = 40;
        QCOMPARE(allowedReplayRate(peak, 0), 40.0);    // unlimited becomes the budget
        QCOMPARE(allowedReplayRate(peak, 500), 40.0);
        QCOMPARE(allowedReplayRate(peak, 10), 10.0);   // slower than the budget stays slower
        OperatingModeChange change;
        change.peak = true;
        change.replayRateBudget = 0;
        QVERIFY(!operatingModeProblem(change).isEmpty());
        change.replayRateBudget = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!operatingModeProblem(change).isEmpty());
        change.replayRateBudget = 25;
        QVERIFY(operatingModeProblem(change).isEmpty());
        change.peak = false;
        change.replayRateBudget = 0;  // switching off needs no budget
        QVERIFY(operatingModeProblem(change).isEmpty());
    }

    void roleIsCheckedBeforeVersion()
    {
        const TransitionOutcome out =
            applyTransition(position(State::Open), request(Action::Resolve, 1, ActorRole::Viewer));
        QCOMPARE(out.refusal, Refusal::ForbiddenForRole);
    }

    void quarantinesAtTheReplayLimit_data()
    {
        QTest::addColumn<State>("from");
        QTest::addColumn<qint64>("replays");
        QTest::addColumn<int>("limit");
        QTest::addColumn<State>("to");
        QTest::addColumn<qint64>("replaysAfter");
        QTest::newRow("first replay") << State::Open << qint64(0) << 3 << State::Replaying << qint64(1);
        QTest::newRow("last allowed") << State::Open << qint64(2) << 3 << State::Replaying << qint64(3);
        QTest::newRow("at the limit") << State::Open << qint64(3) << 3 << State::Quarantined << qint64(3);
        QTest::newRow("past the limit") << State::Open << qint64(7) << 3 << State::Quarantined << qint64(7);
        QTest::newRow("unconfirmed at the limit") << State::Unconfirmed << qint64(3) << 3 << State::Quarantined
                                                  << qint64(3);
        QTest::newRow("limit zero") << State::Open << qint64(0) << 0 << State::Quarantined << qint64(0);
    }
    void quarantinesAtTheReplayLimit()
    {
        QFETCH(State, from);
        QFETCH(qint64, replays);
        QFETCH(int, limit);
        QFETCH(State, to);
        QFETCH(qint64, replaysAfter);
        TransitionRequest r = request(Action::StartReplay, 3, ActorRole::Operator);
        r.replayLimit = limit;
        const TransitionOutcome out = applyTransition(position(from, 3, replays), r);
        QVERIFY2(out.ok(), qPrintable(out.text));  // the guard is a transition, not a refusal
        QCOMPARE(out.after.state, to);
        QCOMPARE(out.after.replayCount, replaysAfter);
        QCOMPARE(out.after.version, 4);
        QCOMPARE(out.quarantinedByGuard, to == State::Quarantined);
        if (out.quarantinedByGuard)
            QVERIFY2(out.text.contains(QLatin1String("quarantined")), qPrintable(out.text));
    }

    void anAdminOverridesTheGuard()
    {
        TransitionRequest r = request(Action::StartReplay, 3, ActorRole::Admin);
        r.replayLimit = 3;
        const TransitionOutcome guarded = applyTransition(position(State::Open, 3, 3), r);
        QCOMPARE(guarded.after.state, State::Quarantined);
        // An operator may not start it again, nor override.
        TransitionRequest again = request(Action::StartReplay, 4, ActorRole::Operator);
        QCOMPARE(applyTransition(guarded.after, again).refusal, Refusal::IllegalTransition);
        TransitionRequest overriding = request(Action::OverrideQuarantine, 4, ActorRole::Operator);
        QCOMPARE(applyTransition(guarded.after, overriding).refusal, Refusal::ForbiddenForRole);
        overriding.role = ActorRole::Admin;
        overriding.replayLimit = 3;
        const TransitionOutcome out = applyTransition(guarded.after, overriding);
        QVERIFY2(out.ok(), qPrintable(out.text));
        QCOMPARE(out.after.state, State::Replaying);
        QCOMPARE(out.after.replayCount, 4);
        QCOMPARE(out.after.version, 5);
        QVERIFY(!out.quarantinedByGuard);
    }

    void assignKeepsTheState_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("stored");
        for (State s : failedMessageStates()) {
            QTest::newRow(qPrintable(failedMessageStateName(s))) << s << QStringLiteral("ben") << QStringLiteral("ben");
            QTest::newRow(qPrintable(failedMessageStateName(s) + QStringLiteral(" unassigned")))
                << s << QStringLiteral("  ") << QString();
        }
    }
    void assignKeepsTheState()
    {
        QFETCH(State, state);
        QFETCH(QString, assignee);
        QFETCH(QString, stored);
        TransitionRequest r = request(Action::Assign, 3, ActorRole::Operator);
        r.assignee = assignee;
        const WorkflowPosition before = position(state);
        const TransitionOutcome out = applyTransition(before, r);
        QVERIFY2(out.ok(), qPrintable(out.text));
        QCOMPARE(out.after.state, state);
        QCOMPARE(out.after.version, before.version + 1);
        QCOMPARE(out.after.replayCount, before.replayCount);
        QCOMPARE(out.after.note, before.note);
        QCOMPARE(out.after.assignee, stored);
    }

    void needsANoteOrAReason_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Refusal>("refusal");
        QTest::addColumn<QString>("note");
        QTest::newRow("resolve, no note") << Action::Resolve << QString() << Refusal::MissingNote << QString();
        QTest::newRow("resolve, blank note") << Action::Resolve << QStringLiteral(" \t") << Refusal::MissingNote
                                             << QString();
        QTest::newRow("resolve") << Action::Resolve << QStringLiteral(" credit note issued ") << Refusal::None
                                 << QStringLiteral("credit note issued");
        QTest::newRow("discard, no reason") << Action::Discard << QString() << Refusal::MissingReason << QString();
        QTest::newRow("discard") << Action::Discard << QStringLiteral("test order") << Refusal::None
                                 << QStringLiteral("test order");
    }
    void needsANoteOrAReason()
    {
        QFETCH(Action, action);
        QFETCH(QString, text);
        QFETCH(Refusal, refusal);
        QFETCH(QString, note);
        TransitionRequest r = request(action, 3, ActorRole::Operator);
        r.text = text;
        const WorkflowPosition before = position(State::Open);
        const TransitionOutcome out = applyTransition(before, r);
        QCOMPARE(out.refusal, refusal);
        QVERIFY(!out.text.isEmpty());
        if (refusal == Refusal::None)
            QCOMPARE(out.after.note, note);
        else
            QCOMPARE(out.after, before);
    }

    // Snoozed until a time with a note, woken with a null time: the state stays, the version moves.
    void snoozesAndWakes()
    {
        TransitionRequest r = request(Action::Snooze, 3, ActorRole::Operator);
        r.until = Timestamp::fromSeconds(1'900'000'000);
        r.text = QString();
        const WorkflowPosition before = position(State::Quarantined);
        QCOMPARE(applyTransition(before, r).refusal, Refusal::MissingReason);
        r.text = QStringLiteral(" ERP back at 6 ");
        const TransitionOutcome slept = applyTransition(before, r);
        QVERIFY2(slept.ok(), qPrintable(slept.text));
        QCOMPARE(slept.after.state, State::Quarantined);
        QCOMPARE(slept.after.snoozedUntil, r.until);
        QCOMPARE(slept.after.note, QStringLiteral("ERP back at 6"));
        QCOMPARE(slept.after.version, 4);
        QVERIFY(slept.text.contains(QStringLiteral("snoozed until")));
        TransitionRequest wake = request(Action::Snooze, 4, ActorRole::Operator);
        wake.text = QString();
        const TransitionOutcome woken = applyTransition(slept.after, wake);
        QVERIFY2(woken.ok(), qPrintable(woken.text));
        QVERIFY(woken.after.snoozedUntil.isNull());
        QCOMPARE(woken.after.note, slept.after.note);
        // Nothing to snooze once it is dealt with, and a viewer may not.
        QCOMPARE(applyTransition(position(State::Resolved), request(Action::Snooze)).refusal, Refusal::IllegalTransition);
        QCOMPARE(applyTransition(before, request(Action::Snooze, 3, ActorRole::Viewer)).refusal, Refusal::ForbiddenForRole);
    }

    // A replay's whole life: start, lost channel, settled by lineage at the next start, verified late.
    void followsAReplayThroughItsOutcomes()
    {
        WorkflowPosition p;  // open, version 1, no replays
        const auto step = [&p](Action action, State expected) {
            TransitionRequest r = request(action, p.version, ActorRole::Operator);
            const TransitionOutcome out = applyTransition(p, r);
            if (!out.ok() || out.after.state != expected)
                return false;
            p = out.after;
            return true;
        };
        QVERIFY(step(Action::StartReplay, State::Replaying));
        QVERIFY(step(Action::Indeterminate, State::Replaying));
        QVERIFY(step(Action::IndeterminateUnseen, State::Open));
        QVERIFY(step(Action::StartReplay, State::Replaying));
        QVERIFY(step(Action::BrokerAck, State::Replayed));
        QVERIFY(step(Action::VerificationTimeout, State::Unconfirmed));
        QVERIFY(step(Action::DownstreamSeen, State::Verified));
        QCOMPARE(p.version, 8);
        QCOMPARE(p.replayCount, 2);
    }
};

QTEST_APPLESS_MAIN(TestFailedMessageTransition)
#include "tst_failedmessagetransition.moc"
