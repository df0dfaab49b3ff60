// Peak-event mode in the action layer, on both engines: switched in the store and audited, refused to
// a viewer (on PostgreSQL by the database itself as well), and while it is on, what cannot be taken
// back is refused by the store whoever asks, audited as refused, the message untouched.
#include "store/storefactory.h"
#include "storefixture.h"
#include "uuid.h"

#include <QTest>

using namespace ct;

namespace {

FailedMessage failure(int i)
{
    FailedMessage m;
    m.key = uuidV7(1793577900000 + i, quint64(i), 12);
    m.messageId = QStringLiteral("peak-msg-%1").arg(i);
    m.correlationId = QStringLiteral("ORD-P%1").arg(i);
    m.source = QStringLiteral("erp");
    m.broker = QStringLiteral("rabbitmq");
    m.queue = QStringLiteral("erp.sales-orders.dlq");
    m.deathReason = QStringLiteral("rejected");
    m.deathCount = 1;
    m.firstDeathAt = m.lastDeathAt = Timestamp::fromMicros(1793577900000000 + i);
    m.errorClass = QStringLiteral("business_rule");
    m.errorText = QStringLiteral("fiscal period closed");
    m.contentType = QStringLiteral("application/json");
    m.payload = QByteArrayLiteral("{\"order\":1}");
    return m;
}

TransitionRequest asking(TransitionAction action, ActorRole role, qint64 version)
{
    TransitionRequest r;
    r.action = action;
    r.role = role;
    r.actor = QStringLiteral("peak-test");
    r.expectedVersion = version;
    r.text = QStringLiteral("duplicate of ORD-P0");
    return r;
}

OperatingModeChange switchTo(bool peak, ActorRole role, double rate = 25)
{
    OperatingModeChange c;
    c.peak = peak;
    c.replayRateBudget = rate;
    c.actor = QStringLiteral("lead");
    c.role = role;
    c.note = QStringLiteral("flash sale 10:00-14:00");
    return c;
}

QList<AuditEntry> actions(TelemetryStore& store, const QString& target, const QString& action)
{
    QList<AuditEntry> all = store.auditEntriesFor(target).value();
    all.removeIf([&](const AuditEntry& a) { return a.action != action; });
    return all;
}

} // namespace

class PeakModeTest : public QObject {
    Q_OBJECT

    test::ScratchLogins m_logins;

private Q_SLOTS:
    void switchesAndAudits_data() { CT_ENGINE_ROWS(); }
    void switchesAndAudits()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        const OperatingMode never = store->operatingMode().value();
        QVERIFY(!never.peak);
        QVERIFY(never.since.isNull());

        auto on = store->setOperatingMode(switchTo(true, ActorRole::Operator, 25));
        QVERIFY2(on.ok(), qPrintable(on.error().text));
        QVERIFY(on->peak);
        QCOMPARE(on->replayRateBudget, 25.0);
        QCOMPARE(on->setBy, QStringLiteral("lead"));
        const OperatingMode read = store->operatingMode().value();
        QVERIFY(read.peak);
        QCOMPARE(read.replayRateBudget, 25.0);
        QCOMPARE(read.note, QStringLiteral("flash sale 10:00-14:00"));
        QVERIFY(!read.since.isNull());

        auto off = store->setOperatingMode(switchTo(false, ActorRole::Operator));
        QVERIFY2(off.ok(), qPrintable(off.error().text));
        QVERIFY(!store->operatingMode()->peak);
        QCOMPARE(store->operatingMode()->replayRateBudget, 25.0); // the last budget is kept for the next peak

        const QList<AuditEntry> ons = actions(*store, QStringLiteral("operating_mode"), QStringLiteral("peak.on"));
        const QList<AuditEntry> offs = actions(*store, QStringLiteral("operating_mode"), QStringLiteral("peak.off"));
        QCOMPARE(ons.size(), 1);
        QCOMPARE(offs.size(), 1);
        QCOMPARE(ons.first().before, QStringLiteral("normal"));
        QCOMPARE(ons.first().after, QStringLiteral("peak, replays at most 25/s"));
        QCOMPARE(ons.first().role, QStringLiteral("operator"));
        QVERIFY(ons.first().detail.contains(QLatin1String("flash sale")));
        QCOMPARE(offs.first().after, QStringLiteral("normal"));

        // Not a budget: refused, audited, the mode unchanged.
        auto zero = store->setOperatingMode(switchTo(true, ActorRole::Admin, 0));
        QVERIFY(!zero);
        QCOMPARE(zero.error().code, StoreError::Code::Refused);
        QVERIFY(!store->operatingMode()->peak);
        QCOMPARE(actions(*store, QStringLiteral("operating_mode"), QStringLiteral("peak.on")).last().result,
                 QStringLiteral("refused"));

        // Configuration: clearing the telemetry keeps it.
        QVERIFY(store->setOperatingMode(switchTo(true, ActorRole::Operator, 10)).ok());
        QVERIFY(store->clearTelemetry().ok());
        QVERIFY(store->operatingMode()->peak);
    }

    void aViewerMayNotSwitch_data() { CT_ENGINE_ROWS(); }
    void aViewerMayNotSwitch()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        auto refused = store->setOperatingMode(switchTo(true, ActorRole::Viewer));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Refused);
        QVERIFY(!store->operatingMode()->peak);
        const QList<AuditEntry> trail = actions(*store, QStringLiteral("operating_mode"), QStringLiteral("peak.on"));
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().result, QStringLiteral("refused"));
        QCOMPARE(trail.first().role, QStringLiteral("viewer"));
    }

    void aViewerLoginCannotSwitchWithSql()
    {
        test::StoreFixture fx(QStringLiteral("postgresql"));
        QVERIFY2(fx.isValid(), qPrintable(fx.error()));
        QVERIFY(test::openToWrite(fx.url()));
        const QString viewer = m_logins.loginAs(fx.url(), QStringLiteral("viewer"));
        const QString error = test::execRaw(viewer, QStringLiteral("INSERT INTO ctower.operating_mode (id, peak, "
                                                                   "replay_rate_budget, since, set_by, note) VALUES "
                                                                   "(1, 1, 1, 0, 'x', '')"));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
        const QString operatorLogin = m_logins.loginAs(fx.url(), QStringLiteral("operator"));
        auto asOperator = test::openToWrite(operatorLogin);
        QVERIFY(asOperator);
        auto on = asOperator->setOperatingMode(switchTo(true, ActorRole::Operator));
        QVERIFY2(on.ok(), qPrintable(on.error().text));
    }

    void peakLocksWhatCannotBeTakenBack_data() { CT_ENGINE_ROWS(); }
    void peakLocksWhatCannotBeTakenBack()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        IngestBatch batch;
        batch.failedMessages << failure(1) << failure(2) << failure(3);
        QVERIFY(store->ingest(batch));
        QVERIFY(store->setOperatingMode(switchTo(true, ActorRole::Operator)).ok());

        // An admin asking makes no difference: the lock is the mode's, not the role's.
        const FailedMessage one = failure(1);
        auto discard = store->transitionFailedMessage(one.key, asking(TransitionAction::Discard, ActorRole::Admin, 1));
        QVERIFY(!discard);
        QCOMPARE(discard.error().code, StoreError::Code::Refused);
        QVERIFY2(discard.error().text.contains(QLatin1String("peak")), qPrintable(discard.error().text));
        const QList<FailedMessage> after = store->failedMessagesByKey({one.key}).value();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().state, FailedMessageState::Open);
        QCOMPARE(after.first().version, 1);
        const QList<AuditEntry> refused = actions(*store, one.key, QStringLiteral("dlq.discard"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().result, QStringLiteral("refused"));

        // An edited copy may not go; a plain replay, a resolve, an assign may.
        TransitionRequest edited = asking(TransitionAction::StartReplay, ActorRole::Operator, 1);
        edited.edited = true;
        auto resubmit = store->transitionFailedMessage(failure(2).key, edited);
        QVERIFY(!resubmit);
        QCOMPARE(resubmit.error().code, StoreError::Code::Refused);
        auto replay = store->transitionFailedMessage(failure(2).key,
                                                     asking(TransitionAction::StartReplay, ActorRole::Operator, 1));
        QVERIFY2(replay.ok(), qPrintable(replay.error().text));
        QCOMPARE(replay->state, FailedMessageState::Replaying);
        auto resolve = store->transitionFailedMessage(failure(3).key,
                                                      asking(TransitionAction::Resolve, ActorRole::Operator, 1));
        QVERIFY2(resolve.ok(), qPrintable(resolve.error().text));
        auto assign = store->transitionFailedMessage(one.key, asking(TransitionAction::Assign, ActorRole::Operator, 1));
        QVERIFY2(assign.ok(), qPrintable(assign.error().text));

        // Peak over: the discard goes.
        QVERIFY(store->setOperatingMode(switchTo(false, ActorRole::Operator)).ok());
        auto later = store->transitionFailedMessage(one.key, asking(TransitionAction::Discard, ActorRole::Operator, 2));
        QVERIFY2(later.ok(), qPrintable(later.error().text));
        QCOMPARE(later->state, FailedMessageState::Discarded);
    }
};

QTEST_GUILESS_MAIN(PeakModeTest)
#include "tst_peakmode.moc"
