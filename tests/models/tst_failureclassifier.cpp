// The error class of a dead letter whose consumer named none, from its reason text and how it died.
#include "failureclassifier.h"

#include <QTest>

using namespace ct;

class TestFailureClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classifiesByTheWordsOfTheReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString rejected = QStringLiteral("rejected");
        QTest::newRow("json schema") << rejected << QStringLiteral("$: required property 'sku' not found (schema oms/v3)")
                                     << QStringLiteral("schema_validation");
        QTest::newRow("missing properties") << rejected
                                            << QStringLiteral("#: object has missing required properties ([\"node\"])")
                                            << QStringLiteral("schema_validation");
        QTest::newRow("protobuf") << rejected << QStringLiteral("Protobuf parse failed: invalid wire type 7")
                                  << QStringLiteral("schema_validation");
        QTest::newRow("no route") << rejected << QStringLiteral("NO_ROUTE: exchange 'oms.events' has no binding")
                                  << QStringLiteral("routing");
        QTest::newRow("http timeout") << rejected << QStringLiteral("Timed out after 30000 ms calling erp (HTTP 504)")
                                      << QStringLiteral("downstream_timeout");
        QTest::newRow("java timeout") << rejected << QStringLiteral("java.net.SocketTimeoutException: Read timed out")
                                      << QStringLiteral("downstream_timeout");
        QTest::newRow("duplicate") << rejected << QStringLiteral("Document SO-1 already posted") << QStringLiteral("duplicate");
        QTest::newRow("blocked account") << rejected
                                         << QStringLiteral("Account 140000 is blocked for posting in company code 1000")
                                         << QStringLiteral("business_rule");
        QTest::newRow("period") << rejected << QStringLiteral("Posting period 2026-11 is not open for company code 1000")
                                << QStringLiteral("business_rule");
        QTest::newRow("material") << rejected << QStringLiteral("Material SKU-1 is not maintained in plant ST-003")
                                  << QStringLiteral("business_rule");
        QTest::newRow("stock deficit") << rejected << QStringLiteral("Deficit of unrestricted-use stock for SKU-1")
                                       << QStringLiteral("business_rule");
        QTest::newRow("declined") << rejected << QStringLiteral("Authorization declined for ORD-1: insufficient funds")
                                  << QStringLiteral("business_rule");
        QTest::newRow("refund") << rejected << QStringLiteral("Refund for ORD-1 exceeds the captured amount")
                                << QStringLiteral("business_rule");
        QTest::newRow("credit hold") << rejected << QStringLiteral("Order ORD-1 is on credit hold")
                                     << QStringLiteral("business_rule");
        QTest::newRow("case") << rejected << QStringLiteral("SCHEMA mismatch") << QStringLiteral("schema_validation");
    }
    void classifiesByTheWordsOfTheReason()
    {
        QFETCH(QString, reason);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(classifyFailure(reason, text), expected);
    }

    void withoutWordsTheDeathDecides()
    {
        QCOMPARE(classifyFailure(u"expired", u""), QStringLiteral("downstream_timeout"));
        QCOMPARE(classifyFailure(u"maxlen", u""), QStringLiteral("downstream_timeout"));
        QCOMPARE(classifyFailure(u"rejected", u""), QStringLiteral("unknown"));
        QCOMPARE(classifyFailure(u"rejected", u"something odd happened"), QStringLiteral("unknown"));
        QCOMPARE(classifyFailure(u"delivery_limit", u""), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestFailureClassifier)
#include "tst_failureclassifier.moc"
