// The store contract, run against both engines.
#include "auditverification.h"
#include "lineagelookup.h"
#include "store/migration.h"
#include "store/storefactory.h"
#include "storefixture.h"
#include "uuid.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <latch>
#include <thread>

using namespace ct;

namespace {

Event makeEvent(int i, const QString& correlation)
{
    Event e;
    e.key = uuidV7(1793577600000 + i, quint64(i), quint64(i) * 7919);
    e.id = QStringLiteral("evt-%1").arg(i);
    e.source = i % 2 ? QStringLiteral("wms.dc-east") : QStringLiteral("erp");
    e.correlationId = correlation;
    e.causationId = i > 0 ? QStringLiteral("evt-%1").arg(i - 1) : QString();
    e.flow = QStringLiteral("order-to-cash");
    e.stage = i % 2 ? QStringLiteral("pick") : QStringLiteral("erp-post");
    e.type = i % 2 ? QStringLiteral("wms.order.picked") : QStringLiteral("erp.sales_order.posted");
    e.node = i % 2 ? QStringLiteral("DC-EAST") : QString();
    e.status = i % 3 == 0 ? EventStatus::Failed : EventStatus::Ok;
    e.occurredAt = Timestamp::fromMicros(1793577600000000 + qint64(i) * 1'000'001);
    e.recordedAt = e.occurredAt.plusMicros(1234);
    if (i % 2) {
        e.sku = QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0'));
        e.quantity = -i;
    } else {
        e.amountMinor = 129999 + i;
        e.currency = QStringLiteral("EUR");
    }
    e.contentType = QStringLiteral("application/json");
    // Bytes that break naive escaping, NUL included, and text that is not ASCII.
    e.payload = QByteArray("{\"name\":\"J\xc3\xbcrgen <b>x</b>\",\"tab\":\"\t\",\"nl\":\"\n\\\\\"}") + '\0' + char(0xff);
    e.attributes = QByteArrayLiteral("{\"channel\":\"web\"}");
    return e;
}

FailedMessage makeFailed(int i, const QString& correlation)
{
    FailedMessage m;
    m.key = uuidV7(1793577700000 + i, quint64(i), 3);
    m.messageId = QStringLiteral("msg-%1").arg(i);
    m.correlationId = correlation;
    m.eventId = QStringLiteral("evt-%1").arg(i);
    m.source = QStringLiteral("erp");
    m.flow = QStringLiteral("order-to-cash");
    m.stage = QStringLiteral("erp-post");
    m.broker = QStringLiteral("rabbitmq");
    m.queue = QStringLiteral("erp.sales-orders.dlq");
    m.originalExchange = QStringLiteral("retail.events");
    m.originalRoutingKey = QStringLiteral("oms.order.allocated");
    m.deathReason = QStringLiteral("rejected");
    m.deathCount = 2;
    m.firstDeathAt = Timestamp::fromMicros(1793577700000000);
    m.lastDeathAt = Timestamp::fromMicros(1793577760000000);
    m.errorClass = QStringLiteral("business_rule");
    m.errorText = QStringLiteral("fiscal period 2026-10 is closed");
    m.headers = QByteArrayLiteral("{\"x-error-class\":\"business_rule\"}");
    m.contentType = QStringLiteral("application/json");
    m.payload = QByteArrayLiteral("{\"order\":1}");
    m.sku = QStringLiteral("SKU-000001");
    m.node = QStringLiteral("ST-001");
    m.quantity = 2;
    m.amountMinor = 4999;
    m.currency = QStringLiteral("EUR");
    return m;
}

IngestBatch sampleBatch()
{
    IngestBatch b;
    for (int i = 0; i < 6; ++i)
        b.events << makeEvent(i, QStringLiteral("ORD-1"));
    for (int i = 6; i < 9; ++i)
        b.events << makeEvent(i, QStringLiteral("ORD-2"));
    b.failedMessages << makeFailed(1, QStringLiteral("ORD-1"));
    b.inventory << InventoryPosition{QStringLiteral("SKU-000001"), QStringLiteral("DC-EAST"), QStringLiteral("wms"),
                                     10, 2, Timestamp::fromMicros(1793577600000000)};
    b.prices << PricePosition{QStringLiteral("SKU-000001"), QStringLiteral("ST-014"), QStringLiteral("pos"), 1999,
                              QStringLiteral("EUR"), QStringLiteral("CAMP-1"), Timestamp::fromMicros(1793577600000000)};
    InjectedFault f;
    f.correlationId = QStringLiteral("ORD-1");
    f.faultClass = QStringLiteral("business_rule");
    f.quantity = -2;
    b.faults << f;
    return b;
}

InventoryPosition costedPosition(const QString& system, qint64 onHand, qint64 unitCostMinor, const QString& currency)
{
    InventoryPosition p{QStringLiteral("SKU-000001"), QStringLiteral("DC-EAST"), system, onHand, 0,
                        Timestamp::fromMicros(1793577600000000)};
    p.unitCostMinor = unitCostMinor;
    p.costCurrency = currency;
    return p;
}

// "system on_hand unit_cost currency" of every stored inventory position, sorted.
QStringList costsBySystem(TelemetryStore& store)
{
    const auto positions = store.inventoryPositions(QString());
    if (!positions.ok())
        return {positions.error().text};
    QStringList out;
    for (const InventoryPosition& p : positions.value())
        out << QStringLiteral("%1 %2 %3 %4").arg(p.system, QString::number(p.onHand), QString::number(p.unitCostMinor), p.costCurrency);
    out.sort();
    return out;
}

std::unique_ptr<TelemetryStore> open(const QString& url, OpenMode mode = OpenMode::ReadWrite)
{
    auto s = openStore(url, mode);
    if (!s) {
        qWarning("%s", qPrintable(s.error().text));
        return nullptr;
    }
    return std::move(s).value();
}

TransitionRequest ask(TransitionAction action, qint64 expectedVersion, ActorRole role = ActorRole::Operator)
{
    TransitionRequest r;
    r.action = action;
    r.expectedVersion = expectedVersion;
    r.role = role;
    r.actor = QStringLiteral("ana");
    r.replayLimit = 3;
    return r;
}

// Stores failed messages 1..n (correlation ids ORD-1..ORD-n); their keys, or none when the store
// refused them.
QStringList ingestFailed(TelemetryStore& store, int n)
{
    IngestBatch batch;
    QStringList keys;
    for (int i = 1; i <= n; ++i) {
        batch.failedMessages << makeFailed(i, QStringLiteral("ORD-%1").arg(i));
        keys << batch.failedMessages.constLast().key;
    }
    return store.ingest(batch).ok() ? keys : QStringList();
}

// The failed message of sampleBatch().
QString sampleFailedKey()
{
    return makeFailed(1, QStringLiteral("ORD-1")).key;
}

std::optional<FailedMessage> storedFailedMessage(TelemetryStore& store, const QString& key)
{
    auto all = store.failedMessages({});
    if (!all)
        return std::nullopt;
    for (const FailedMessage& m : all.value()) {
        if (m.key == key)
            return m;
    }
    return std::nullopt;
}

// The trail as it is shown: an entry about several messages is a row for each.
Expected<QList<AuditEntry>> auditRows(TelemetryStore& store)
{
    auto trail = store.auditTrail();
    if (!trail)
        return trail;
    QList<AuditEntry> rows;
    for (const AuditEntry& e : trail.value())
        rows += e.perTarget();
    return rows;
}

qsizetype auditSize(TelemetryStore& store)
{
    auto rows = auditRows(store);
    return rows ? rows->size() : -1;
}

// Behind the store's back: a trigger that fails every insert into `table` (those matching `when`,
// an SQL condition on NEW), as a disk or constraint failure would in the middle of a write.
QString refuseInserts(const test::StoreFixture& fx, const QString& table,
                      const QString& when = QStringLiteral("1 = 1"))
{
    if (!fx.isPostgres())
        return test::execRaw(fx.url(),
                             QStringLiteral("CREATE TRIGGER refuse_inserts BEFORE INSERT ON %1 WHEN %2 "
                                            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
                                 .arg(table, when));
    const QString function =
        test::execRaw(fx.url(), QStringLiteral("CREATE OR REPLACE FUNCTION refuse_insert() RETURNS trigger "
                                               "LANGUAGE plpgsql AS $$ BEGIN "
                                               "RAISE EXCEPTION 'refused for the test'; END $$"));
    if (!function.isEmpty())
        return function;
    return test::execRaw(fx.url(),
                         QStringLiteral("CREATE TRIGGER refuse_inserts BEFORE INSERT ON %1 FOR EACH ROW "
                                        "WHEN (%2) EXECUTE FUNCTION refuse_insert()")
                             .arg(table, when));
}

QString allowInserts(const test::StoreFixture& fx, const QString& table)
{
    return test::execRaw(fx.url(), fx.isPostgres()
                                       ? QStringLiteral("DROP TRIGGER refuse_inserts ON %1").arg(table)
                                       : QStringLiteral("DROP TRIGGER refuse_inserts"));
}

// SQLite's plan of a query, its steps joined by " | ".
QString sqlitePlan(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery plan(db);
    if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return plan.lastError().text();
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    return steps.join(QStringLiteral(" | "));
}

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsAndAuditsItsHistory_data() { CT_ENGINE_ROWS(); }
    void createsAndAuditsItsHistory()
    {
        CT_FIXTURE(fx);
        {
            auto store = open(fx.url());
            QVERIFY(store);
            auto info = store->info();
            QVERIFY2(info.ok(), qPrintable(info.error().text));
            QCOMPARE(info->engine, engine);
            QVERIFY(info->schemaVersion >= 1);
            QVERIFY(!info->createdAt.isNull());
            QVERIFY(info->sizeBytes > 0);
            QCOMPARE(store->isEmpty().value(), true);
        }
        auto store = open(fx.url());  // reopening migrates nothing and audits nothing
        QVERIFY(store);
        auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        QVERIFY(trail->size() >= 2);
        QCOMPARE(trail->at(0).action, QStringLiteral("store.created"));
        QCOMPARE(trail->at(1).action, QStringLiteral("schema.migrated"));
        QCOMPARE(trail->size(), 1 + trail->constLast().after.toInt());
    }

    void roundTripsEveryField_data() { CT_ENGINE_ROWS(); }
    void roundTripsEveryField()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        const IngestBatch batch = sampleBatch();
        auto result = store->ingest(batch);
        QVERIFY2(result.ok(), qPrintable(result.error().text));
        QCOMPARE(result->eventsInserted, 9);
        QCOMPARE(result->failedInserted, 1);
        auto events = store->eventsByCorrelation(QStringLiteral("ORD-1"));
        QVERIFY2(events.ok(), qPrintable(events.error().text));
        QCOMPARE(events->size(), 6);
        for (int i = 0; i < 6; ++i) {
            const Event& want = batch.events.at(i);
            const Event& got = events->at(i);
            QCOMPARE(got.key, want.key);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.source, want.source);
            QCOMPARE(got.correlationId, want.correlationId);
            QCOMPARE(got.causationId, want.causationId);
            QCOMPARE(got.flow, want.flow);
            QCOMPARE(got.stage, want.stage);
            QCOMPARE(got.type, want.type);
            QCOMPARE(got.node, want.node);
            QCOMPARE(got.subject, want.subject);
            QCOMPARE(got.status, want.status);
            QCOMPARE(got.occurredAt, want.occurredAt);
            QCOMPARE(got.recordedAt, want.recordedAt);
            QCOMPARE(got.sku, want.sku);
            QCOMPARE(got.quantity, want.quantity);
            QCOMPARE(got.amountMinor, want.amountMinor);
            QCOMPARE(got.currency, want.currency);
            QCOMPARE(got.contentType, want.contentType);
            QCOMPARE(got.payload, want.payload);
            QCOMPARE(got.attributes, want.attributes);
        }
        QCOMPARE(store->eventsByCorrelation(QStringLiteral("nope"))->size(), 0);
        QCOMPARE(store->isEmpty().value(), false);
    }

    void roundTripsEveryFailedMessageFieldAndPosition_data() { CT_ENGINE_ROWS(); }
    void roundTripsEveryFailedMessageFieldAndPosition()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        IngestBatch batch = sampleBatch();
        FailedMessage want = batch.failedMessages.first();
        want.state = FailedMessageState::Quarantined;
        want.assignee = QStringLiteral("ana");
        want.note = QStringLiteral("poison: \"x\"\tand a tab");
        want.version = 7;
        want.replayCount = 3;
        want.payload = QByteArray("\x00\x01\xff", 3);
        want.originQueue = QStringLiteral("erp.sales-orders");
        FailedMessage keyless = makeFailed(2, QStringLiteral("ORD-2"));
        keyless.key.clear();  // the store gives it one
        keyless.quantity.reset();
        keyless.amountMinor.reset();
        keyless.payload = QByteArray();
        batch.failedMessages = {want, keyless};
        auto result = store->ingest(batch);
        QVERIFY2(result.ok(), qPrintable(result.error().text));
        QCOMPARE(result->failedInserted, 2);

        const auto got = storedFailedMessage(*store, want.key);
        QVERIFY(got);
        QCOMPARE(got->messageId, want.messageId);
        QCOMPARE(got->correlationId, want.correlationId);
        QCOMPARE(got->eventId, want.eventId);
        QCOMPARE(got->source, want.source);
        QCOMPARE(got->flow, want.flow);
        QCOMPARE(got->stage, want.stage);
        QCOMPARE(got->broker, want.broker);
        QCOMPARE(got->queue, want.queue);
        QCOMPARE(got->originalExchange, want.originalExchange);
        QCOMPARE(got->originalRoutingKey, want.originalRoutingKey);
        QCOMPARE(got->deathReason, want.deathReason);
        QCOMPARE(got->deathCount, want.deathCount);
        QCOMPARE(got->firstDeathAt, want.firstDeathAt);
        QCOMPARE(got->lastDeathAt, want.lastDeathAt);
        QCOMPARE(got->errorClass, want.errorClass);
        QCOMPARE(got->errorText, want.errorText);
        QCOMPARE(got->headers, want.headers);
        QCOMPARE(got->contentType, want.contentType);
        QCOMPARE(got->payload, want.payload);
        QCOMPARE(got->state, want.state);
        QCOMPARE(got->assignee, want.assignee);
        QCOMPARE(got->note, want.note);
        QCOMPARE(got->version, want.version);
        QCOMPARE(got->replayCount, want.replayCount);
        QCOMPARE(got->sku, want.sku);
        QCOMPARE(got->node, want.node);
        QCOMPARE(got->quantity, want.quantity);
        QCOMPARE(got->amountMinor, want.amountMinor);
        QCOMPARE(got->currency, want.currency);

        // A replay's reading: what it sends, where to, and its workflow position, in the order asked.
        const auto replayable = store->replayableMessagesByKey({QStringLiteral("gone"), want.key});
        QVERIFY2(replayable.ok(), qPrintable(replayable.error().text));
        QCOMPARE(replayable->size(), 1);
        const FailedMessage& r = replayable->first();
        QCOMPARE(r.key, want.key);
        QCOMPARE(r.messageId, want.messageId);
        QCOMPARE(r.correlationId, want.correlationId);
        QCOMPARE(r.source, want.source);
        QCOMPARE(r.queue, want.queue);
        QCOMPARE(r.originQueue, want.originQueue);
        QCOMPARE(r.originalExchange, want.originalExchange);
        QCOMPARE(r.originalRoutingKey, want.originalRoutingKey);
        QCOMPARE(r.errorClass, want.errorClass);
        QCOMPARE(r.headers, want.headers);
        QCOMPARE(r.contentType, want.contentType);
        QCOMPARE(r.payload, want.payload);
        QCOMPARE(WorkflowPosition::of(r), WorkflowPosition::of(*got));
        QCOMPARE(r.stateSince, got->stateSince);
        QVERIFY(r.errorText.isEmpty() && r.sku.isEmpty()); // not read

        FailedMessageQuery byMessage;
        byMessage.text = keyless.messageId;
        const auto stored = store->failedMessages(byMessage);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().key.size(), 36);  // UUIDv7 form
        QCOMPARE(stored->first().quantity, std::nullopt);
        QCOMPARE(stored->first().amountMinor, std::nullopt);
        QVERIFY(stored->first().payload.isEmpty());

        const auto positions = store->inventoryPositions(QString());
        QVERIFY2(positions.ok(), qPrintable(positions.error().text));
        QCOMPARE(positions->size(), 1);
        const InventoryPosition& p = positions->first();
        const InventoryPosition& sent = batch.inventory.first();
        QCOMPARE(p.sku, sent.sku);
        QCOMPARE(p.node, sent.node);
        QCOMPARE(p.system, sent.system);
        QCOMPARE(p.onHand, sent.onHand);
        QCOMPARE(p.reserved, sent.reserved);
        QCOMPARE(p.asOf, sent.asOf);
    }

    // A position's unit cost is its own row's: a system that knows no cost leaves the ERP's alone, and
    // the ERP's next position replaces it.
    void storesAPositionsUnitCost_data() { CT_ENGINE_ROWS(); }
    void storesAPositionsUnitCost()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        IngestBatch first;
        first.inventory << costedPosition(QStringLiteral("erp"), 10, 742, QStringLiteral("EUR"))
                        << costedPosition(QStringLiteral("wms"), 12, 0, QString());
        QVERIFY(store->ingest(first).ok());
        QCOMPARE(costsBySystem(*store), (QStringList{QStringLiteral("erp 10 742 EUR"), QStringLiteral("wms 12 0 ")}));

        IngestBatch second;
        second.inventory << costedPosition(QStringLiteral("wms"), 11, 0, QString());
        QVERIFY(store->ingest(second).ok());
        QCOMPARE(costsBySystem(*store), (QStringList{QStringLiteral("erp 10 742 EUR"), QStringLiteral("wms 11 0 ")}));

        // Within one batch the last position of a row wins, its cost with it.
        IngestBatch third;
        third.inventory << costedPosition(QStringLiteral("erp"), 9, 750, QStringLiteral("EUR"))
                        << costedPosition(QStringLiteral("erp"), 8, 1234, QStringLiteral("CHF"));
        QVERIFY(store->ingest(third).ok());
        QCOMPARE(costsBySystem(*store), (QStringList{QStringLiteral("erp 8 1234 CHF"), QStringLiteral("wms 11 0 ")}));

        // The cells that disagree are read with their costs too.
        const auto differences = store->inventoryDifferences(QString());
        QVERIFY2(differences.ok(), qPrintable(differences.error().text));
        QCOMPARE(differences->size(), 2);
        for (const InventoryPosition& p : differences.value())
            QCOMPARE(p.unitCostMinor, p.system == QLatin1String("erp") ? 1234 : 0);
    }

    // Migration 15 gives the positions stored before it an unknown cost, and takes costs from then on.
    void upgradesPositionsStoredWithoutCost_data() { CT_ENGINE_ROWS(); }
    void upgradesPositionsStoredWithoutCost()
    {
        CT_FIXTURE(fx);
        {
            auto store = open(fx.url());
            QVERIFY(store);
            IngestBatch batch;
            batch.inventory << costedPosition(QStringLiteral("erp"), 10, 742, QStringLiteral("EUR"));
            QVERIFY(store->ingest(batch).ok());
        }
        QCOMPARE(test::rewindSchema(fx.url(), 14), QString());
        auto store = open(fx.url());
        QVERIFY(store);
        QCOMPARE(store->info()->schemaVersion, latestSchemaVersion());
        QCOMPARE(costsBySystem(*store), QStringList{QStringLiteral("erp 10 0 ")});
        IngestBatch batch;
        batch.inventory << costedPosition(QStringLiteral("erp"), 10, 742, QStringLiteral("EUR"));
        QVERIFY(store->ingest(batch).ok());
        QCOMPARE(costsBySystem(*store), QStringList{QStringLiteral("erp 10 742 EUR")});
    }

    void dropsAndCountsDuplicates_data() { CT_ENGINE_ROWS(); }
    void dropsAndCountsDuplicates()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        IngestBatch batch = sampleBatch();
        Event again = batch.events.at(2);
        again.key = uuidV7(1793577600999, 1, 1);  // a redelivery: new internal key, same (source, id)
        batch.events << again;
        auto first = store->ingest(batch);
        QVERIFY2(first.ok(), qPrintable(first.error().text));
        QCOMPARE(first->eventsInserted, 9);
        QCOMPARE(first->eventsDuplicate, 1);
        auto second = store->ingest(sampleBatch());
        QVERIFY2(second.ok(), qPrintable(second.error().text));
        QCOMPARE(second->eventsInserted, 0);
        QCOMPARE(second->eventsDuplicate, 9);
        QCOMPARE(second->failedDuplicate, 1);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("events")), 9);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("inventory_positions")), 1);
    }

    // Lineage resolves what a support engineer pastes: a correlation id, an event id, a message id or
    // a subject (an order number), each to its transaction.
    void findsATransactionByEachKindOfId_data() { CT_ENGINE_ROWS(); }
    void findsATransactionByEachKindOfId()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        IngestBatch batch = sampleBatch();
        batch.events[7].subject = QStringLiteral("PO-4711");
        Event older = makeEvent(20, QStringLiteral("ORD-0"));
        older.subject = QStringLiteral("PO-4711");
        older.occurredAt = Timestamp::fromMicros(1793500000000000);
        batch.events << older;
        QVERIFY(store->ingest(batch).ok());

        QCOMPARE(store->correlationOfEvent(QStringLiteral("evt-7")).value(), QStringLiteral("ORD-2"));
        QCOMPARE(store->correlationOfEvent(QStringLiteral("ORD-2")).value(), QString());
        QCOMPARE(store->correlationOfMessage(QStringLiteral("msg-1")).value(), QStringLiteral("ORD-1"));
        QCOMPARE(store->correlationOfMessage(QStringLiteral("evt-1")).value(), QString());
        // The newest transaction about the subject; an empty subject is no subject.
        QCOMPARE(store->correlationOfSubject(QStringLiteral("PO-4711")).value(), QStringLiteral("ORD-2"));
        QCOMPARE(store->correlationOfSubject(QString()).value(), QString());
        QCOMPARE(store->failedMessagesOf(QStringLiteral("ORD-1")).value().size(), 1);
        QCOMPARE(store->failedMessagesOf(QStringLiteral("ORD-1")).value().constFirst().messageId,
                 QStringLiteral("msg-1"));
        QVERIFY(store->failedMessagesOf(QStringLiteral("ORD-2")).value().isEmpty());

        const struct {
            const char* asked;
            const char* correlationId;
            LineageMatch match;
        } cases[] = {
            {"ORD-2", "ORD-2", LineageMatch::CorrelationId}, {"evt-1", "ORD-1", LineageMatch::EventId},
            {"msg-1", "ORD-1", LineageMatch::MessageId},     {"PO-4711", "ORD-2", LineageMatch::Subject},
            {"nothing-has-this", "nothing-has-this", LineageMatch::None},
        };
        for (const auto& c : cases) {
            auto found = lookUpLineage(*store, *store, *store, QLatin1String(c.asked));
            QVERIFY2(found.ok(), qPrintable(found.error().text));
            QCOMPARE(found->correlationId, QLatin1String(c.correlationId));
            QCOMPARE(found->match, c.match);
            QCOMPARE(found->found(), c.match != LineageMatch::None);
        }
        auto one = lookUpLineage(*store, *store, *store, QStringLiteral("evt-1"));
        QCOMPARE(one->events.size(), 6);
        QCOMPARE(one->failedMessages.size(), 1);
        // Nothing asked: the newest transaction with a failed event.
        auto newest = lookUpLineage(*store, *store, *store, QString());
        QVERIFY(newest->newestFailed());
        QCOMPARE(newest->correlationId, QStringLiteral("ORD-2"));
    }

    // Each lookup is a probe of an index, never a scan of the events (SQLite's plans).
    void findsTransactionsAlongAnIndex()
    {
        test::StoreFixture fx(QStringLiteral("sqlite"));
        QVERIFY(open(fx.url()));
        const QString name = QStringLiteral("lookup-plan");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(fx.sqlitePath());
            QVERIFY(db.open());
            const std::pair<QString, QString> queries[] = {
                {QStringLiteral("SELECT correlation_id FROM events WHERE id = 'x' ORDER BY occurred_at DESC, key LIMIT 1"),
                 QStringLiteral("events_id")},
                {QStringLiteral("SELECT correlation_id FROM events WHERE subject = 'x' AND subject <> '' "
                                "ORDER BY occurred_at DESC, key LIMIT 1"),
                 QStringLiteral("events_subject")},
                {QStringLiteral("SELECT correlation_id FROM failed_messages WHERE message_id = 'x' "
                                "AND correlation_id <> '' ORDER BY last_death_at DESC, key LIMIT 1"),
                 QStringLiteral("failed_messages_message")},
                {QStringLiteral("SELECT * FROM failed_messages WHERE correlation_id = 'x' ORDER BY last_death_at DESC, key"),
                 QStringLiteral("failed_messages_correlation")},
            };
            for (const auto& [sql, index] : queries) {
                const QString text = sqlitePlan(db, sql);
                QVERIFY2(text.contains(QStringLiteral("INDEX ") + index), qPrintable(sql + QStringLiteral(": ") + text));
                QVERIFY2(!text.contains(QStringLiteral("SCAN")), qPrintable(sql + QStringLiteral(": ") + text));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    void catchesARedeliveryAcrossMidnight_data() { CT_ENGINE_ROWS(); }
    void catchesARedeliveryAcrossMidnight()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        IngestBatch first;
        first.events << makeEvent(1, QStringLiteral("ORD-9"));
        first.events.first().occurredAt = Timestamp::fromIso(QStringLiteral("2026-11-01T23:59:59.9Z")).value();
        QCOMPARE(store->ingest(first)->eventsInserted, 1);
        // The same (source, id) again, stamped after midnight by a producer that re-sent it.
        IngestBatch again = first;
        again.events.first().key = uuidV7(1793577700000, 5, 5);
        again.events.first().occurredAt = Timestamp::fromIso(QStringLiteral("2026-11-02T00:00:00.1Z")).value();
        auto second = store->ingest(again);
        QVERIFY2(second.ok(), qPrintable(second.error().text));
        QCOMPARE(second->eventsInserted, 0);
        QCOMPARE(second->eventsDuplicate, 1);
        // Within one batch too.
        IngestBatch both;
        both.events << makeEvent(2, QStringLiteral("ORD-9")) << makeEvent(2, QStringLiteral("ORD-9"));
        both.events[1].key = uuidV7(1793577800000, 6, 6);
        both.events[1].occurredAt = both.events[0].occurredAt.plusSeconds(86400);
        auto third = store->ingest(both);
        QCOMPARE(third->eventsInserted, 1);
        QCOMPARE(third->eventsDuplicate, 1);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("events")), 2);
    }

    // ARCHITECTURE.md §5: a redelivery of one death is one row; another death of the same message
    // (a higher count, a replay, another queue) is another, even within the same second.
    void deDuplicatesFailedMessagesByQueueMessageCountAndReplay_data() { CT_ENGINE_ROWS(); }
    void deDuplicatesFailedMessagesByQueueMessageCountAndReplay()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        const FailedMessage first = makeFailed(1, QStringLiteral("ORD-1"));
        QCOMPARE(deadLetterKey(first), QStringLiteral("[\"erp.sales-orders.dlq\",\"msg-1\",2,0]"));
        IngestBatch batch;
        batch.failedMessages << first;
        FailedMessage redelivered = first; // the drain crashed before its ack: same death, new row key
        redelivered.key = uuidV7(1793577900000, 9, 9);
        batch.failedMessages << redelivered;
        FailedMessage diedAgain = redelivered;
        diedAgain.key = uuidV7(1793577900001, 9, 9);
        diedAgain.deathCount = 3;
        FailedMessage replayedAndDied = redelivered;
        replayedAndDied.key = uuidV7(1793577900002, 9, 9);
        replayedAndDied.replayCount = 1;
        FailedMessage parked = redelivered;
        parked.key = uuidV7(1793577900003, 9, 9);
        parked.queue = QStringLiteral("erp.sales-orders.parking-lot");
        FailedMessage digest = redelivered; // no message id: the drain brings a digest of body and properties
        digest.key = uuidV7(1793577900004, 9, 9);
        digest.messageId.clear();
        digest.dedupKey = QStringLiteral("sha256:0f1e");
        batch.failedMessages << diedAgain << replayedAndDied << parked << digest;
        auto stored = store->ingest(batch);
        QVERIFY2(stored.ok(), qPrintable(stored.error().text));
        QCOMPARE(stored->failedInserted, 5);
        auto again = store->ingest(batch);
        QVERIFY2(again.ok(), qPrintable(again.error().text));
        QCOMPARE(again->failedInserted, 0);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("failed_messages")), 5);
    }

    void listsFailedMessagesByPage_data() { CT_ENGINE_ROWS(); }
    void listsFailedMessagesByPage()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        IngestBatch batch;
        for (int i = 0; i < 5; ++i) {
            FailedMessage m = makeFailed(i, QStringLiteral("ORD-%1").arg(i % 2));
            m.lastDeathAt = m.lastDeathAt.plusSeconds(i);
            m.errorClass = i < 3 ? QStringLiteral("business_rule") : QStringLiteral("routing");
            m.state = i == 4 ? FailedMessageState::Resolved : FailedMessageState::Open;
            batch.failedMessages << m;
        }
        QVERIFY(store->ingest(batch).ok());
        auto all = store->failedMessages({});
        QVERIFY2(all.ok(), qPrintable(all.error().text));
        QCOMPARE(all->size(), 5);
        QCOMPARE(all->first().messageId, QStringLiteral("msg-4"));  // newest failure first
        QCOMPARE(all->first().payload, batch.failedMessages.at(4).payload);
        QCOMPARE(all->first().quantity, batch.failedMessages.at(4).quantity);
        FailedMessageQuery open;
        open.state = FailedMessageState::Open;
        QCOMPARE(store->countFailedMessages(open).value(), 4);
        open.errorClass = QStringLiteral("routing");
        QCOMPARE(store->countFailedMessages(open).value(), 1);
        FailedMessageQuery byOrder;
        byOrder.text = QStringLiteral("ORD-1");
        QCOMPARE(store->countFailedMessages(byOrder).value(), 2);
        byOrder.text = QStringLiteral("x' OR '1'='1");  // bound, never pasted
        QCOMPARE(store->countFailedMessages(byOrder).value(), 0);
        FailedMessageQuery page;
        page.afterDeathAt = all->at(2).lastDeathAt;
        page.afterKey = all->at(2).key;
        page.limit = 10;
        auto rest = store->failedMessages(page);
        QCOMPARE(rest->size(), 2);
        QCOMPARE(rest->last().messageId, QStringLiteral("msg-0"));
    }

    void storesTheWorkflowFields_data() { CT_ENGINE_ROWS(); }
    void storesTheWorkflowFields()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        FailedMessage m = makeFailed(7, QStringLiteral("ORD-7"));
        m.state = FailedMessageState::Unconfirmed;
        m.version = 5;
        m.replayCount = 2;
        m.assignee = QStringLiteral("ana");
        m.note = QStringLiteral("waiting for the ERP fix");
        IngestBatch batch;
        batch.failedMessages << m;
        QVERIFY(store->ingest(batch).ok());
        const auto got = storedFailedMessage(*store, m.key);
        QVERIFY(got);
        QCOMPARE(got->state, m.state);
        QCOMPARE(got->version, m.version);
        QCOMPARE(got->replayCount, m.replayCount);
        QCOMPARE(got->assignee, m.assignee);
        QCOMPARE(got->note, m.note);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("unconfirmed")), 1);
    }

    void transitionsAFailedMessage_data() { CT_ENGINE_ROWS(); }
    void transitionsAFailedMessage()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        const QString key = sampleFailedKey();
        const qsizetype audited = auditSize(*store);

        TransitionRequest assign = ask(TransitionAction::Assign, 1);
        assign.assignee = QStringLiteral("ben");
        auto assigned = store->transitionFailedMessage(key, assign);
        QVERIFY2(assigned.ok(), qPrintable(assigned.error().text));
        QCOMPARE(assigned->state, FailedMessageState::Open);
        QCOMPARE(assigned->version, 2);
        QCOMPARE(assigned->assignee, QStringLiteral("ben"));
        auto started = store->transitionFailedMessage(key, ask(TransitionAction::StartReplay, 2));
        QVERIFY2(started.ok(), qPrintable(started.error().text));
        QCOMPARE(started->state, FailedMessageState::Replaying);
        QCOMPARE(started->replayCount, 1);
        auto acked = store->transitionFailedMessage(key, ask(TransitionAction::BrokerAck, 3));
        QVERIFY2(acked.ok(), qPrintable(acked.error().text));
        QCOMPARE(acked->state, FailedMessageState::Replayed);
        QCOMPARE(acked->version, 4);
        QCOMPARE(acked->messageId, QStringLiteral("msg-1"));  // the whole message comes back

        // Persisted: another connection sees the same row.
        auto other = open(fx.url());
        QVERIFY(other);
        const auto row = storedFailedMessage(*other, key);
        QVERIFY(row);
        QCOMPARE(row->state, FailedMessageState::Replayed);
        QCOMPARE(row->version, 4);
        QCOMPARE(row->replayCount, 1);
        QCOMPARE(row->assignee, QStringLiteral("ben"));
        QCOMPARE(row->note, QString());
        QCOMPARE(row->payload, acked->payload);
        QCOMPARE(other->stats()->failedByState.value(QStringLiteral("replayed")), 1);

        // Audited, one entry per transition, in the hash chain.
        auto trail = other->auditTrail();
        QVERIFY(trail.ok());
        QCOMPARE(trail->size(), audited + 3);
        QCOMPARE(trail->at(audited).action, QStringLiteral("dlq.assign"));
        QCOMPARE(trail->at(audited + 1).action, QStringLiteral("dlq.start_replay"));
        const AuditEntry& last = trail->constLast();
        QCOMPARE(last.action, QStringLiteral("dlq.broker_ack"));
        QCOMPARE(last.actor, QStringLiteral("ana"));
        QCOMPARE(last.role, QStringLiteral("operator"));
        QCOMPARE(last.target, key);
        QCOMPARE(last.before, QStringLiteral("replaying"));
        QCOMPARE(last.after, QStringLiteral("replayed"));
        QCOMPARE(last.result, QStringLiteral("ok"));
        QVERIFY2(last.detail.contains(QLatin1String("version 3 -> 4")), qPrintable(last.detail));
        QString prev;
        for (const AuditEntry& a : trail.value()) {
            QCOMPARE(a.prevHash, prev);
            QCOMPARE(a.hash, a.computeHash());
            prev = a.hash;
        }

        // The poison-loop guard quarantines, and says so in the audit trail.
        QVERIFY(store->transitionFailedMessage(key, ask(TransitionAction::VerificationTimeout, 4)).ok());
        for (qint64 v = 5; v < 9; v += 2) {  // two more replays that were not sent: 3 replays in all
            QVERIFY(store->transitionFailedMessage(key, ask(TransitionAction::StartReplay, v)).ok());
            QVERIFY(store->transitionFailedMessage(key, ask(TransitionAction::NotSent, v + 1)).ok());
        }
        auto guarded = store->transitionFailedMessage(key, ask(TransitionAction::StartReplay, 9));
        QVERIFY2(guarded.ok(), qPrintable(guarded.error().text));
        QCOMPARE(guarded->state, FailedMessageState::Quarantined);
        QCOMPARE(guarded->replayCount, 3);
        QCOMPARE(store->auditTrail()->constLast().result, QStringLiteral("quarantined"));
    }

    // A replay window: intents for several messages in one transaction, one of them refused because
    // it changed meanwhile; then their outcomes, again in one. Each is audited with its detail.
    void transitionsSeveralFailedMessagesInOneTransaction_data() { CT_ENGINE_ROWS(); }
    void transitionsSeveralFailedMessagesInOneTransaction()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        const QStringList keys = ingestFailed(*store, 4);
        QCOMPARE(keys.size(), 4);
        QVERIFY(store->transitionFailedMessage(keys[2], ask(TransitionAction::Assign, 1)).ok()); // now version 2
        const qsizetype audited = auditSize(*store);

        QList<KeyedTransition> intents;
        for (const QString& key : keys) {
            KeyedTransition t{key, ask(TransitionAction::StartReplay, 1)};
            t.request.detail = QStringLiteral("to erp.sales-orders, attempt a-") + key;
            intents << t;
        }
        intents << KeyedTransition{QStringLiteral("no-such-key"), ask(TransitionAction::StartReplay, 1)};
        auto started = store->transitionFailedMessages(intents);
        QVERIFY2(started.ok(), qPrintable(started.error().text));
        QCOMPARE(started->size(), 5);
        QVERIFY(started->at(0).ok() && started->at(1).ok() && started->at(3).ok());
        QCOMPARE(started->at(0)->state, FailedMessageState::Replaying);
        QCOMPARE(started->at(2).error().code, StoreError::Code::Conflict);
        QCOMPARE(started->at(4).error().code, StoreError::Code::NotFound);
        QCOMPARE(auditSize(*store), audited + 4);  // three started, one lost race
        QCOMPARE(auditRows(*store)->at(audited + 2).result, QStringLiteral("conflict"));
        QVERIFY(auditRows(*store)->constLast().detail.endsWith(QStringLiteral("attempt a-") + keys[3]));

        QList<KeyedTransition> outcomes{{keys[0], ask(TransitionAction::BrokerAck, 2)},
                                        {keys[1], ask(TransitionAction::NotSent, 2)},
                                        {keys[3], ask(TransitionAction::Indeterminate, 2)}};
        auto settled = store->transitionFailedMessages(outcomes);
        QVERIFY2(settled.ok(), qPrintable(settled.error().text));
        const auto rows = store->failedMessagesByKey({keys[3], keys[0], QStringLiteral("gone"), keys[1], keys[2]});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).key, keys[3]); // in the order asked
        QCOMPARE(rows->at(0).state, FailedMessageState::Replaying);
        QCOMPARE(rows->at(1).state, FailedMessageState::Replayed);
        QCOMPARE(rows->at(2).state, FailedMessageState::Open);
        QCOMPARE(rows->at(2).replayCount, 1);
        QCOMPARE(rows->at(3).state, FailedMessageState::Open);
        QCOMPARE(rows->at(3).version, 2);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("replaying")), 1);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("open")), 2);
    }

    // The same batch answered with positions: each one's state, version and replay count afterwards,
    // a lost race in its place; the rows, the rollup and the trail as for whole messages, the trail's
    // texts kept exactly (quotes, backslashes, line breaks, non-Latin text) and its chain intact.
    void transitionsFailedMessagesAnsweringPositions_data() { CT_ENGINE_ROWS(); }
    void transitionsFailedMessagesAnsweringPositions()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        const QStringList keys = ingestFailed(*store, 3);
        QCOMPARE(keys.size(), 3);
        QVERIFY(store->transitionFailedMessage(keys[1], ask(TransitionAction::Assign, 1)).ok()); // now version 2
        const qsizetype audited = auditSize(*store);
        const QString detail = QStringLiteral("to \"erp\\orders\"\nattempt \u00e9\u4e2d-");

        QList<KeyedTransition> intents;
        for (const QString& key : keys) {
            KeyedTransition t{key, ask(TransitionAction::StartReplay, 1)};
            t.request.detail = detail + key;
            intents << t;
        }
        auto started = store->transitionFailedMessagePositions(intents);
        QVERIFY2(started.ok(), qPrintable(started.error().text));
        QCOMPARE(started->size(), 3);
        QVERIFY(started->at(0).ok() && started->at(2).ok());
        QCOMPARE(started->at(0)->state, FailedMessageState::Replaying);
        QCOMPARE(started->at(0)->version, 2);
        QCOMPARE(started->at(0)->replayCount, 1);
        QCOMPARE(started->at(1).error().code, StoreError::Code::Conflict);

        auto settled = store->transitionFailedMessagePositions(
            {{keys[0], ask(TransitionAction::BrokerAck, 2), {}}, {keys[2], ask(TransitionAction::NotSent, 2), {}}});
        QVERIFY2(settled.ok(), qPrintable(settled.error().text));
        QCOMPARE(settled->at(0)->state, FailedMessageState::Replayed);
        QCOMPARE(settled->at(1)->state, FailedMessageState::Open);
        QCOMPARE(settled->at(1)->version, 3);
        QCOMPARE(settled->at(1)->assignee, QString());

        const auto rows = store->failedMessagesByKey(keys);
        QVERIFY(rows.ok());
        QCOMPARE(rows->at(0).state, FailedMessageState::Replayed);
        QCOMPARE(rows->at(0).version, 3);
        QCOMPARE(rows->at(1).state, FailedMessageState::Open);
        QCOMPARE(rows->at(1).version, 2);
        QCOMPARE(rows->at(2).state, FailedMessageState::Open);
        QCOMPARE(rows->at(2).replayCount, 1);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("replayed")), 1);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("open")), 2);

        const auto trail = auditRows(*store);
        QVERIFY(trail.ok());
        QCOMPARE(trail->size(), audited + 5); // two started, one lost race, two outcomes
        QCOMPARE(trail->at(audited).target, keys[0]);
        QVERIFY(trail->at(audited).detail.endsWith(detail + keys[0]));
        QCOMPARE(trail->at(audited + 1).result, QStringLiteral("conflict"));
        QCOMPARE(trail->at(audited + 3).action, QStringLiteral("dlq.broker_ack"));
        QCOMPARE(trail->at(audited + 4).after, QStringLiteral("open"));
        QVERIFY(verifyAuditChain(store->auditTrail().value()).intact());
    }

    // Positions the caller knows are decided on without reading the rows, and come out as when read;
    // one that is out of date (the row moved on meanwhile) is caught by the write's version check,
    // and the whole batch is decided again from the rows: that one a lost race, the others done.
    // A replay window is one audit entry about each of its messages: one row of the trail, one hash over
    // every message's part, each message's history showing its own part; a part changed behind the
    // store's back breaks the chain there.
    void aWindowIsOneAuditEntryAboutEachOfItsMessages_data() { CT_ENGINE_ROWS(); }
    void aWindowIsOneAuditEntryAboutEachOfItsMessages()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        const QStringList keys = ingestFailed(*store, 3);
        QCOMPARE(keys.size(), 3);
        const qsizetype entries = store->auditTrail()->size();
        QList<KeyedTransition> window;
        for (const QString& key : keys) {
            KeyedTransition t{key, ask(TransitionAction::StartReplay, 1)};
            t.request.detail = QStringLiteral("attempt a-") + key;
            window << t;
        }
        auto started = store->transitionFailedMessagePositions(window);
        QVERIFY2(started.ok(), qPrintable(started.error().text));

        const auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        QCOMPARE(trail->size(), entries + 1);
        const AuditEntry& entry = trail->constLast();
        QCOMPARE(entry.action, QStringLiteral("dlq.start_replay"));
        QCOMPARE(entry.actor, QStringLiteral("ana"));
        QVERIFY(entry.target.isEmpty());
        QCOMPARE(entry.targets.size(), 3);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const AuditTarget& t = entry.targets.at(i);
            QCOMPARE(t.target, keys.at(i));
            QCOMPARE(t.before, QStringLiteral("open"));
            QCOMPARE(t.after, QStringLiteral("replaying"));
            QVERIFY2(t.detail.endsWith(QStringLiteral("; attempt a-") + keys.at(i)), qPrintable(t.detail));
            QVERIFY(t.detail.contains(QStringLiteral("version 1 -> 2")));
        }
        QVERIFY(verifyAuditChain(trail.value()).intact());

        // One message's history: its own part, as an entry of its own with the window's seq and hash.
        const auto history = store->auditEntriesFor(keys[1]);
        QVERIFY2(history.ok(), qPrintable(history.error().text));
        QCOMPARE(history->size(), 1);
        const AuditEntry& part = history->constFirst();
        QCOMPARE(part.seq, entry.seq);
        QCOMPARE(part.hash, entry.hash);
        QCOMPARE(part.target, keys[1]);
        QCOMPARE(part.after, QStringLiteral("replaying"));
        QCOMPARE(part.detail, entry.targets.at(1).detail);
        QVERIFY(part.targets.isEmpty());

        // The parts are append-only, and a changed one is found.
        const QString change = QStringLiteral("UPDATE audit_entry_targets SET detail = 'nothing happened' WHERE target = '%1'")
                                   .arg(keys[2]);
        QVERIFY(!test::execRaw(fx.url(), change).isEmpty());
        const QString lift = fx.isPostgres()
                                 ? QStringLiteral("ALTER TABLE audit_entry_targets DISABLE TRIGGER audit_entry_targets_no_change")
                                 : QStringLiteral("DROP TRIGGER audit_entry_targets_no_update");
        QCOMPARE(test::execRaw(fx.url(), lift), QString());
        QCOMPARE(test::execRaw(fx.url(), change), QString());
        const auto v = verifyAuditChain(store->auditTrail().value());
        QVERIFY(!v.intact());
        QCOMPARE(v.firstBrokenSeq, entry.seq);
        QCOMPARE(v.reason, AuditBreak::HashMismatch);
    }

    // A window's targets go to PostgreSQL in bulk (COPY): whatever text a detail holds reads back as
    // it was written, under a hash that still verifies. Text the store cannot hold (U+0000) is refused
    // with an error and leaves the trail as it was, never stored changed.
    void aWindowsTargetsKeepTheirTextExactly_data() { CT_ENGINE_ROWS(); }
    void aWindowsTargetsKeepTheirTextExactly()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        const QStringList keys = ingestFailed(*store, 4);
        QCOMPARE(keys.size(), 4);
        const QStringList details{QStringLiteral("tab\there, line\nbreak\r and back\\slash \\N"),
                                  QStringLiteral("\"quoted\" caf\u00e9 \u4e2d \U0001F600"),
                                  QString(QChar(0x01)) + QStringLiteral("bell") + QChar(0x1f)};
        QList<KeyedTransition> window;
        for (qsizetype i = 0; i < details.size(); ++i) {
            KeyedTransition t{keys.at(i), ask(TransitionAction::StartReplay, 1)};
            t.request.detail = details.at(i);
            window << t;
        }
        auto started = store->transitionFailedMessagePositions(window);
        QVERIFY2(started.ok(), qPrintable(started.error().text));
        const auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        QVERIFY(verifyAuditChain(trail.value()).intact());
        const AuditEntry& entry = trail->constLast();
        QCOMPARE(entry.targets.size(), details.size());
        for (qsizetype i = 0; i < details.size(); ++i) {
            QVERIFY2(entry.targets.at(i).detail.endsWith(QStringLiteral("; ") + details.at(i)),
                     qPrintable(entry.targets.at(i).detail));
            const auto history = store->auditEntriesFor(keys.at(i));
            QVERIFY(history.ok());
            QCOMPARE(history->constLast().detail, entry.targets.at(i).detail);
        }

        const qsizetype before = trail->size();
        QList<KeyedTransition> withNul;
        for (const QString& key : {keys.at(3), keys.at(0)}) {
            KeyedTransition t{key, ask(TransitionAction::Assign, key == keys.at(3) ? 1 : 2)};
            t.request.assignee = QStringLiteral("bo");
            t.request.detail = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
            withNul << t;
        }
        const auto assigned = store->transitionFailedMessagePositions(withNul);
        const auto after = store->auditTrail();
        QVERIFY(after.ok());
        QVERIFY(verifyAuditChain(after.value()).intact());
        if (assigned.ok()) {
            QCOMPARE(after->size(), before + 1);
            QVERIFY(after->constLast().targets.at(0).detail.endsWith(withNul.at(0).request.detail));
        } else {
            QVERIFY(!assigned.error().text.isEmpty());
            QCOMPARE(after->size(), before);
        }
    }

    void transitionsFromKnownPositions_data() { CT_ENGINE_ROWS(); }
    void transitionsFromKnownPositions()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        const QStringList keys = ingestFailed(*store, 3);
        QCOMPARE(keys.size(), 3);
        QHash<QString, KnownPosition> known;
        const auto read = store->failedMessagesByKey(keys);
        QVERIFY(read.ok());
        for (const FailedMessage& m : read.value())
            known.insert(m.key, KnownPosition::of(m));
        QList<KeyedTransition> intents;
        for (const QString& key : keys)
            intents << KeyedTransition{key, ask(TransitionAction::StartReplay, 1), known.value(key)};
        auto started = store->transitionFailedMessagePositions(intents);
        QVERIFY2(started.ok(), qPrintable(started.error().text));
        for (const auto& position : started.value()) {
            QVERIFY(position.ok());
            QCOMPARE(position->state, FailedMessageState::Replaying);
            QCOMPARE(position->version, 2);
        }
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("replaying")), 3);

        // keys[1] is settled by someone else meanwhile; this caller still knows it as replaying, v2.
        for (qsizetype i = 0; i < keys.size(); ++i) {
            KnownPosition& k = known[keys[i]];
            k.position = started->at(i).value();
        }
        QVERIFY(store->transitionFailedMessage(keys[1], ask(TransitionAction::NotSent, 2)).ok());
        const qsizetype audited = auditSize(*store);
        auto settled = store->transitionFailedMessagePositions({{keys[0], ask(TransitionAction::BrokerAck, 2), known.value(keys[0])},
                                                                {keys[1], ask(TransitionAction::BrokerAck, 2), known.value(keys[1])},
                                                                {keys[2], ask(TransitionAction::BrokerAck, 2), known.value(keys[2])}});
        QVERIFY2(settled.ok(), qPrintable(settled.error().text));
        QCOMPARE(settled->at(0)->state, FailedMessageState::Replayed);
        QCOMPARE(settled->at(1).error().code, StoreError::Code::Conflict);
        QCOMPARE(settled->at(2)->state, FailedMessageState::Replayed);
        const auto rows = store->failedMessagesByKey(keys);
        QCOMPARE(rows->at(0).state, FailedMessageState::Replayed);
        QCOMPARE(rows->at(1).state, FailedMessageState::Open);
        QCOMPARE(rows->at(1).version, 3);
        QCOMPARE(rows->at(2).state, FailedMessageState::Replayed);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("replayed")), 2);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("open")), 1);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("replaying")), 0);
        const auto trail = auditRows(*store);
        QCOMPARE(trail->size(), audited + 3); // written once: the first try rolled back
        QCOMPARE(trail->at(audited + 1).result, QStringLiteral("conflict"));
        QVERIFY(verifyAuditChain(store->auditTrail().value()).intact());
    }

    void losesAVersionRaceWithAConflict_data() { CT_ENGINE_ROWS(); }
    void losesAVersionRaceWithAConflict()
    {
        CT_FIXTURE(fx);
        {
            auto store = open(fx.url());
            QVERIFY(store);
            QVERIFY(store->ingest(sampleBatch()).ok());
        }
        const QString url = fx.url();
        const QString key = sampleFailedKey();
        const QStringList names{QStringLiteral("ana"), QStringLiteral("ben")};
        struct Attempt {
            QString failure;     // set when the attempt could not even be made
            qint64 seenVersion = 0;
            StoreError error;
        };
        Attempt attempts[2];
        std::latch bothRead(2);
        // Two connections, each on its own thread: both read version v, then both write with v.
        const auto attempt = [&](int i) {
            Attempt& a = attempts[i];
            auto store = openStore(url, OpenMode::ReadWrite);
            const auto seen = store ? storedFailedMessage(*store.value(), key) : std::nullopt;
            bothRead.arrive_and_wait();
            if (!store || !seen) {
                a.failure = store ? QStringLiteral("no failed message") : store.error().text;
                return;
            }
            a.seenVersion = seen->version;
            TransitionRequest r = ask(TransitionAction::Assign, seen->version);
            r.actor = names.at(i);
            r.assignee = names.at(i);
            auto done = store.value()->transitionFailedMessage(key, r);
            if (!done)
                a.error = done.error();
        };
        std::thread first(attempt, 0);
        std::thread second(attempt, 1);
        first.join();
        second.join();
        int winner = -1;
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(attempts[i].failure.isEmpty(), qPrintable(attempts[i].failure));
            QCOMPARE(attempts[i].seenVersion, 1);
            if (!attempts[i].error.isError()) {
                QCOMPARE(winner, -1);  // exactly one wins
                winner = i;
            }
        }
        QVERIFY(winner >= 0);
        const StoreError& lost = attempts[1 - winner].error;
        QCOMPARE(lost.code, StoreError::Code::Conflict);
        QVERIFY2(lost.text.contains(key), qPrintable(lost.text));

        auto store = open(url);
        QVERIFY(store);
        const auto row = storedFailedMessage(*store, key);
        QVERIFY(row);
        QCOMPARE(row->version, 2);
        QCOMPARE(row->assignee, names.at(winner));
        // One assignment done, by the winner; the loser's attempt audited as a conflict.
        int assigns = 0, conflicts = 0;
        const auto trail = auditRows(*store);
        QVERIFY(trail.ok());
        for (const AuditEntry& a : trail.value()) {
            if (a.action != QLatin1String("dlq.assign"))
                continue;
            if (a.result == QLatin1String("ok")) {
                ++assigns;
                QCOMPARE(a.actor, names.at(winner));
            } else {
                ++conflicts;
                QCOMPARE(a.result, QStringLiteral("conflict"));
                QCOMPARE(a.actor, names.at(1 - winner));
            }
        }
        QCOMPARE(assigns, 1);
        QCOMPARE(conflicts, 1);
    }

    // A refusal leaves the row untouched and is audited.
    void refusalLeavesTheRowUntouched_data() { CT_ENGINE_ROWS(); }
    void refusalLeavesTheRowUntouched()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        const QString key = sampleFailedKey();
        const auto before = storedFailedMessage(*store, key);
        QVERIFY(before);
        const qsizetype audited = auditSize(*store);
        TransitionRequest noNote = ask(TransitionAction::Resolve, 1);
        noNote.text = QStringLiteral("  ");
        const struct {
            const char* what;
            TransitionRequest request;
            StoreError::Code code;
        } cases[] = {
            {"illegal", ask(TransitionAction::BrokerAck, 1), StoreError::Code::Refused},
            {"viewer", ask(TransitionAction::Assign, 1, ActorRole::Viewer), StoreError::Code::Refused},
            {"operator reopens", ask(TransitionAction::Reopen, 1), StoreError::Code::Refused},
            {"no note", noNote, StoreError::Code::Refused},
            {"stale version", ask(TransitionAction::StartReplay, 0), StoreError::Code::Conflict},
        };
        for (const auto& c : cases) {
            auto refused = store->transitionFailedMessage(key, c.request);
            QVERIFY2(!refused.ok(), c.what);
            QCOMPARE(refused.error().code, c.code);
            QVERIFY2(refused.error().text.contains(key), qPrintable(refused.error().text));
            QVERIFY(!refused.error().text.contains(QLatin1Char('\n')));
        }
        auto unknown = store->transitionFailedMessage(QStringLiteral("no-such-key"), ask(TransitionAction::Assign, 1));
        QCOMPARE(unknown.error().code, StoreError::Code::NotFound);

        const auto after = storedFailedMessage(*store, key);
        QVERIFY(after);
        QCOMPARE(after->state, before->state);
        QCOMPARE(after->version, before->version);
        QCOMPARE(after->replayCount, before->replayCount);
        QCOMPARE(after->assignee, before->assignee);
        QCOMPARE(after->note, before->note);
        // Each refusal is in the audit trail (an unknown key names nothing to audit).
        const auto trail = auditRows(*store);
        QCOMPARE(trail->size(), audited + 5);
        for (qsizetype i = audited; i < audited + 5; ++i) {
            const AuditEntry& e = trail->at(i);
            QCOMPARE(e.target, key);
            QCOMPARE(e.before, e.after);
            QCOMPARE(e.result, i == audited + 4 ? QStringLiteral("conflict") : QStringLiteral("refused"));
        }
        QCOMPARE(trail->at(audited + 1).role, QStringLiteral("viewer"));
        // The connection is still usable after the rollbacks.
        QVERIFY(store->transitionFailedMessage(key, ask(TransitionAction::StartReplay, 1)).ok());
    }

    void aFailureMidTransitionLeavesNothingHalfWritten_data() { CT_ENGINE_ROWS(); }
    void aFailureMidTransitionLeavesNothingHalfWritten()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        const QString key = sampleFailedKey();
        const qsizetype audited = auditSize(*store);
        const auto countsBefore = store->failedMessageCounts();
        QVERIFY(countsBefore.ok());
        // The message row and the rollup of states are written before the audit entry, which fails.
        QCOMPARE(
            refuseInserts(fx, QStringLiteral("audit_entries"), QStringLiteral("NEW.action = 'dlq.resolve'")),
            QString());
        TransitionRequest resolve = ask(TransitionAction::Resolve, 1);
        resolve.text = QStringLiteral("fixed in the ERP");
        auto failed = store->transitionFailedMessage(key, resolve);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, StoreError::Code::QueryFailed);
        QVERIFY2(failed.error().text.contains(QLatin1String("writing the audit trail")),
                 qPrintable(failed.error().text));

        const auto row = storedFailedMessage(*store, key);
        QVERIFY(row);
        QCOMPARE(row->state, FailedMessageState::Open);
        QCOMPARE(row->version, 1);
        QCOMPARE(row->note, QString());
        QCOMPARE(auditSize(*store), audited);
        const auto countsAfter = store->failedMessageCounts();
        QVERIFY(countsAfter.ok());
        QCOMPARE(countsAfter->size(), countsBefore->size());
        for (qsizetype i = 0; i < countsBefore->size(); ++i) {
            QCOMPARE(countsAfter->at(i).state, countsBefore->at(i).state);
            QCOMPARE(countsAfter->at(i).count, countsBefore->at(i).count);
        }

        // The same connection goes on writing once the fault is gone.
        QCOMPARE(allowInserts(fx, QStringLiteral("audit_entries")), QString());
        auto resolved = store->transitionFailedMessage(key, resolve);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().text));
        QCOMPARE(resolved->state, FailedMessageState::Resolved);
        QCOMPARE(resolved->version, 2);
        QCOMPARE(auditSize(*store), audited + 1);
        QCOMPARE(store->stats()->failedByState.value(QStringLiteral("resolved")), 1);
    }

    void aFailureMidIngestLeavesNothingHalfWritten_data() { CT_ENGINE_ROWS(); }
    void aFailureMidIngestLeavesNothingHalfWritten()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        // Events, failed messages and inventory go in before the prices, which fail.
        QCOMPARE(refuseInserts(fx, QStringLiteral("price_positions")), QString());
        auto failed = store->ingest(sampleBatch());
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().text.contains(QLatin1String("refused for the test")),
                 qPrintable(failed.error().text));
        const auto stats = store->stats();
        QVERIFY(stats.ok());
        for (auto it = stats->tables.cbegin(); it != stats->tables.cend(); ++it) {
            if (it.key() != QLatin1String("audit_entries"))
                QVERIFY2(it.value() == 0, qPrintable(it.key()));
        }
        QCOMPARE(store->eventMinutes(Timestamp::fromMicros(0))->size(), 0);
        QCOMPARE(store->failedMessageCounts()->size(), 0);
        QCOMPARE(store->isEmpty().value(), true);

        // The batch again on the same connection: nothing of the failed attempt counts as seen.
        QCOMPARE(allowInserts(fx, QStringLiteral("price_positions")), QString());
        auto stored = store->ingest(sampleBatch());
        QVERIFY2(stored.ok(), qPrintable(stored.error().text));
        QCOMPARE(stored->eventsInserted, 9);
        QCOMPARE(stored->eventsDuplicate, 0);
        QCOMPARE(stored->failedInserted, 1);
        QCOMPARE(stored->pricesUpserted, 1);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("events")), 9);
        const auto minutes = store->eventMinutes(Timestamp::fromMicros(0));
        QVERIFY(minutes.ok());
        qint64 counted = 0;
        for (const EventMinuteRow& m : minutes.value())
            counted += m.events;
        QCOMPARE(counted, 9); // the rollups count the batch once
    }

    void upgradesAVersionOneStore_data() { CT_ENGINE_ROWS(); }
    void upgradesAVersionOneStore()
    {
        CT_FIXTURE(fx);
        {
            auto store = open(fx.url());
            QVERIFY(store);
            QVERIFY(store->ingest(sampleBatch()).ok());
        }
        // Back to the shape migration 1 left.
        QCOMPARE(test::rewindSchema(fx.url(), 1), QString());
        auto readOnly = openStore(fx.url(), OpenMode::ReadOnly);
        QVERIFY(!readOnly.ok());  // read commands never migrate
        auto store = open(fx.url());
        QVERIFY(store);
        QCOMPARE(store->info()->schemaVersion, latestSchemaVersion());
        const auto row = storedFailedMessage(*store, sampleFailedKey());
        QVERIFY(row);
        QCOMPARE(row->replayCount, 0);
        QCOMPARE(row->state, FailedMessageState::Open);
        const AuditEntry last = store->auditTrail()->constLast();
        QCOMPARE(last.action, QStringLiteral("schema.migrated"));
        QCOMPARE(last.before, QString::number(latestSchemaVersion() - 1));
        QCOMPARE(last.after, QString::number(latestSchemaVersion()));
        auto started = store->transitionFailedMessage(sampleFailedKey(), ask(TransitionAction::StartReplay, 1));
        QVERIFY2(started.ok(), qPrintable(started.error().text));
        QCOMPARE(started->replayCount, 1);
    }

    // Keyset paging while failures keep arriving: every row that was there is listed exactly once,
    // in order, whatever arrives between pages (newer ones, and ones tied with the last row shown).
    void pagesFailedMessagesWhileNewOnesArrive_data() { CT_ENGINE_ROWS(); }
    void pagesFailedMessagesWhileNewOnesArrive()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        const Timestamp base = Timestamp::fromMicros(1793577760000000);
        IngestBatch batch;
        QSet<QString> original;
        for (int i = 0; i < 60; ++i) {
            FailedMessage m = makeFailed(i, QStringLiteral("ORD-%1").arg(i));
            m.lastDeathAt = base.plusSeconds(i / 3);  // ties in threes
            batch.failedMessages << m;
            original.insert(m.key);
        }
        QVERIFY(store->ingest(batch).ok());
        FailedMessageQuery q;
        q.limit = 7;
        QList<FailedMessage> seen;
        int arriving = 1000;
        for (int pageNo = 0; pageNo < 40; ++pageNo) {
            auto page = store->failedMessages(q);
            QVERIFY2(page.ok(), qPrintable(page.error().text));
            if (page->isEmpty())
                break;
            seen += page.value();
            q.afterDeathAt = page->constLast().lastDeathAt;
            q.afterKey = page->constLast().key;
            IngestBatch more;
            for (int k = 0; k < 2; ++k) {
                FailedMessage newer = makeFailed(arriving++, QStringLiteral("NEW"));
                newer.lastDeathAt = base.plusSeconds(100 + pageNo);
                FailedMessage tied = makeFailed(arriving++, QStringLiteral("TIED"));
                tied.lastDeathAt = q.afterDeathAt;
                more.failedMessages << newer << tied;
            }
            QVERIFY(store->ingest(more).ok());
        }
        QSet<QString> keys;
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QVERIFY2(!keys.contains(seen[i].key), "a row was listed twice");
            keys.insert(seen[i].key);
            QVERIFY2(seen[i].correlationId != QLatin1String("NEW"), "a row newer than the first page appeared");
            if (i > 0) {
                const bool ordered = seen[i - 1].lastDeathAt > seen[i].lastDeathAt
                    || (seen[i - 1].lastDeathAt == seen[i].lastDeathAt && seen[i - 1].key < seen[i].key);
                QVERIFY2(ordered, "rows out of order");
            }
        }
        for (const QString& key : std::as_const(original))
            QVERIFY2(keys.contains(key), "a row that was there was skipped");
    }

    // The same for events, filtered, while events keep arriving (some tied with the last row shown).
    void pagesEventsWhileNewOnesArrive_data() { CT_ENGINE_ROWS(); }
    void pagesEventsWhileNewOnesArrive()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        IngestBatch batch;
        QSet<QString> original;
        for (int i = 0; i < 80; ++i) {
            Event e = makeEvent(i, QStringLiteral("ORD-%1").arg(i));
            e.occurredAt = Timestamp::fromMicros(1793577600000000 + qint64(i / 4) * 1'000'000);  // ties in fours
            batch.events << e;
            if (e.source == QLatin1String("erp"))
                original.insert(e.key);
        }
        QVERIFY(store->ingest(batch).ok());
        EventQuery q;
        q.source = QStringLiteral("erp");
        q.limit = 6;
        QList<Event> seen;
        for (int pageNo = 0, arriving = 1000; pageNo < 40; ++pageNo) {
            auto page = store->events(q);
            QVERIFY2(page.ok(), qPrintable(page.error().text));
            if (page->isEmpty())
                break;
            seen += page.value();
            q.afterOccurredAt = page->constLast().occurredAt;
            q.afterKey = page->constLast().key;
            IngestBatch more;
            Event newer = makeEvent(arriving++, QStringLiteral("NEW"));
            newer.source = QStringLiteral("erp");
            newer.occurredAt = Timestamp::fromMicros(1793577600000000 + 3600'000'000LL);
            Event tied = makeEvent(arriving++, QStringLiteral("TIED"));
            tied.source = QStringLiteral("erp");
            tied.occurredAt = q.afterOccurredAt;
            more.events << newer << tied;
            QVERIFY(store->ingest(more).ok());
        }
        QSet<QString> keys;
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QVERIFY2(!keys.contains(seen[i].key), "an event was listed twice");
            keys.insert(seen[i].key);
            QCOMPARE(seen[i].source, QStringLiteral("erp"));
            QVERIFY2(seen[i].correlationId != QLatin1String("NEW"), "an event newer than the first page appeared");
            if (i > 0)
                QVERIFY(seen[i - 1].occurredAt > seen[i].occurredAt
                        || (seen[i - 1].occurredAt == seen[i].occurredAt && seen[i - 1].key < seen[i].key));
        }
        for (const QString& key : std::as_const(original))
            QVERIFY2(keys.contains(key), "an event that was there was skipped");
    }

    // A page is a range of an index, never a sort of the table (SQLite's plan of the lists' queries).
    void listsReadAnIndexNotASort()
    {
        test::StoreFixture fx(QStringLiteral("sqlite"));
        QVERIFY(open(fx.url()));
        const QString name = QStringLiteral("plan");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(fx.sqlitePath());
            QVERIFY(db.open());
            const QString after = QStringLiteral(" AND (%1 < 5 OR (%1 = 5 AND key > 'k')) ORDER BY %1 DESC, key LIMIT 50");
            const QString death = after.arg(QStringLiteral("last_death_at"));
            // A list of one state leads with the positions; of all states or one signature, with the records.
            const QList<std::pair<QString, QString>> queries{
                {QStringLiteral("SELECT * FROM events WHERE 1") + after.arg(QStringLiteral("occurred_at")),
                 QStringLiteral("events_recent")},
                {QStringLiteral("SELECT * FROM events WHERE source = 'erp'") + after.arg(QStringLiteral("occurred_at")),
                 QStringLiteral("_recent")},
                {QStringLiteral("SELECT * FROM failed_messages_by_record WHERE 1") + death,
                 QStringLiteral("failed_message_records_recent")},
                {QStringLiteral("SELECT * FROM failed_messages WHERE state = 'open'") + death,
                 QStringLiteral("failed_message_positions_state_recent")},
                {QStringLiteral("SELECT * FROM failed_messages_by_record WHERE failure_signature = 's'") + death,
                 QStringLiteral("failed_message_records_signature")},
                {QStringLiteral("SELECT * FROM failed_messages_by_record WHERE state = 'open' AND failure_signature = 's'")
                     + death,
                 QStringLiteral("failed_message_records_signature")},
            };
            for (const auto& [sql, index] : queries) {
                const QString text = sqlitePlan(db, sql);
                QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(sql + QStringLiteral(": ") + text));
                QVERIFY2(text.contains(index), qPrintable(sql + QStringLiteral(": ") + text));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    void sumsPostingsByDay_data() { CT_ENGINE_ROWS(); }
    void sumsPostingsByDay()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        IngestBatch batch = sampleBatch();  // erp-post at even i (failed when i % 3 == 0), pick at odd i
        Event waiting = makeEvent(11, QStringLiteral("ORD-3"));  // picked, never posted
        batch.events << waiting;
        QVERIFY(store->ingest(batch).ok());
        const QList<PostingStage> stages{{QStringLiteral("order-to-cash"), QStringLiteral("erp-post"),
                                          QStringLiteral("pick"), QStringLiteral("order")}};
        auto days = store->postingSummary(stages);
        QVERIFY2(days.ok(), qPrintable(days.error().text));
        qint64 posted = 0, postedMinor = 0, rejected = 0, awaiting = 0;
        for (const PostingDay& d : days.value()) {
            QCOMPARE(d.kind, QStringLiteral("order"));
            QCOMPARE(d.day, Timestamp::fromMicros(1793577600000000).epochDay());
            posted += d.postedCount;
            postedMinor += d.postedMinor;
            rejected += d.rejectedCount;
            awaiting += d.awaitingCount;
        }
        QCOMPARE(posted, 3);  // i = 2, 4, 8
        QCOMPARE(postedMinor, 3 * 129999 + 2 + 4 + 8);
        QCOMPARE(rejected, 2);  // i = 0, 6
        QCOMPARE(awaiting, 1);  // ORD-3
    }

    void measuresStageLatencies_data() { CT_ENGINE_ROWS(); }
    void measuresStageLatencies()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        // pick (odd i) to erp-post (even i, ok unless i % 3 == 0) within each order: i is 1.000001 s apart.
        auto samples = store->stageLatencies(QStringLiteral("order-to-cash"), QStringLiteral("pick"),
                                             QStringLiteral("erp-post"), Timestamp::fromSeconds(0));
        QVERIFY2(samples.ok(), qPrintable(samples.error().text));
        // ORD-1: picks 1,3,5 x posted 2,4 = 6 pairs; ORD-2: pick 7 x posted 8 = 1 pair.
        QCOMPARE(samples->size(), 7);
        auto later = store->stageLatencies(QStringLiteral("order-to-cash"), QStringLiteral("pick"),
                                           QStringLiteral("erp-post"), Timestamp::fromMicros(1793577600000000 + 7'000'007));
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().seconds, 1.000001);
    }

    void countsRatesAndOpenTransactions_data() { CT_ENGINE_ROWS(); }
    void countsRatesAndOpenTransactions()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->newestEventTime()->isNull());
        QVERIFY(store->ingest(sampleBatch()).ok());  // events 0..8, 1.000001 s apart, erp and wms.dc-east
        QCOMPARE(store->newestEventTime().value(), Timestamp::fromMicros(1793577600000000 + 8 * 1'000'001));
        auto rates = store->eventRates(Timestamp::fromMicros(1793577600000000 + 3'000'003));
        QVERIFY2(rates.ok(), qPrintable(rates.error().text));
        qint64 total = 0;
        for (const EventRate& r : rates.value()) {
            QCOMPARE(r.minute, qint64(1793577600) / 60);
            total += r.count;
        }
        QCOMPARE(rates->size(), 2);  // two sources in one minute
        QCOMPARE(total, 6);          // events 3..8
        // Every order has a pick; ORD-1 and ORD-2 have erp-post events too, so none is open.
        const auto since = Timestamp::fromSeconds(0);
        QCOMPARE(store->countOpenTransactions(QStringLiteral("order-to-cash"), QStringLiteral("pick"),
                                              QStringLiteral("erp-post"), since).value(), 0);
        QCOMPARE(store->countOpenTransactions(QStringLiteral("order-to-cash"), QStringLiteral("pick"),
                                              QStringLiteral("deliver"), since).value(), 4);  // picks 1,3,5,7
    }

    void countsContent_data() { CT_ENGINE_ROWS(); }
    void countsContent()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        auto stats = store->stats();
        QVERIFY2(stats.ok(), qPrintable(stats.error().text));
        QCOMPARE(stats->tables.value(QStringLiteral("events")), 9);
        QCOMPARE(stats->tables.value(QStringLiteral("failed_messages")), 1);
        QCOMPARE(stats->tables.value(QStringLiteral("price_positions")), 1);
        QCOMPARE(stats->eventsByFlow.value(QStringLiteral("order-to-cash")), 9);
        QCOMPARE(stats->eventsByStatus.value(QStringLiteral("failed")), 3);
        QCOMPARE(stats->eventsByStatus.value(QStringLiteral("ok")), 6);
        QCOMPARE(stats->failedByErrorClass.value(QStringLiteral("business_rule")), 1);
        QCOMPARE(stats->failedByState.value(QStringLiteral("open")), 1);
        QCOMPARE(stats->faultsByClass.value(QStringLiteral("business_rule")), 1);
        const QJsonObject json = stats->toJson();
        for (const char* key : {"tables", "events_by_flow", "events_by_status", "failed_by_error_class", "faults_by_class"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
    }

    void keepsAnAppendOnlyHashChain_data() { CT_ENGINE_ROWS(); }
    void keepsAnAppendOnlyHashChain()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        AuditEntry entry;
        entry.actor = QStringLiteral("ana");
        entry.role = QStringLiteral("operator");
        entry.action = QStringLiteral("dlq.resolve");
        entry.target = QStringLiteral("msg-1");
        entry.result = QStringLiteral("ok");
        entry.detail = QStringLiteral("fixed in ERP; note with 'quotes' and ; semicolons");
        auto written = store->appendAudit(entry);
        QVERIFY2(written.ok(), qPrintable(written.error().text));
        auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        QString prev;
        for (const AuditEntry& a : trail.value()) {
            QCOMPARE(a.prevHash, prev);
            QCOMPARE(a.hash, a.computeHash());
            prev = a.hash;
        }
        QCOMPARE(trail->constLast().detail, entry.detail);
        QVERIFY(!ct::test::execRaw(fx.url(), QStringLiteral("UPDATE audit_entries SET actor = 'mallory'")).isEmpty());
        QVERIFY(!ct::test::execRaw(fx.url(), QStringLiteral("DELETE FROM audit_entries")).isEmpty());
        QCOMPARE(store->auditTrail()->size(), trail->size());
    }

    void clearsTelemetryButKeepsTheAuditTrail_data() { CT_ENGINE_ROWS(); }
    void clearsTelemetryButKeepsTheAuditTrail()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        const auto before = store->auditTrail()->size();
        auto cleared = store->clearTelemetry();
        QVERIFY2(cleared.ok(), qPrintable(cleared.error().text));
        QCOMPARE(store->isEmpty().value(), true);
        QCOMPARE(store->auditTrail()->size(), before);
        QVERIFY(store->ingest(sampleBatch()).ok());  // and the same ids are welcome again
        QCOMPARE(store->stats()->tables.value(QStringLiteral("events")), 9);
    }

    void refusesANewerSchemaUntouched_data() { CT_ENGINE_ROWS(); }
    void refusesANewerSchemaUntouched()
    {
        CT_FIXTURE(fx);
        QVERIFY(open(fx.url()));
        QCOMPARE(ct::test::execRaw(fx.url(), QStringLiteral("INSERT INTO schema_version (version, product, description, "
                                                             "applied_at) VALUES (99, 'controltower', 'future', 0)")),
                 QString());
        const QByteArray digest = fx.isPostgres() ? QByteArray() : fileDigest(fx.sqlitePath());
        for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            auto s = openStore(fx.url(), mode);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, StoreError::Code::TooNew);
            QVERIFY(s.error().text.contains(QStringLiteral("99")));
        }
        QCOMPARE(ct::test::queryRaw(fx.url(), QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 99);
        if (!fx.isPostgres())
            QCOMPARE(fileDigest(fx.sqlitePath()), digest);
    }

    void refusesAForeignDatabaseUntouched_data() { CT_ENGINE_ROWS(); }
    void refusesAForeignDatabaseUntouched()
    {
        CT_FIXTURE(fx);
        if (fx.isPostgres()) {
            QCOMPARE(ct::test::execRaw(fx.url(), QStringLiteral("CREATE SCHEMA ctower")), QString());
            QCOMPARE(ct::test::execRaw(fx.url(), QStringLiteral("CREATE TABLE ctower.orders (id int)")), QString());
        } else {
            QCOMPARE(ct::test::execRaw(fx.sqlitePath(), QStringLiteral("CREATE TABLE orders (id int)")), QString());
        }
        const QByteArray digest = fx.isPostgres() ? QByteArray() : fileDigest(fx.sqlitePath());
        for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            auto s = openStore(fx.url(), mode);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, StoreError::Code::NotOurs);
            QVERIFY(!s.error().text.contains(QLatin1Char('\n')));
        }
        if (fx.isPostgres())
            QVERIFY(!ct::test::execRaw(fx.url(), QStringLiteral("SELECT 1 FROM ctower.schema_version")).isEmpty());
        else
            QCOMPARE(fileDigest(fx.sqlitePath()), digest);
    }

    void readOnlyOpenCreatesNothing_data() { CT_ENGINE_ROWS(); }
    void readOnlyOpenCreatesNothing()
    {
        CT_FIXTURE(fx);
        auto s = openStore(fx.url(), OpenMode::ReadOnly);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, StoreError::Code::NotFound);
        if (fx.isPostgres())
            QCOMPARE(ct::test::queryRaw(fx.url(), QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'ctower'"))
                         .toInt(),
                     0);
        else
            QVERIFY(!QFile::exists(fx.sqlitePath()));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
