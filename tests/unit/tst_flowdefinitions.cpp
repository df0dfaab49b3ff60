// What the pages learn from the flow templates: the posting stages (with their causes) and the SLAs
// between stages, order-to-cash's ERP posting first.
#include "flowdefinitions.h"

#include <QTest>

using namespace ct;

namespace {

// A template from short stage lines "id[<cause] [sla_s [posting]]", e.g. "erp-post<capture 3600 order";
// the first line starts the flow and has neither cause nor SLA.
QByteArray flowJson(const QString& flow, const QStringList& stages)
{
    QStringList objects;
    for (const QString& line : stages) {
        const QStringList parts = line.split(QLatin1Char(' '));
        const QStringList idAndCause = parts.at(0).split(QLatin1Char('<'));
        QString object =
            QStringLiteral(R"({"id": "%1", "system": "erp", "type": "erp.thing.done", "queue": "erp.q")")
                .arg(idAndCause.at(0));
        if (idAndCause.size() > 1)
            object += QStringLiteral(R"(, "after": "%1")").arg(idAndCause.at(1));
        if (parts.size() > 1)
            object +=
                QStringLiteral(R"(, "latency_s": {"median": 1, "p95": 2}, "sla_s": %1)").arg(parts.at(1));
        if (parts.size() > 2)
            object += QStringLiteral(R"(, "posting": "%1")").arg(parts.at(2));
        objects.append(object + QLatin1Char('}'));
    }
    return QStringLiteral(R"({"flow": "%1", "stages": [%2]})")
        .arg(flow, objects.join(QStringLiteral(", ")))
        .toUtf8();
}

// Flows from "flow: stage line | stage line | …".
FlowLibrary library(const QStringList& flows)
{
    QList<FlowTemplate> templates;
    for (const QString& text : flows) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString id = text.left(colon);
        QStringList stages = text.mid(colon + 1).split(QLatin1Char('|'));
        for (QString& stage : stages)
            stage = stage.trimmed();
        QString error;
        auto flow = FlowTemplate::fromJson(flowJson(id, stages), id, &error);
        if (!flow)
            qFatal("fixture %s: %s", qPrintable(id), qPrintable(error));
        templates.append(*flow);
    }
    return FlowLibrary(templates);
}

QStringList describe(const QList<PostingStage>& postings)
{
    QStringList lines;
    for (const PostingStage& p : postings)
        lines.append(QStringLiteral("%1: %2<%3 %4").arg(p.flow, p.stage, p.causeStage, p.kind));
    return lines;
}

} // namespace

class TestFlowDefinitions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void definitions_data()
    {
        QTest::addColumn<QStringList>("flows");
        QTest::addColumn<QStringList>("postings");

        QTest::newRow("a chain without postings")
            << QStringList{QStringLiteral("sync: change | send 60 | apply 300")} << QStringList{};
        QTest::newRow("a posting's cause is the stage it comes after, not the one before it")
            << QStringList{QStringLiteral("sale: capture | pay 30 | erp-post<capture 3600 order")}
            << QStringList{QStringLiteral("sale: erp-post<capture order")};
        QTest::newRow("every posting kind, in library order (sorted by flow id)")
            << QStringList{QStringLiteral("return-refund: receive | refund 600 refund"),
                           QStringLiteral(
                               "bopis: capture | settle 86400 settlement | erp-post<capture 3600 order")}
            << QStringList{QStringLiteral("bopis: settle<capture settlement"),
                           QStringLiteral("bopis: erp-post<capture order"),
                           QStringLiteral("return-refund: refund<receive refund")};
        QTest::newRow("the postings of two flows, in library order")
            << QStringList{QStringLiteral(
                               "order-to-cash: capture | allocate 60 | erp-post<capture 3600 order"),
                           QStringLiteral("bopis: capture | erp-post 1800 order")}
            << QStringList{QStringLiteral("bopis: erp-post<capture order"),
                           QStringLiteral("order-to-cash: erp-post<capture order")};
        QTest::newRow("a flow without postings beside one with")
            << QStringList{QStringLiteral("store-sale: sell | erp-post 900 order"),
                           QStringLiteral("customer-sync: change | apply 120")}
            << QStringList{QStringLiteral("store-sale: erp-post<sell order")};
        QTest::newRow("an empty library defines nothing") << QStringList{} << QStringList{};
    }

    void definitions()
    {
        QFETCH(QStringList, flows);
        QFETCH(QStringList, postings);
        const FlowLibrary flowLibrary = library(flows);
        QCOMPARE(describe(postingStages(flowLibrary)), postings);
    }

    // The built-in templates (compiled in through ct_resources) define what the pages show.
    void builtInDefinitions()
    {
        QString error;
        const FlowLibrary& builtIn = FlowLibrary::builtIn(&error);
        QCOMPARE(error, QString());

        const QList<PostingStage> postings = postingStages(builtIn);
        QStringList kinds;
        for (const PostingStage& p : postings) {
            const FlowTemplate* flow = builtIn.find(p.flow);
            QVERIFY(flow);
            const int stage = flow->stageIndex(p.stage);
            QVERIFY(stage > 0);
            QCOMPARE(flow->stage(flow->stage(stage).cause).id, p.causeStage);
            if (!kinds.contains(p.kind))
                kinds.append(p.kind);
        }
        QVERIFY(describe(postings).contains(QStringLiteral("order-to-cash: erp-post<allocate order")));
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("order"), QStringLiteral("refund"),
                                     QStringLiteral("settlement")}));
    }
};

QTEST_APPLESS_MAIN(TestFlowDefinitions)
#include "tst_flowdefinitions.moc"
