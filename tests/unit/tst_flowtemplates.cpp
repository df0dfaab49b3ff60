// Flow templates: the built-in ones load and say what the rest of the tool relies on; malformed ones
// are refused with a sentence that names the file, the stage and the problem.
#include "flowlibrary.h"

#include "injectedfault.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

// A valid two-stage template; the malformed cases each break one thing in it.
const QByteArray kValid = R"({
  "flow": "tiny-flow",
  "stages": [
    {"id": "start", "system": "webshop", "type": "webshop.order.captured", "queue": "webshop.checkout",
     "payload": ["order", "line"], "inventory": "outbound"},
    {"id": "post", "name": "ERP posting", "system": "erp", "type": "erp.sales_order.posted",
     "failed_type": "erp.sales_order.rejected", "queue": "erp.sales-orders",
     "latency_s": {"median": 60, "p95": 600}, "sla_s": 3600, "posting": "order",
     "faults": ["business_rule", "stuck"], "payload": ["order", "line"], "inventory": "outbound"}
  ]
})";

QByteArray replaced(const char* from, const char* to)
{
    QByteArray json = kValid;
    Q_ASSERT(json.contains(from));
    return json.replace(from, to);
}

} // namespace

class TestFlowTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtInFlowsLoad()
    {
        QString error;
        const FlowLibrary& library = FlowLibrary::builtIn(&error);
        QCOMPARE(error, QString());
        QCOMPARE(library.flows().size(), FlowLibrary::requiredFlows().size());
        const QRegularExpression kebab(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
        for (const QString& id : FlowLibrary::requiredFlows()) {
            const FlowTemplate* flow = library.find(id);
            QVERIFY2(flow, qPrintable(id));
            QVERIFY(!flow->description().isEmpty());
            QVERIFY(flow->stages().size() >= 4);
            QCOMPARE(flow->stage(0).cause, -1);
            QVERIFY(flow->stage(0).faults.isEmpty());
            QStringList classes;
            for (int i = 0; i < flow->stages().size(); ++i) {
                const FlowStage& s = flow->stage(i);
                QVERIFY(kebab.match(s.id).hasMatch());
                QVERIFY(!s.queue.isEmpty());
                if (i > 0) {
                    QVERIFY(s.cause >= 0 && s.cause < i);
                    QVERIFY(s.latencyMedianS > 0 && s.latencyP95S >= s.latencyMedianS);
                    QVERIFY(s.slaS > 0);
                }
                QVERIFY2(!s.name.isEmpty(), qPrintable(id + QLatin1Char(' ') + s.id));
                // A stage that may fail says so in its own event type.
                if (std::any_of(s.faults.cbegin(), s.faults.cend(), isFailureFault)) {
                    QVERIFY2(s.failedType.startsWith(s.system + QLatin1Char('.')), qPrintable(id + QLatin1Char(' ') + s.id));
                    QVERIFY(s.failedType != s.type);
                }
                classes << s.faults;
            }
            // Every fault class can strike every flow at a stage its template names.
            for (const QString& faultClass : faultClassNames())
                QVERIFY2(classes.contains(faultClass), qPrintable(id + QLatin1Char(' ') + faultClass));
        }
    }

    void builtInFlowsSayWhatTheToolNeeds()
    {
        QString error;
        const FlowLibrary& library = FlowLibrary::builtIn(&error);
        const FlowTemplate* order = library.find(u"order-to-cash");
        const FlowStage& post = order->stage(order->stageIndex(u"erp-post"));
        QCOMPARE(post.system, QStringLiteral("erp"));
        QCOMPARE(post.type, QStringLiteral("erp.sales_order.posted"));
        QCOMPARE(post.posting, QStringLiteral("order"));
        QCOMPARE(post.failedType, QStringLiteral("erp.sales_order.rejected"));
        QCOMPARE(post.displayName(), QStringLiteral("ERP posting"));
        QCOMPARE(post.inventory, InventoryEffect::Outbound);
        QCOMPARE(order->stage(order->stageIndex(u"pick")).queueAt(QStringLiteral("DC-EAST")),
                 QStringLiteral("wms.dc-east.picks"));
        // Settlement branches off the shipment, in parallel with the delivery.
        const int settle = order->stageIndex(u"settle");
        QCOMPARE(order->stage(settle).cause, order->stageIndex(u"ship"));
        QVERIFY(order->dependsOn(settle, order->stageIndex(u"ship")));
        QVERIFY(!order->dependsOn(settle, order->stageIndex(u"deliver")));

        const FlowTemplate* sale = library.find(u"store-sale");
        QCOMPARE(sale->stage(0).contentType,
                 QStringLiteral("application/x-protobuf; messageType=controltower.v1.SaleCompleted"));
        QCOMPARE(sale->stage(1).contentType, QStringLiteral("application/json"));

        const FlowTemplate* sync = library.find(u"inventory-sync");
        QCOMPARE(sync->stage(0).systemAt(NodeKind::DistributionCentre), QStringLiteral("wms"));
        QCOMPARE(sync->stage(0).typeAt(NodeKind::Store), QStringLiteral("pos.stock.adjusted"));

        const FlowTemplate* campaign = library.find(u"price-promotion");
        QStringList acknowledging;
        for (const FlowStage& s : campaign->stages()) {
            if (s.appliesPrices)
                acknowledging << s.system + QLatin1Char('@') +
                                     (s.node == StageNode::AllStores ? QStringLiteral("stores")
                                                                     : s.fixedNode);
        }
        QCOMPARE(acknowledging, (QStringList{QStringLiteral("erp@CHAIN"), QStringLiteral("webshop@WEB"),
                                             QStringLiteral("pos@stores")}));
    }

    void validTemplateParses()
    {
        QString error;
        const auto flow = FlowTemplate::fromJson(kValid, QStringLiteral("tiny-flow.json"), &error);
        QVERIFY2(flow, qPrintable(error));
        QCOMPARE(flow->id(), QStringLiteral("tiny-flow"));
        QCOMPARE(flow->stages().size(), 2);
        QCOMPARE(flow->stage(1).cause, 0);
        QCOMPARE(flow->stage(1).latencyP95S, 600.0);
        QCOMPARE(flow->stage(1).attributes, QByteArray(R"({"posting":"order"})"));
        QVERIFY(flow->stage(1).payload.testFlag(PayloadFacet::Line));
        QCOMPARE(flow->stage(1).displayName(), QStringLiteral("ERP posting"));
        QCOMPARE(flow->stage(1).failedTypeAt(NodeKind::Store), QStringLiteral("erp.sales_order.rejected"));
        QVERIFY(!flow->stage(1).optional);
        QCOMPARE(flow->stage(0).displayName(), QStringLiteral("start"));  // no name: the id
        QVERIFY(flow->stage(0).failedType.isEmpty());

        const auto optional = FlowTemplate::fromJson(
            QByteArray(kValid).replace(R"("sla_s": 3600,)", R"("sla_s": 3600, "optional": true,)"),
            QStringLiteral("tiny-flow.json"), &error);
        QVERIFY2(optional, qPrintable(error));
        QVERIFY(optional->stage(1).optional);
    }

    void malformedTemplatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << kValid.left(80) << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("a JSON object");
        QTest::newRow("unknown root key")
            << replaced(R"("flow")", R"("flows": 1, "flow")") << QStringLiteral("unknown key \"flows\"");
        QTest::newRow("flow id") << replaced("tiny-flow", "Tiny_Flow") << QStringLiteral("kebab-case");
        QTest::newRow("no stages") << QByteArray(R"({"flow": "x", "stages": []})")
                                   << QStringLiteral("non-empty array");
        QTest::newRow("stage not object")
            << QByteArray(R"({"flow": "x", "stages": [3]})") << QStringLiteral("stage 1: must be an object");
        QTest::newRow("stage id") << replaced(R"("id": "post")", R"("id": "Post")")
                                  << QStringLiteral("stage 2 (\"Post\"): \"id\"");
        QTest::newRow("duplicate stage id")
            << replaced(R"("id": "post")", R"("id": "start")") << QStringLiteral("used by an earlier stage");
        QTest::newRow("unknown stage key") << replaced(R"("sla_s")", R"("slas": 1, "sla_s")")
                                           << QStringLiteral("stage 2 (\"post\"): unknown key \"slas\"");
        QTest::newRow("unknown system") << replaced(R"("system": "erp")", R"("system": "sap")")
                                        << QStringLiteral("unknown system \"sap\"");
        QTest::newRow("type form") << replaced("erp.sales_order.posted", "erp.SalesOrderPosted")
                                   << QStringLiteral("system.entity.verb");
        QTest::newRow("type of another system")
            << replaced("erp.sales_order.posted", "oms.sales_order.posted")
            << QStringLiteral("starting with its system");
        QTest::newRow("queue") << replaced("erp.sales-orders", "ERP Orders") << QStringLiteral("\"queue\"");
        QTest::newRow("no latency") << replaced(R"("latency_s": {"median": 60, "p95": 600}, )", "")
                                    << QStringLiteral("\"latency_s\"");
        QTest::newRow("p95 below median")
            << replaced(R"("p95": 600)", R"("p95": 6)") << QStringLiteral("p95");
        QTest::newRow("no sla") << replaced(R"("sla_s": 3600, )", "") << QStringLiteral("\"sla_s\"");
        QTest::newRow("latency on first stage")
            << replaced(R"("queue": "webshop.checkout",)", R"("queue": "webshop.checkout", "sla_s": 1,)")
            << QStringLiteral("first stage");
        QTest::newRow("faults on first stage")
            << replaced(R"("queue": "webshop.checkout",)",
                        R"("queue": "webshop.checkout", "faults": ["stuck"],)")
            << QStringLiteral("faults strike later stages");
        QTest::newRow("unknown fault") << replaced(R"("stuck"])", R"("gremlins"])")
                                       << QStringLiteral("unknown fault class \"gremlins\"");
        QTest::newRow("fault twice") << replaced(R"("stuck"])", R"("stuck", "stuck"])")
                                     << QStringLiteral("listed twice");
        QTest::newRow("after unknown")
            << replaced(R"("sla_s": 3600,)", R"("sla_s": 3600, "after": "nowhere",)")
            << QStringLiteral("\"after\" names no earlier stage");
        QTest::newRow("inventory kind")
            << replaced(R"("inventory": "outbound"})", R"("inventory": "sideways"})")
            << QStringLiteral("outbound, inbound or adjustment");
        QTest::newRow("posting kind") << replaced(R"("posting": "order")", R"("posting": "invoice")")
                                      << QStringLiteral("order, refund or settlement");
        QTest::newRow("semantic on stock stage")
            << replaced(R"("stuck"])", R"("semantic"])") << QStringLiteral("semantic faults stay out");
        QTest::newRow("unknown facet") << replaced(R"(["order", "line"], "inventory": "outbound"})",
                                                   R"(["order", "lines"], "inventory": "outbound"})")
                                       << QStringLiteral("unknown payload facet \"lines\"");
        QTest::newRow("unknown protobuf message")
            << replaced(R"("payload": ["order", "line"], "inventory": "outbound"},)",
                        R"("payload": ["order"], "encoding": "protobuf", "message": "x.Y"},)")
            << QStringLiteral("\"message\"");
        QTest::newRow("unknown encoding")
            << replaced(R"("posting": "order",)", R"("posting": "order", "encoding": "xml",)")
            << QStringLiteral("json or protobuf");
        QTest::newRow("bad node") << replaced(R"("posting": "order",)",
                                              R"("posting": "order", "node": "somewhere",)")
                                  << QStringLiteral("\"node\"");
        QTest::newRow("per-node system without node")
            << QByteArray(
                   R"({"flow": "x", "stages": [{"id": "a", "system": "wms", "type": "wms.pick.confirmed",
                             "queue": "wms.picks", "node": "none"}]})")
            << QStringLiteral("runs per node");
        QTest::newRow("failed type of another system")
            << replaced("erp.sales_order.rejected", "oms.sales_order.rejected") << QStringLiteral("\"failed_type\"");
        QTest::newRow("failed type equal to the type")
            << replaced("erp.sales_order.rejected", "erp.sales_order.posted") << QStringLiteral("other than \"type\"");
        QTest::newRow("failure fault without a failed type")
            << replaced(R"("failed_type": "erp.sales_order.rejected", )", "")
            << QStringLiteral("fault class \"business_rule\" makes the stage fail: it needs a \"failed_type\"");
        QTest::newRow("blank name") << replaced(R"("name": "ERP posting")", R"("name": " ")")
                                    << QStringLiteral("\"name\" is a non-empty text");
        QTest::newRow("optional not a boolean")
            << replaced(R"("sla_s": 3600,)", R"("sla_s": 3600, "optional": "yes",)")
            << QStringLiteral("\"optional\" is true or false");
        QTest::newRow("optional first stage")
            << replaced(R"("queue": "webshop.checkout",)", R"("queue": "webshop.checkout", "optional": true,)")
            << QStringLiteral("cannot be optional");
        QTest::newRow("inventory without the transaction's node")
            << replaced(R"("posting": "order",)", R"("posting": "order", "node": "CHAIN",)")
            << QStringLiteral("needs the transaction's node");
    }
    void malformedTemplatesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        QString error;
        const auto flow = FlowTemplate::fromJson(json, QStringLiteral("broken.json"), &error);
        QVERIFY(!flow);
        QVERIFY2(error.startsWith(QLatin1String("broken.json: ")), qPrintable(error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void twoInventoryStagesOfOneSystemAreRefused()
    {
        QByteArray json = kValid;
        json.replace(R"("system": "erp", "type": "erp.sales_order.posted",
     "failed_type": "erp.sales_order.rejected")",
                     R"("system": "webshop", "type": "webshop.order.posted",
     "failed_type": "webshop.order.rejected")");
        QString error;
        QVERIFY(!FlowTemplate::fromJson(json, QStringLiteral("twice.json"), &error));
        QVERIFY2(error.contains(QLatin1String("two inventory stages")), qPrintable(error));
    }

    void fanOutCannotCauseAStage()
    {
        QByteArray json = kValid;
        json.replace(R"("posting": "order",)", R"("posting": "order", "node": "stores",)");
        json.replace(R"("system": "erp", "type": "erp.sales_order.posted",
     "failed_type": "erp.sales_order.rejected")",
                     R"("system": "pos", "type": "pos.price.updated",
     "failed_type": "pos.price.rejected")");
        json.replace(R"("inventory": "outbound"}
  ])",
                     R"("prices": true},
    {"id": "after-all", "system": "erp", "type": "erp.price.updated", "queue": "erp.prices",
     "latency_s": {"median": 1, "p95": 2}, "sla_s": 5}
  ])");
        QString error;
        QVERIFY(!FlowTemplate::fromJson(json, QStringLiteral("fan.json"), &error));
        QVERIFY2(error.contains(QLatin1String("fans out to every store")), qPrintable(error));
    }

    void libraryRefusesMisnamedOrIncompleteDirectories()
    {
        QString error;
        const FlowLibrary empty = FlowLibrary::load(QStringLiteral(":/no/such/dir"), &error);
        QVERIFY(empty.isEmpty());
        QVERIFY2(error.contains(QLatin1String("is missing")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFlowTemplates)
#include "tst_flowtemplates.moc"
