// A transaction compared with a healthy one of its flow: stages side by side, latency deltas, missing
// and extra stages, and the differences between the payloads of each stage, personal data masked.
#include "fielddiff.h"
#include "flowtemplate.h"
#include "flowtemplatefixture.h"
#include "lineagereport.h"
#include "personaldatamask.h"
#include "transactioncomparison.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;

namespace {

// start -> pay -> post -> pick, and an optional notify after post.
const QByteArray kTemplate = R"({
  "flow": "tiny",
  "stages": [
    {"id": "start", "name": "Checkout", "system": "webshop", "type": "webshop.order.captured", "queue": "q.start"},
    {"id": "pay", "system": "payments", "type": "payments.payment.authorized", "queue": "q.pay",
     "latency_s": {"median": 2, "p95": 10}, "sla_s": 60},
    {"id": "post", "name": "ERP posting", "system": "erp", "type": "erp.sales_order.posted",
     "failed_type": "erp.sales_order.rejected", "queue": "q.post",
     "latency_s": {"median": 60, "p95": 300}, "sla_s": 600, "faults": ["business_rule"]},
    {"id": "pick", "system": "wms", "type": "wms.pick.confirmed", "queue": "q.pick",
     "latency_s": {"median": 600, "p95": 1800}, "sla_s": 3600},
    {"id": "notify", "system": "crm", "type": "crm.customer.notified", "queue": "q.notify", "after": "post",
     "latency_s": {"median": 30, "p95": 120}, "sla_s": 300, "optional": true}
  ]
})";

using test::kT0;

const FlowTemplate& tiny()
{
    static const FlowTemplate flow = test::parseFlowTemplate(kTemplate);
    return flow;
}

// "stage seconds [status]; …": each event caused by the one before; payloads from `payloads` by stage.
LineageReport transaction(const QString& id, const QString& text, const QHash<QString, QByteArray>& payloads = {})
{
    QList<Event> events;
    QString previous;
    for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.simplified().split(QLatin1Char(' '));
        Event e;
        e.stage = f.value(0);
        e.occurredAt = e.recordedAt = kT0.plusSeconds(f.value(1).toDouble());
        e.status = eventStatusFromName(f.value(2, QStringLiteral("ok"))).value_or(EventStatus::Ok);
        e.id = id + QLatin1Char('-') + QString::number(events.size() + 1);
        e.key = QStringLiteral("%1-%2").arg(id).arg(events.size(), 3, 10, QLatin1Char('0'));
        e.correlationId = id;
        e.flow = QStringLiteral("tiny");
        const int index = tiny().stageIndex(e.stage);
        e.source = index >= 0 ? tiny().stage(index).system : QStringLiteral("sys");
        e.type = index >= 0 ? tiny().stage(index).type : QStringLiteral("sys.thing.") + e.stage;
        e.causationId = previous;
        e.contentType = QStringLiteral("application/json");
        e.payload = payloads.value(e.stage);
        previous = e.id;
        events << e;
    }
    LineageReport report;
    report.lookup.correlationId = id;
    report.lookup.match = LineageMatch::CorrelationId;
    report.lookup.events = events;
    report.graph = assembleLineage(id, events);
    report.verdict = judgeLineage(report.graph, &tiny(), {}, kT0.plusSeconds(100'000));
    return report;
}

const QString kHealthy = QStringLiteral("start 0; pay 2; post 62; pick 662");

QJsonValue tree(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString describe(const FieldDifferences& d)
{
    QStringList out;
    for (const FieldDifference& f : d.items) {
        const char* change = f.change == FieldDifference::Change::Missing ? "missing"
                             : f.change == FieldDifference::Change::Extra ? "extra"
                                                                          : "changed";
        out << QStringLiteral("%1 %2 %3|%4").arg(QLatin1String(change), f.path, f.a, f.b);
    }
    if (d.omitted)
        out << QStringLiteral("+%1").arg(d.omitted);
    return out.join(QStringLiteral("; "));
}

} // namespace

Q_DECLARE_METATYPE(StageComparison::Presence)

class TestTransactionComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stagesSideBySide_data()
    {
        QTest::addColumn<QString>("looked");
        QTest::addColumn<QString>("expected"); // stage:presence:delta per stage
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("extra");
        QTest::newRow("same timing") << kHealthy << QStringLiteral("start:both:- pay:both:0 post:both:0 pick:both:0 notify:neither:-")
                                     << 0 << 0;
        QTest::newRow("slower posting")
            << QStringLiteral("start 0; pay 5; post 905; pick 1505")
            << QStringLiteral("start:both:- pay:both:3 post:both:840 pick:both:0 notify:neither:-") << 0 << 0;
        QTest::newRow("stuck before pick")
            << QStringLiteral("start 0; pay 2; post 62")
            << QStringLiteral("start:both:- pay:both:0 post:both:0 pick:missing:- notify:neither:-") << 1 << 0;
        QTest::newRow("failed posting, nothing after")
            << QStringLiteral("start 0; pay 1; post 30 failed")
            << QStringLiteral("start:both:- pay:both:-1 post:both:-31 pick:missing:- notify:neither:-") << 1 << 0;
        QTest::newRow("extra notify and an unknown stage")
            << QStringLiteral("start 0; pay 2; post 62; notify 70; pick 662; audit 700")
            << QStringLiteral("start:both:- pay:both:0 post:both:0 pick:both:0 notify:extra:- audit:extra:-") << 0 << 2;
    }

    void stagesSideBySide()
    {
        QFETCH(QString, looked);
        QFETCH(QString, expected);
        QFETCH(int, missing);
        QFETCH(int, extra);
        const TransactionComparison c = compareTransactions(transaction(QStringLiteral("A"), looked),
                                                            transaction(QStringLiteral("B"), kHealthy), nullptr,
                                                            PersonalDataMask::standard());
        QStringList got;
        for (const StageComparison& s : c.stages) {
            const char* presence = s.presence == StageComparison::Presence::Both         ? "both"
                                   : s.presence == StageComparison::Presence::MissingInA ? "missing"
                                   : s.presence == StageComparison::Presence::ExtraInA   ? "extra"
                                                                                         : "neither";
            got << QStringLiteral("%1:%2:%3").arg(s.stage, QLatin1String(presence),
                                                  s.latencyDeltaSeconds ? QString::number(*s.latencyDeltaSeconds)
                                                                        : QStringLiteral("-"));
        }
        QCOMPARE(got.join(QLatin1Char(' ')), expected);
        QCOMPARE(c.missingInA, missing);
        QCOMPARE(c.extraInA, extra);
        QCOMPARE(c.aCorrelationId, QStringLiteral("A"));
        QCOMPARE(c.bCorrelationId, QStringLiteral("B"));
        QCOMPARE(c.bSpanSeconds, 662.0);
    }

    void fieldDifferences_data()
    {
        QTest::addColumn<QJsonValue>("a");
        QTest::addColumn<QJsonValue>("b");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << tree(R"({"x": 1, "y": [1, {"z": "q"}]})") << tree(R"({"x": 1, "y": [1, {"z": "q"}]})")
                               << QString();
        QTest::newRow("changed, missing, extra")
            << tree(R"({"amount_minor": 1999, "currency": "EUR", "note": "late"})")
            << tree(R"({"amount_minor": 2999, "currency": "EUR", "tax_minor": 380})")
            << QStringLiteral("changed amount_minor 1999|2999; extra note \"late\"|; missing tax_minor |380");
        QTest::newRow("nested and arrays")
            << tree(R"({"lines": [{"sku": "A", "quantity": 1}], "ship": {"carrier": "DHL"}})")
            << tree(R"({"lines": [{"sku": "A", "quantity": 2}, {"sku": "B"}], "ship": {"carrier": "UPS"}})")
            << QStringLiteral("changed lines[0].quantity 1|2; missing lines[1] |{\"sku\":\"B\"}; changed ship.carrier \"DHL\"|\"UPS\"");
        QTest::newRow("type change") << tree(R"({"q": "2"})") << tree(R"({"q": 2})") << QStringLiteral("changed q \"2\"|2");
        QTest::newRow("personal data masked")
            << tree(R"({"customer_email": "a@x.de", "ship_to": {"city": "Berlin", "street": "A 1"}, "order_id": "O-1"})")
            << tree(R"({"customer_email": "b@y.de", "ship_to": {"city": "Hamburg"}, "order_id": "O-2"})")
            << QStringLiteral("changed customer_email •••|•••; changed order_id \"O-1\"|\"O-2\"; changed ship_to.city •••|•••; "
                              "extra ship_to.street •••|");
        QTest::newRow("missing personal object") << tree(R"({})") << tree(R"({"address": {"city": "Berlin"}})")
                                                 << QStringLiteral("missing address |•••");
    }

    void fieldDifferences()
    {
        QFETCH(QJsonValue, a);
        QFETCH(QJsonValue, b);
        QFETCH(QString, expected);
        QCOMPARE(describe(diffFields(a, b, PersonalDataMask::standard())), expected);
    }

    void fieldDifferencesAreBounded()
    {
        QJsonObject a;
        QJsonObject b;
        for (int i = 0; i < 50; ++i) {
            a.insert(QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0')), i);
            b.insert(QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0')), i + 1);
        }
        const FieldDifferences d = diffFields(a, b, PersonalDataMask::standard(), 10);
        QCOMPARE(d.items.size(), 10);
        QCOMPARE(d.omitted, 40);
        QCOMPARE(d.items.first().path, QStringLiteral("f00"));
        const QJsonObject long1{{QStringLiteral("t"), QString(500, QLatin1Char('x'))}};
        const FieldDifferences shortened = diffFields(long1, QJsonObject{}, PersonalDataMask::standard());
        QCOMPARE(shortened.items.first().a.size(), 120);
    }

    void comparesEachStagesPayload()
    {
        const QHash<QString, QByteArray> looked{
            {QStringLiteral("start"), R"({"order_id": "A", "customer_name": "Ada", "lines": [{"sku": "S1", "quantity": 1}]})"},
            {QStringLiteral("post"), R"({"order_id": "A", "fiscal_period": "2026-10"})"},
        };
        const QHash<QString, QByteArray> healthy{
            {QStringLiteral("start"), R"({"order_id": "B", "customer_name": "Bob", "lines": [{"sku": "S1", "quantity": 1}]})"},
            {QStringLiteral("pay"), R"({"method": "card"})"},
            {QStringLiteral("post"), R"({"order_id": "B", "fiscal_period": "2026-11", "erp_document": "90000001"})"},
        };
        const TransactionComparison c = compareTransactions(
            transaction(QStringLiteral("A"), QStringLiteral("start 0; pay 2; post 62 failed"), looked),
            transaction(QStringLiteral("B"), kHealthy, healthy), nullptr, PersonalDataMask::standard());
        QCOMPARE(c.stages.size(), 5);
        const StageComparison& start = c.stages.at(0);
        QVERIFY(start.payloadsCompared);
        QCOMPARE(start.aEventId, QStringLiteral("A-1"));
        QCOMPARE(start.bEventId, QStringLiteral("B-1"));
        QCOMPARE(describe(start.fields), QStringLiteral("changed customer_name •••|•••; changed order_id \"A\"|\"B\""));
        QVERIFY(!c.stages.at(1).payloadsCompared);  // a's payment event has no payload: nothing to compare
        QCOMPARE(describe(c.stages.at(2).fields),
                 QStringLiteral("missing erp_document |\"90000001\"; changed fiscal_period \"2026-10\"|\"2026-11\"; "
                                "changed order_id \"A\"|\"B\""));
        QVERIFY(!c.stages.at(3).payloadsCompared);  // pick: a never got there
        QCOMPARE(c.payloadDifferences, 5);
    }
};

QTEST_APPLESS_MAIN(TestTransactionComparison)
#include "tst_transactioncomparison.moc"
