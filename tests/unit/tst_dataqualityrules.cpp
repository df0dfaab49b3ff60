// The data-quality rules of resources/dataquality.json on events written by hand: each rule finds what
// breaks it and nothing else, an edited rules file changes what is found, and a malformed one is
// refused with a sentence naming the rule.
#include "dataqualityrules.h"
#include "dataqualityscan.h"

#include <QFile>
#include <QTest>

using namespace ct;

namespace {

Event jsonEvent(const char* payload, const QString& sku = {}, const QString& node = {})
{
    Event e;
    e.id = QStringLiteral("ev-1");
    e.source = QStringLiteral("wms.dc-east");
    e.correlationId = QStringLiteral("ORD-1");
    e.contentType = QStringLiteral("application/json");
    e.payload = QByteArray(payload);
    e.sku = sku;
    e.node = node;
    return e;
}

EstateReference reference()
{
    EstateReference r;
    r.skus = {QStringLiteral("SKU-000001"), QStringLiteral("SKU-000002")};
    r.nodes = {QStringLiteral("DC-EAST"), QStringLiteral("ST-001"), QStringLiteral("WEB")};
    r.unitCostMinor.insert(QStringLiteral("SKU-000001"), 500);
    return r;
}

DataQualityRules builtIn()
{
    QFile file(QStringLiteral(":/controltower/dataquality.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    DataQualityRules rules = DataQualityRules::fromJson(file.readAll(), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return rules;
}

QStringList rulesBroken(const DataQualityRules& rules, const Event& e)
{
    QStringList out;
    for (const DataQualityFinding& f : rules.evaluate(e, reference()))
        out << f.rule;
    return out;
}

} // namespace

class TestDataQualityRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInRulesLoad()
    {
        const DataQualityRules rules = builtIn();
        QStringList ids;
        for (const DataQualityRule& r : rules.rules())
            ids << r.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("ship_date_before_order_date"), QStringLiteral("postal_code_country_mismatch"),
                                   QStringLiteral("negative_quantity"), QStringLiteral("unknown_sku"),
                                   QStringLiteral("unknown_store"), QStringLiteral("price_below_cost")}));
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QStringList>("broken");
        const QString none;
        QTest::newRow("clean shipment")
            << QByteArray("{\"ordered_at\":\"2026-11-02T10:00:00.000000Z\",\"shipped_at\":\"2026-11-02T12:00:00.000000Z\"}")
            << none << none << QStringList();
        QTest::newRow("shipped before ordered")
            << QByteArray("{\"ordered_at\":\"2026-11-02T10:00:00.000000Z\",\"shipped_at\":\"2026-11-01T09:00:00.000000Z\"}")
            << none << none << QStringList{QStringLiteral("ship_date_before_order_date")};
        QTest::newRow("shipped the same moment") << QByteArray("{\"ordered_at\":\"2026-11-02T10:00:00Z\",\"shipped_at\":\"2026-11-02T10:00:00Z\"}")
                                                 << none << none << QStringList();
        QTest::newRow("German postal code fits") << QByteArray("{\"ship_to\":{\"country\":\"DE\",\"postal_code\":\"10115\"}}") << none
                                                 << none << QStringList();
        QTest::newRow("Dutch code in Germany") << QByteArray("{\"ship_to\":{\"country\":\"DE\",\"postal_code\":\"1012 AB\"}}") << none
                                               << none << QStringList{QStringLiteral("postal_code_country_mismatch")};
        QTest::newRow("profile address too short") << QByteArray("{\"address\":{\"country\":\"FR\",\"postal_code\":\"7500\"}}") << none
                                                   << none << QStringList{QStringLiteral("postal_code_country_mismatch")};
        QTest::newRow("country without a pattern") << QByteArray("{\"address\":{\"country\":\"US\",\"postal_code\":\"x\"}}") << none
                                                   << none << QStringList();
        QTest::newRow("negative line quantity")
            << QByteArray("{\"lines\":[{\"quantity\":-2,\"sku\":\"SKU-000002\",\"unit_price_minor\":900}]}") << QStringLiteral("SKU-000002")
            << none << QStringList{QStringLiteral("negative_quantity")};
        QTest::newRow("zero quantity is fine") << QByteArray("{\"lines\":[{\"quantity\":0,\"sku\":\"SKU-000002\"}]}")
                                               << QStringLiteral("SKU-000002") << none << QStringList();
        QTest::newRow("unknown sku in a line")
            << QByteArray("{\"lines\":[{\"quantity\":1,\"sku\":\"SKU-009999\",\"unit_price_minor\":900}]}") << QStringLiteral("SKU-009999")
            << none << QStringList{QStringLiteral("unknown_sku")};
        QTest::newRow("unknown sku in a campaign")
            << QByteArray("{\"prices\":[{\"sku\":\"SKU-000777\",\"price_minor\":100},{\"sku\":\"SKU-000001\",\"price_minor\":100}]}") << none
            << QStringLiteral("WEB") << QStringList{QStringLiteral("unknown_sku")};
        QTest::newRow("unknown store on the event") << QByteArray("{\"receipt_id\":\"R-1\"}") << none << QStringLiteral("ST-077")
                                                    << QStringList{QStringLiteral("unknown_store")};
        QTest::newRow("unknown store in the payload") << QByteArray("{\"store\":\"ST-099\"}") << none << QStringLiteral("ST-001")
                                                      << QStringList{QStringLiteral("unknown_store")};
        QTest::newRow("price below cost")
            << QByteArray("{\"lines\":[{\"quantity\":1,\"sku\":\"SKU-000001\",\"unit_price_minor\":499}]}") << QStringLiteral("SKU-000001")
            << none << QStringList{QStringLiteral("price_below_cost")};
        QTest::newRow("price at cost") << QByteArray("{\"lines\":[{\"quantity\":1,\"sku\":\"SKU-000001\",\"unit_price_minor\":500}]}")
                                       << QStringLiteral("SKU-000001") << none << QStringList();
        QTest::newRow("cost unknown") << QByteArray("{\"lines\":[{\"quantity\":1,\"sku\":\"SKU-000002\",\"unit_price_minor\":1}]}")
                                      << QStringLiteral("SKU-000002") << none << QStringList();
        QTest::newRow("two rules at once")
            << QByteArray("{\"lines\":[{\"quantity\":-1,\"sku\":\"SKU-000001\",\"unit_price_minor\":10}]}") << QStringLiteral("SKU-000001")
            << none << QStringList{QStringLiteral("negative_quantity"), QStringLiteral("price_below_cost")};
        QTest::newRow("not JSON") << QByteArray("\x0a\x03R-1") << QStringLiteral("SKU-000001") << QStringLiteral("ST-001")
                                  << QStringList();
    }
    void rules()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, sku);
        QFETCH(QString, node);
        QFETCH(QStringList, broken);
        QCOMPARE(rulesBroken(builtIn(), jsonEvent(payload.constData(), sku, node)), broken);
    }

    void nothingIsUnknownWithoutReference()
    {
        const Event e = jsonEvent("{\"lines\":[{\"quantity\":1,\"sku\":\"SKU-009999\",\"unit_price_minor\":1}]}",
                                  QStringLiteral("SKU-009999"), QStringLiteral("ST-077"));
        QVERIFY(builtIn().evaluate(e, EstateReference()).isEmpty());
    }

    void editedRulesChangeWhatIsFound()
    {
        const Event e = jsonEvent("{\"lines\":[{\"quantity\":-3,\"sku\":\"SKU-000001\",\"unit_price_minor\":900}]}",
                                  QStringLiteral("SKU-000001"));
        QString error;
        const QByteArray disabled = "{\"rules\":[{\"id\":\"negative_quantity\",\"check\":\"not_negative\",\"enabled\":false, \"fields\":[\"/lines/*/quantity\"]}]}";
        QVERIFY(DataQualityRules::fromJson(disabled, &error).evaluate(e, reference()).isEmpty());
        QCOMPARE(error, QString());
        const QByteArray price = "{\"rules\":[{\"id\":\"cheap\",\"check\":\"not_negative\",\"fields\":[\"/lines/*/quantity\",\"/x\"]}, {\"id\":\"floor\",\"check\":\"price_at_least_cost\",\"items\":\"/lines\",\"price\":\"/unit_price_minor\",\"sku\":\"/sku\"}]}";
        EstateReference dear = reference();
        dear.unitCostMinor[QStringLiteral("SKU-000001")] = 1000;
        const QList<DataQualityFinding> found = DataQualityRules::fromJson(price, &error).evaluate(e, dear);
        QCOMPARE(error, QString());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).rule, QStringLiteral("cheap"));
        QCOMPARE(found.at(1).rule, QStringLiteral("floor"));
    }

    void malformedRulesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("not a JSON object");
        QTest::newRow("no rules") << QByteArray("{}") << QStringLiteral("\"rules\"");
        QTest::newRow("no id") << QByteArray("{\"rules\":[{\"check\":\"not_negative\",\"fields\":[\"/q\"]}]}") << QStringLiteral("rule 1");
        QTest::newRow("unknown check") << QByteArray("{\"rules\":[{\"id\":\"r\",\"check\":\"magic\"}]}") << QStringLiteral("magic");
        QTest::newRow("missing field") << QByteArray("{\"rules\":[{\"id\":\"r\",\"check\":\"date_order\",\"earlier\":\"/a\"}]}")
                                       << QStringLiteral("later");
        QTest::newRow("bad pointer") << QByteArray("{\"rules\":[{\"id\":\"r\",\"check\":\"not_negative\",\"fields\":[\"q\"]}]}")
                                     << QStringLiteral("rule r");
        QTest::newRow("bad pattern")
            << QByteArray("{\"rules\":[{\"id\":\"r\",\"check\":\"postal_code\",\"addresses\":[\"/a\"],\"patterns\":{\"DE\":\"[\"}}]}")
            << QStringLiteral("DE");
        QTest::newRow("duplicate id")
            << QByteArray("{\"rules\":[{\"id\":\"r\",\"check\":\"not_negative\",\"fields\":[\"/q\"]},{\"id\":\"r\",\"check\":\"not_negative\",\"fields\":[\"/q\"]}]}")
            << QStringLiteral("taken");
    }
    void malformedRulesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        const DataQualityRules rules = DataQualityRules::fromJson(json, &error);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(rules.rules().isEmpty());
    }

    void countsPerRuleAndSystem()
    {
        QList<DataQualityViolation> v;
        const auto add = [&](const char* rule, const char* system, qint64 at) {
            DataQualityViolation x;
            x.rule = QLatin1String(rule);
            x.system = QLatin1String(system);
            x.occurredAt = Timestamp::fromSeconds(at);
            v.append(x);
        };
        add("a", "erp", 0);
        add("b", "wms", 61);
        add("a", "erp", 125);
        add("a", "pos", 3000);
        const QList<DataQualityCount> counts = violationCounts(v);
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.at(0).rule, QStringLiteral("a"));
        QCOMPARE(counts.at(0).system, QStringLiteral("erp"));
        QCOMPARE(counts.at(0).count, 2);
        QCOMPARE(violationsMatching(v, QStringLiteral("a"), QString()).size(), 3);
        QCOMPARE(violationsMatching(v, QString(), QStringLiteral("wms")).size(), 1);
        SlaRange range;
        range.from = Timestamp::fromSeconds(0);
        range.until = Timestamp::fromSeconds(180);
        range.bucketSeconds = 60;
        QCOMPARE(violationsPerBucket(v, range), (QList<qint64>{1, 1, 1}));
        QCOMPARE(systemOfSource(QStringLiteral("wms.dc-east")), QStringLiteral("wms"));
        QCOMPARE(systemOfSource(QStringLiteral("erp")), QStringLiteral("erp"));
    }
};

QTEST_APPLESS_MAIN(TestDataQualityRules)
#include "tst_dataqualityrules.moc"
