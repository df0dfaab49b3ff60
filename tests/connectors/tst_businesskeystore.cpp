// Business keys in the store, on both engines: written with the events in one transaction, found by
// key and by prefix, and the lineage search falling back to them.
#include "lineagelookup.h"
#include "store/storefactory.h"
#include "storefixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ct;

namespace {

// An order's hop: its number, one line's SKU and the node in a JSON payload; a customer's PII beside them.
Event orderEvent(int i, const QString& order, const QString& sku, const QString& node)
{
    Event e;
    e.id = QStringLiteral("evt-%1").arg(i);
    e.source = QStringLiteral("oms");
    e.correlationId = order;
    e.flow = QStringLiteral("order-to-cash");
    e.stage = QStringLiteral("allocate");
    e.type = QStringLiteral("oms.order.allocated");
    e.status = i % 5 == 4 ? EventStatus::Failed : EventStatus::Ok;
    e.occurredAt = Timestamp::fromMicros(1793577600000000 + qint64(i) * 1'000'000);
    e.recordedAt = e.occurredAt;
    e.contentType = QStringLiteral("application/json");
    e.payload = QStringLiteral(R"({"order_id":"%1","customer_id":"CUST-%2","customer_email":"c%2@example.com",)"
                               R"("lines":[{"sku":"%3","quantity":1}],"node":"%4"})")
                    .arg(order, QString::number(i % 3), sku, node)
                    .toUtf8();
    return e;
}

// ORD-1 and ORD-2 sell SKU-1 at ST-014; ORD-3 sells SKU-1 at ST-002; ORD-4 sells SKU-2 at ST-014.
IngestBatch sampleBatch()
{
    IngestBatch b;
    const struct {
        const char *order, *sku, *node;
    } rows[] = {{"ORD-1", "SKU-1", "ST-014"}, {"ORD-2", "SKU-1", "ST-014"}, {"ORD-3", "SKU-1", "ST-002"},
                {"ORD-4", "SKU-2", "ST-014"}, {"ORD-1", "SKU-1", "ST-014"}};
    int i = 0;
    for (const auto& r : rows) {
        b.events << orderEvent(i, QLatin1String(r.order), QLatin1String(r.sku), QLatin1String(r.node));
        ++i;
    }
    return b;
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

QStringList idsOf(const QList<KeyedTransaction>& found)
{
    QStringList ids;
    for (const KeyedTransaction& t : found)
        ids << t.correlationId;
    return ids;
}

} // namespace

class TestBusinessKeyStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsTransactionsByKeys_data() { CT_ENGINE_ROWS(); }
    void findsTransactionsByKeys()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());

        auto one = store->transactionsByKey({QStringLiteral("ORD-3")}, 10);
        QVERIFY2(one.ok(), qPrintable(one.error().text));
        QCOMPARE(idsOf(one.value()), QStringList{QStringLiteral("ORD-3")});
        QCOMPARE(one->constFirst().flow, QStringLiteral("order-to-cash"));
        QCOMPARE(one->constFirst().firstAt, Timestamp::fromMicros(1793577602000000));

        // Newest first; both keys needed.
        auto both = store->transactionsByKey({QStringLiteral("SKU-1"), QStringLiteral("ST-014")}, 10);
        QVERIFY2(both.ok(), qPrintable(both.error().text));
        QCOMPARE(idsOf(both.value()), (QStringList{QStringLiteral("ORD-2"), QStringLiteral("ORD-1")}));
        const KeyedTransaction& first = both->constLast();
        QCOMPARE(first.firstAt, Timestamp::fromMicros(1793577600000000));
        QCOMPARE(first.lastAt, Timestamp::fromMicros(1793577604000000));
        QVERIFY(first.failed);  // its event 4 failed
        QVERIFY(!both->constFirst().failed);
        auto limited = store->transactionsByKey({QStringLiteral("ST-014")}, 2);
        QVERIFY(limited.ok());
        QCOMPARE(idsOf(limited.value()), (QStringList{QStringLiteral("ORD-4"), QStringLiteral("ORD-2")}));
        auto none = store->transactionsByKey({QStringLiteral("SKU-2"), QStringLiteral("ST-002")}, 10);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());

        // Personal data is never a key.
        auto email = store->transactionsByKey({QStringLiteral("c0@example.com")}, 10);
        QVERIFY(email.ok());
        QVERIFY(email->isEmpty());
        auto customer = store->transactionsByKey({QStringLiteral("CUST-0")}, 10);
        QVERIFY(customer.ok());
        QCOMPARE(idsOf(customer.value()), (QStringList{QStringLiteral("ORD-4"), QStringLiteral("ORD-1")}));
        auto kinds = store->keyKinds({QStringLiteral("SKU-1"), QStringLiteral("ORD-1"), QStringLiteral("nope")});
        QVERIFY(kinds.ok());
        QCOMPARE(kinds->size(), 2);
        QCOMPARE(kinds->at(0).kind, QStringLiteral("sku"));
        QCOMPARE(kinds->at(1).kind, QStringLiteral("order"));
    }

    void duplicatesAddNothing_data() { CT_ENGINE_ROWS(); }
    void duplicatesAddNothing()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        const QString count = QStringLiteral("SELECT count(*) || ':' || min(first_at) FROM business_keys");
        const QString before = test::queryRaw(fx.url(), count).toString();
        QVERIFY(!before.isEmpty());
        auto again = store->ingest(sampleBatch());
        QVERIFY(again.ok());
        QCOMPARE(again->eventsInserted, 0);
        QCOMPARE(test::queryRaw(fx.url(), count).toString(), before);
        QVERIFY(store->clearTelemetry().ok());
        QCOMPARE(test::queryRaw(fx.url(), QStringLiteral("SELECT count(*) FROM business_keys")).toLongLong(), 0);
    }

    void completesPrefixes_data() { CT_ENGINE_ROWS(); }
    void completesPrefixes()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        auto st = store->keyCompletions(QStringLiteral("ST-"), 10);
        QVERIFY2(st.ok(), qPrintable(st.error().text));
        QCOMPARE(st->size(), 2);
        QCOMPARE(st->at(0).key, QStringLiteral("ST-002"));
        QCOMPARE(st->at(1).key, QStringLiteral("ST-014"));
        auto ord = store->keyCompletions(QStringLiteral("ORD-"), 3);
        QVERIFY(ord.ok());
        QCOMPARE(ord->size(), 3);
        QCOMPARE(ord->at(2).key, QStringLiteral("ORD-3"));
        QCOMPARE(ord->at(2).kind, QStringLiteral("order"));
        auto nothing = store->keyCompletions(QStringLiteral("ZZZ"), 10);
        QVERIFY(nothing.ok());
        QVERIFY(nothing->isEmpty());
        auto exact = store->keyCompletions(QStringLiteral("SKU-2"), 10);
        QVERIFY(exact.ok());
        QCOMPARE(exact->size(), 1);
    }

    void lineageFallsBackToBusinessKeys_data() { CT_ENGINE_ROWS(); }
    void lineageFallsBackToBusinessKeys()
    {
        CT_FIXTURE(fx);
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        auto one = lookUpLineage(*store, *store, *store, QStringLiteral("SKU-1 ST-002"));
        QVERIFY2(one.ok(), qPrintable(one.error().text));
        QCOMPARE(one->match, LineageMatch::BusinessKey);
        QCOMPARE(one->correlationId, QStringLiteral("ORD-3"));
        QCOMPARE(one->events.size(), 1);
        auto several = lookUpLineage(*store, *store, *store, QStringLiteral("ST-014"));
        QVERIFY(several.ok());
        QVERIFY(!several->found());
        QCOMPARE(several->match, LineageMatch::BusinessKey);
        QCOMPARE(idsOf(several->candidates),
                 (QStringList{QStringLiteral("ORD-4"), QStringLiteral("ORD-2"), QStringLiteral("ORD-1")}));
        auto none = lookUpLineage(*store, *store, *store, QStringLiteral("SKU-404"));
        QVERIFY(none.ok());
        QCOMPARE(none->match, LineageMatch::None);
        QVERIFY(none->candidates.isEmpty());
    }

    void migratesAnOlderStore_data() { CT_ENGINE_ROWS(); }
    void migratesAnOlderStore()
    {
        CT_FIXTURE(fx);
        QVERIFY(open(fx.url()));
        QCOMPARE(test::rewindSchema(fx.url(), 5), QString());
        auto store = open(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(sampleBatch()).ok());
        auto found = store->transactionsByKey({QStringLiteral("ORD-4")}, 10);
        QVERIFY2(found.ok(), qPrintable(found.error().text));
        QCOMPARE(found->size(), 1);
    }

    // Exact keys and prefixes are ranges of the primary key, never a scan or a sort.
    void prefixLookupReadsAnIndex()
    {
        test::StoreFixture fx(QStringLiteral("sqlite"));
        QVERIFY(open(fx.url()));
        const QString name = QStringLiteral("plan");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(fx.sqlitePath());
            QVERIFY(db.open());
            for (const QString& sql : {QStringLiteral("SELECT min(key) FROM business_keys WHERE key >= 'ST-' AND key < 'ST.'"),
                                       QStringLiteral("SELECT correlation_id FROM business_keys WHERE key IN ('A', 'B')"),
                                       QStringLiteral("SELECT min(b.key) FROM business_keys b WHERE b.key > 'ST-0' AND b.key < 'ST.'")}) {
                QSqlQuery plan(db);
                QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
                QStringList steps;
                while (plan.next())
                    steps << plan.value(3).toString();
                const QString text = steps.join(QStringLiteral(" | "));
                QVERIFY2(text.contains(QStringLiteral("SEARCH")) && text.contains(QStringLiteral("PRIMARY KEY (key")),
                         qPrintable(sql + QStringLiteral(": ") + text));
                QVERIFY2(!text.contains(QStringLiteral("SCAN")) && !text.contains(QStringLiteral("TEMP B-TREE")),
                         qPrintable(sql + QStringLiteral(": ") + text));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestBusinessKeyStore)
#include "tst_businesskeystore.moc"
