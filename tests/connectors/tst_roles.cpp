// Roles (ARCHITECTURE.md §7): what each connection may do, decided by the store, and on PostgreSQL
// held by the database itself: a viewer's login cannot change a failed message even with plain SQL.
#include "store/storefactory.h"
#include "storefixture.h"
#include "uuid.h"

#include <QTest>

using namespace ct;

namespace {

FailedMessage failure(int i)
{
    FailedMessage m;
    m.key = uuidV7(1793577800000 + i, quint64(i), 11);
    m.messageId = QStringLiteral("role-msg-%1").arg(i);
    m.correlationId = QStringLiteral("ORD-R%1").arg(i);
    m.source = QStringLiteral("erp");
    m.broker = QStringLiteral("rabbitmq");
    m.queue = QStringLiteral("erp.sales-orders.dlq");
    m.deathReason = QStringLiteral("rejected");
    m.deathCount = 1;
    m.firstDeathAt = m.lastDeathAt = Timestamp::fromMicros(1793577800000000 + i);
    m.errorClass = QStringLiteral("business_rule");
    m.errorText = QStringLiteral("fiscal period closed");
    m.contentType = QStringLiteral("application/json");
    m.payload = QByteArrayLiteral("{\"order\":1}");
    return m;
}

// One event on a day of its own, so that writing it needs a new day partition.
Event eventOnDay(int day)
{
    Event e;
    e.occurredAt = Timestamp::fromMicros(qint64(day) * 86400000000 + 3600000000);
    e.recordedAt = e.occurredAt;
    e.key = uuidV7(e.occurredAt.micros() / 1000, quint64(day), 5);
    e.id = QStringLiteral("role-evt-%1").arg(day);
    e.source = QStringLiteral("wms.dc-east");
    e.correlationId = QStringLiteral("ORD-R-%1").arg(day);
    e.flow = QStringLiteral("order-to-cash");
    e.stage = QStringLiteral("pick");
    e.type = QStringLiteral("wms.order.picked");
    return e;
}

TransitionRequest asking(TransitionAction action, ActorRole role, qint64 version)
{
    TransitionRequest r;
    r.action = action;
    r.role = role;
    r.actor = QStringLiteral("role-test");
    r.expectedVersion = version;
    r.text = QStringLiteral("checked with the ERP team");
    return r;
}

} // namespace

class RolesTest : public QObject {
    Q_OBJECT

private:
    // Logins made for this run, dropped at the end.
    test::ScratchLogins m_logins;

    QString loginAs(const QString& storeUrl, const QString& role) { return m_logins.loginAs(storeUrl, role); }

    static std::unique_ptr<TelemetryStore> open(const QString& url, OpenMode mode = OpenMode::ReadWrite)
    {
        auto store = openStore(url, mode);
        if (!store) {
            qWarning("%s", qPrintable(store.error().text));
            return nullptr;
        }
        return std::move(store.value());
    }

    // A migrated PostgreSQL store with two open failed messages.
    static bool seed(const QString& url)
    {
        auto store = open(url);
        if (!store)
            return false;
        IngestBatch batch;
        batch.failedMessages << failure(1) << failure(2);
        return bool(store->ingest(batch));
    }

private Q_SLOTS:
    void theOwnerAdministers_data() { CT_ENGINE_ROWS(); }
    void theOwnerAdministers()
    {
        CT_FIXTURE(fixture);
        auto store = open(fixture.url());
        QVERIFY(store);
        QCOMPARE(store->grantedRole().value(), ActorRole::Admin);
        QCOMPARE(store->info()->grantedRole, ActorRole::Admin);
        QCOMPARE(actingRole(ActorRole::Operator, store->grantedRole().value()), ActorRole::Operator);
    }

    void aViewerOnlyLooks()
    {
        test::StoreFixture fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QVERIFY(seed(fixture.url()));
        const QString viewer = loginAs(fixture.url(), QStringLiteral("viewer"));
        auto store = open(viewer);
        QVERIFY(store);
        QCOMPARE(store->grantedRole().value(), ActorRole::Viewer);
        const ActorRole acting = actingRole(ActorRole::Operator, store->grantedRole().value());
        QCOMPARE(acting, ActorRole::Viewer);

        // The action layer refuses, and the refusal is in the trail.
        const FailedMessage m = failure(1);
        auto done = store->transitionFailedMessage(m.key, asking(TransitionAction::Resolve, acting, 1));
        QVERIFY(!done);
        QCOMPARE(done.error().code, StoreError::Code::Refused);
        const QList<AuditEntry> trail = store->auditEntriesFor(m.key).value();
        QVERIFY(!trail.isEmpty());
        QCOMPARE(trail.constLast().result, QStringLiteral("refused"));
        QCOMPARE(trail.constLast().role, QStringLiteral("viewer"));

        // Claiming more than granted does not help: the database holds the line.
        auto claimed = store->transitionFailedMessage(m.key, asking(TransitionAction::Resolve, ActorRole::Operator, 1));
        QVERIFY(!claimed);
        QVERIFY2(claimed.error().text.contains(QLatin1String("permission denied")), qPrintable(claimed.error().text));
        for (const char* sql : {"UPDATE failed_message_positions SET state = 'resolved'", "DELETE FROM failed_message_positions",
                                "DELETE FROM failed_message_records",
                                "UPDATE audit_entries SET detail = 'x'", "DELETE FROM audit_entries",
                                "TRUNCATE audit_entries", "DELETE FROM events", "CREATE TABLE ctower.sneaky (i int)"}) {
            const QString error = test::execRaw(viewer, QString::fromLatin1(sql));
            QVERIFY2(error.contains(QLatin1String("permission denied")) || error.contains(QLatin1String("append-only")),
                     qPrintable(QString::fromLatin1(sql) + QStringLiteral(": ") + error));
        }
        // It reads everything: by key, the lists of one state and of every state, and their counts.
        QCOMPARE(store->failedMessagesByKey({m.key}).value().size(), 1);
        QCOMPARE(store->failedMessagesByKey({m.key}).value().constFirst().state, FailedMessageState::Open);
        FailedMessageQuery open;
        open.state = FailedMessageState::Open;
        const auto ofOneState = store->failedMessages(open);
        const auto ofEveryState = store->failedMessages({});
        QVERIFY2(ofOneState && ofEveryState, qPrintable((ofOneState ? ofEveryState : ofOneState).error().text));
        QVERIFY(!ofEveryState->isEmpty());
        QCOMPARE(ofEveryState->size(), ofOneState->size());
        QCOMPARE(store->countFailedMessages({}).value(), qint64(ofEveryState->size()));
    }

    void anOperatorActsOnTheWorkflowOnly()
    {
        test::StoreFixture fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QVERIFY(seed(fixture.url()));
        const QString operatorUrl = loginAs(fixture.url(), QStringLiteral("operator"));
        auto store = open(operatorUrl);
        QVERIFY(store);
        QCOMPARE(store->grantedRole().value(), ActorRole::Operator);
        const ActorRole acting = actingRole(ActorRole::Admin, store->grantedRole().value());
        QCOMPARE(acting, ActorRole::Operator);

        const FailedMessage m = failure(1);
        auto resolved = store->transitionFailedMessage(m.key, asking(TransitionAction::Resolve, acting, 1));
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().text));
        QCOMPARE(resolved->state, FailedMessageState::Resolved);
        auto reopened = store->transitionFailedMessage(m.key, asking(TransitionAction::Reopen, acting, 2));
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().code, StoreError::Code::Refused);

        // What failed stays as the broker gave it; the trail only grows.
        // Of a message's position, only its standing in the workflow: not what its lists are kept by.
        for (const char* sql : {"UPDATE failed_message_records SET payload = 'x'", "UPDATE failed_message_records SET error_text = 'x'",
                                "UPDATE failed_message_positions SET queue = 'x'", "DELETE FROM failed_message_records",
                                "DELETE FROM failed_message_positions", "UPDATE audit_entries SET detail = 'x'",
                                "DELETE FROM audit_entries", "INSERT INTO events (key) VALUES ('x')"}) {
            const QString error = test::execRaw(operatorUrl, QString::fromLatin1(sql));
            QVERIFY2(error.contains(QLatin1String("permission denied")) || error.contains(QLatin1String("append-only")),
                     qPrintable(QString::fromLatin1(sql) + QStringLiteral(": ") + error));
        }
    }

    void anAdminReopens()
    {
        test::StoreFixture fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QVERIFY(seed(fixture.url()));
        auto store = open(loginAs(fixture.url(), QStringLiteral("admin")));
        QVERIFY(store);
        QCOMPARE(store->grantedRole().value(), ActorRole::Admin);
        const FailedMessage m = failure(2);
        QVERIFY(store->transitionFailedMessage(m.key, asking(TransitionAction::Discard, ActorRole::Admin, 1)));
        auto reopened = store->transitionFailedMessage(m.key, asking(TransitionAction::Reopen, ActorRole::Admin, 2));
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().text));
        QCOMPARE(reopened->state, FailedMessageState::Open);
    }

    void theIngestRoleWritesTelemetryAndNothingElse()
    {
        test::StoreFixture fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QVERIFY(seed(fixture.url()));
        const QString ingestUrl = loginAs(fixture.url(), QStringLiteral("ingest"));
        auto store = open(ingestUrl);
        QVERIFY(store);
        QCOMPARE(store->grantedRole().value(), ActorRole::Viewer);
        // Two days no partition exists for yet: the schema owner's function makes them.
        IngestBatch batch;
        batch.events << eventOnDay(20800) << eventOnDay(20801);
        batch.failedMessages << failure(3);
        auto written = store->ingest(batch);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().text));
        QCOMPARE(store->events(EventQuery{}).value().size(), 2);
        for (const char* sql : {"CREATE TABLE ctower.events_d99990101 PARTITION OF ctower.events FOR VALUES FROM (1) TO (2)",
                                "UPDATE failed_message_positions SET state = 'resolved'", "DELETE FROM events",
                                "UPDATE audit_entries SET detail = 'x'"}) {
            const QString error = test::execRaw(ingestUrl, QString::fromLatin1(sql));
            QVERIFY2(error.contains(QLatin1String("permission denied")) || error.contains(QLatin1String("must be owner"))
                         || error.contains(QLatin1String("append-only")),
                     qPrintable(QString::fromLatin1(sql) + QStringLiteral(": ") + error));
        }
        // The function makes day partitions, nothing else.
        const QString error = test::execRaw(ingestUrl, QStringLiteral("SELECT ctower.create_event_partition('audit_entries2', 1)"));
        QVERIFY2(error.contains(QLatin1String("not the name of a day partition")), qPrintable(error));
    }

    void aLoginWithoutARoleOfOursIsAViewer()
    {
        test::StoreFixture fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QVERIFY(seed(fixture.url()));
        const QString stranger = loginAs(fixture.url(), QString());
        // Without the schema's USAGE it does not even see the table.
        const QString error = test::execRaw(stranger, QStringLiteral("UPDATE ctower.failed_message_positions SET state = 'resolved'"));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
        auto store = openStore(stranger, OpenMode::ReadOnly);
        if (store)  // it may not even read the schema; if it may, it is a viewer
            QCOMPARE(store.value()->grantedRole().value(), ActorRole::Viewer);
        else
            QVERIFY2(store.error().text.contains(QLatin1String("permission denied")), qPrintable(store.error().text));
    }
};

QTEST_GUILESS_MAIN(RolesTest)
#include "tst_roles.moc"
