// The business key rules against the simulated estate: every document number the estate's systems
// quote is found, and no personal data is.
#include "businesskeyrules.h"
#include "simulatedrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ct;

class TestSimulatorKeys : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyOrderIsFoundByItsNumber()
    {
        const test::SimulatedRun run = test::simulate(test::smallConfig());
        BusinessKeyExtractor extractor;
        QSet<QString> orders, keyedOrders, customers, pii;
        QHash<QString, QSet<QString>> keysOf;  // correlation id -> keys
        for (const Event& e : run.events) {
            const QList<BusinessKey> keys = extractor.extract(e);
            for (const BusinessKey& k : keys)
                keysOf[e.correlationId].insert(k.key);
            if (!isJsonPayload(e.contentType, e.payload))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(e.payload).object();
            if (o.contains(QLatin1String("order_id")))
                orders.insert(o.value(QLatin1String("order_id")).toString());
            for (const char* field : {"customer_email", "customer_phone", "email", "phone"}) {
                if (o.contains(QLatin1String(field)))
                    pii.insert(o.value(QLatin1String(field)).toString());
            }
            for (const BusinessKey& k : keys) {
                if (k.kind == QLatin1String("order"))
                    keyedOrders.insert(k.key);
                if (k.kind == QLatin1String("customer"))
                    customers.insert(k.key);
            }
        }
        QVERIFY(orders.size() > 100);
        // Every order number is an order key (a return's original receipt is one too).
        QVERIFY(keyedOrders.contains(orders));
        QVERIFY(!customers.isEmpty());
        // An order's number is a key of its own transaction.
        for (const QString& order : std::as_const(orders))
            QVERIFY2(keysOf.value(order).contains(order), qPrintable(order));
        // Every event's SKU and node are keys of its transaction, protobuf payloads included.
        for (const Event& e : run.events) {
            if (!e.sku.isEmpty())
                QVERIFY2(keysOf.value(e.correlationId).contains(e.sku), qPrintable(e.id));
            if (!e.node.isEmpty())
                QVERIFY2(keysOf.value(e.correlationId).contains(e.node), qPrintable(e.id));
        }
        QVERIFY(!pii.isEmpty());
        for (const QSet<QString>& keys : std::as_const(keysOf))
            QVERIFY(!keys.intersects(pii));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorKeys)
#include "tst_simulator_keys.moc"
