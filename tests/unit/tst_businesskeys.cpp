// The business key rules (resources/keys/businesskeys.json) and what they extract from one event.
// JSON pointers with "*" are written "\u002a" in the raw strings below: "/*" would open a comment to moc.
#include "businesskeyrules.h"
#include "event.h"
#include "piifields.h"

#include <QTest>

using namespace ct;

namespace {

const QSet<QString> kPii{QStringLiteral("customer_email"), QStringLiteral("ship_to"), QStringLiteral("name")};

BusinessKeyRules rulesFrom(const char* json)
{
    QString error;
    auto rules = BusinessKeyRules::fromJson(QByteArray(json), kPii, &error);
    if (!rules)
        qWarning("%s", qPrintable(error));
    return rules.value_or(BusinessKeyRules());
}

Event jsonEvent(const char* type, const char* payload)
{
    Event e;
    e.correlationId = QStringLiteral("ORD-1");
    e.type = QLatin1String(type);
    e.contentType = QStringLiteral("application/json; charset=utf-8");
    e.payload = QByteArray(payload);
    return e;
}

QStringList keysOf(const QList<BusinessKey>& keys)
{
    QStringList out;
    for (const BusinessKey& k : keys)
        out << k.kind + QLatin1Char(':') + k.key;
    return out;
}

} // namespace

class TestBusinessKeys : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typePatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << QStringLiteral("erp.sales_order.posted") << QStringLiteral("erp.sales_order.posted") << true;
        QTest::newRow("exact, other") << QStringLiteral("erp.sales_order.posted") << QStringLiteral("erp.sales_order.rejected") << false;
        QTest::newRow("all") << QStringLiteral("*") << QStringLiteral("pos.sale.completed") << true;
        QTest::newRow("system") << QStringLiteral("erp.*") << QStringLiteral("erp.settlement.posted") << true;
        QTest::newRow("system, other") << QStringLiteral("erp.*") << QStringLiteral("erpx.settlement.posted") << false;
        QTest::newRow("prefix only") << QStringLiteral("erp.*") << QStringLiteral("erp") << false;
        QTest::newRow("middle") << QStringLiteral("*.return.*") << QStringLiteral("wms.return.received") << true;
        QTest::newRow("middle, other") << QStringLiteral("*.return.*") << QStringLiteral("wms.returns.received") << false;
        QTest::newRow("suffix") << QStringLiteral("*.posted") << QStringLiteral("erp.credit_memo.posted") << true;
        QTest::newRow("two stars, backtracking") << QStringLiteral("*a*b") << QStringLiteral("xaxxab") << true;
        QTest::newRow("empty type") << QStringLiteral("*") << QStringLiteral("") << true;
    }
    void typePatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, type);
        QFETCH(bool, matches);
        QCOMPARE(BusinessKeyRules::typeMatches(pattern, type), matches);
    }

    void pointersReachEveryArrayElement()
    {
        const BusinessKeyRules rules = rulesFrom(R"({"rules": [
            {"types": ["*"], "keys": [{"kind": "order", "pointer": "/order_id"},
                                      {"kind": "sku", "pointer": "/lines/\u002a/sku"},
                                      {"kind": "sku", "pointer": "/pick/0/sku"},
                                      {"kind": "customer", "pointer": "/a~1b/c~0d"}]}]})");
        QVERIFY(!rules.isEmpty());
        BusinessKeyExtractor extractor(rules);
        const Event e = jsonEvent("oms.order.created", R"({"order_id": "ORD-1",
            "lines": [{"sku": "SKU-1"}, {"sku": "SKU-2"}, {"qty": 1}, {"sku": "SKU-1"}, {"sku": 42}, {"sku": {"x": 1}}],
            "pick": [{"sku": "SKU-9"}, {"sku": "SKU-10"}], "a/b": {"c~d": "C-7"}})");
        QCOMPARE(keysOf(extractor.extract(e)), (QStringList{QStringLiteral("order:ORD-1"), QStringLiteral("sku:SKU-1"),
                                                            QStringLiteral("sku:SKU-2"), QStringLiteral("sku:42"),
                                                            QStringLiteral("sku:SKU-9"), QStringLiteral("customer:C-7")}));
    }

    void rulesApplyByType()
    {
        const BusinessKeyRules rules = rulesFrom(R"({"rules": [
            {"types": ["carrier.*"], "keys": [{"kind": "shipment", "pointer": "/tracking_number"}]},
            {"types": ["erp.settlement.posted", "payments.*"], "keys": [{"kind": "payment", "pointer": "/payment_id"}]}]})");
        BusinessKeyExtractor extractor(rules);
        const char* payload = R"({"tracking_number": "1Z99", "payment_id": "PAY-1"})";
        QCOMPARE(keysOf(extractor.extract(jsonEvent("carrier.shipment.dispatched", payload))),
                 QStringList{QStringLiteral("shipment:1Z99")});
        QCOMPARE(keysOf(extractor.extract(jsonEvent("payments.payment.authorized", payload))),
                 QStringList{QStringLiteral("payment:PAY-1")});
        QCOMPARE(keysOf(extractor.extract(jsonEvent("oms.order.created", payload))), QStringList());
    }

    void theEventsOwnFieldsCountWhateverThePayload()
    {
        BusinessKeyExtractor extractor(rulesFrom(R"({"rules": [{"types": ["*"], "keys": [{"kind": "order", "pointer": "/order_id"}]}]})"));
        Event e = jsonEvent("pos.sale.completed", "\x0a\x05ORD-9");
        e.contentType = QStringLiteral("application/x-protobuf; messageType=controltower.v1.SaleCompleted");
        e.sku = QStringLiteral("SKU-7");
        e.node = QStringLiteral("ST-014");
        QCOMPARE(keysOf(extractor.extract(e)), (QStringList{QStringLiteral("sku:SKU-7"), QStringLiteral("node:ST-014")}));
        e.contentType = QStringLiteral("application/json");
        e.payload = "{\"order_id\": \"ORD-9\"";  // truncated: no keys from it, and no harm
        QCOMPARE(extractor.extract(e).size(), 2);
        e.payload = "[\"ORD-9\"]";
        QCOMPARE(extractor.extract(e).size(), 2);
        e.payload = QByteArray("{\"order_id\": \"") + QByteArray(BusinessKeyExtractor::kMaxKeyLength + 1, 'x') + "\"}";
        QCOMPARE(extractor.extract(e).size(), 2);
    }

    void refusesMalformedRules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("PII field") << QByteArray(R"({"rules": [{"types": ["*"], "keys": [{"kind": "customer", "pointer": "/customer_email"}]}]})")
                                   << QStringLiteral("personal data");
        QTest::newRow("PII on the path") << QByteArray(R"({"rules": [{"types": ["*"], "keys": [{"kind": "store", "pointer": "/ship_to/city"}]}]})")
                                         << QStringLiteral("ship_to");
        QTest::newRow("PII in an array") << QByteArray(R"({"rules": [{"types": ["*"], "keys": [{"kind": "customer", "pointer": "/people/\u002a/name"}]}]})")
                                         << QStringLiteral("personal data");
        QTest::newRow("unknown kind") << QByteArray(R"({"rules": [{"types": ["*"], "keys": [{"kind": "colour", "pointer": "/c"}]}]})")
                                      << QStringLiteral("not a kind");
        QTest::newRow("not a pointer") << QByteArray(R"({"rules": [{"types": ["*"], "keys": [{"kind": "sku", "pointer": "sku"}]}]})")
                                       << QStringLiteral("not a JSON pointer");
        QTest::newRow("bad escape") << QByteArray(R"({"rules": [{"types": ["*"], "keys": [{"kind": "sku", "pointer": "/a~2"}]}]})")
                                    << QStringLiteral("not a JSON pointer");
        QTest::newRow("no types") << QByteArray(R"({"rules": [{"keys": [{"kind": "sku", "pointer": "/sku"}]}]})") << QStringLiteral("types");
        QTest::newRow("no keys") << QByteArray(R"({"rules": [{"types": ["*"]}]})") << QStringLiteral("keys");
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not a JSON object");
    }
    void refusesMalformedRules()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!BusinessKeyRules::fromJson(json, kPii, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void builtInRulesLoadAndNeverPointAtPii()
    {
        QString error;
        const QSet<QString>& pii = piiFieldNames(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char* field : {"customer_email", "customer_name", "customer_phone", "ship_to", "email", "name",
                                  "phone", "address", "street", "postal_code", "city"})
            QVERIFY2(pii.contains(QLatin1String(field)), field);
        QVERIFY(!pii.contains(QStringLiteral("customer_id")));  // an opaque id: a key, not PII
        const BusinessKeyRules& rules = BusinessKeyRules::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!rules.isEmpty());
        for (const char* type : {"webshop.order.captured", "erp.settlement.posted", "carrier.shipment.dispatched",
                                 "crm.customer.updated", "pos.sale.completed"}) {
            for (const KeyPointer& p : rules.pointersFor(QString::fromLatin1(type))) {
                for (const QString& token : p.tokens)
                    QVERIFY2(!pii.contains(token), qPrintable(p.text));
            }
        }
    }

    void builtInRulesNeverExtractPii()
    {
        BusinessKeyExtractor extractor;
        const Event e = jsonEvent("webshop.order.captured", R"({"order_id": "ORD-1", "customer_id": "CUST-1",
            "customer_email": "a@b.example", "customer_name": "Ann", "customer_phone": "+49 1",
            "ship_to": {"city": "Berlin", "postal_code": "10115", "street": "Unter den Linden 1"},
            "lines": [{"sku": "SKU-1", "quantity": 1}]})");
        const QStringList keys = keysOf(extractor.extract(e));
        QCOMPARE(keys, (QStringList{QStringLiteral("order:ORD-1"), QStringLiteral("sku:SKU-1"),
                                    QStringLiteral("customer:CUST-1")}));
    }
};

QTEST_GUILESS_MAIN(TestBusinessKeys)
#include "tst_businesskeys.moc"
