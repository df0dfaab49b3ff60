// The node x system heatmap: what a cell counts (beyond tolerance only, the unexplained among them),
// what the mismatches are worth at cost (known costs only, the rest counted apart), the heat against
// the hottest cell in either measure, and the compact money a cell shows; while the messages behind
// the mismatches are read, no cell claims a count of unexplained ones.
#include "mismatchheatmapmodel.h"

#include <QTest>

using namespace ct;

namespace {

InventoryDelta delta(const QString& node, const QString& system, qint64 d, qint64 cost, qint64 residual = 0)
{
    InventoryDelta x;
    x.sku = QStringLiteral("SKU-%1").arg(d);
    x.node = node;
    x.system = system;
    x.authoritativeSystem = node.startsWith(QLatin1String("DC-")) ? QStringLiteral("wms") : QStringLiteral("pos");
    x.delta = d;
    x.residual = residual;
    x.explained = d - residual;
    x.tolerance = 1;
    x.unitCostMinor = cost;
    x.costCurrency = cost > 0 ? QStringLiteral("EUR") : QString();
    return x;
}

InventoryRow row(const QList<InventoryDelta>& deltas)
{
    InventoryRow r;
    r.sku = deltas.constFirst().sku;
    r.node = deltas.constFirst().node;
    r.deltas = deltas;
    return r;
}

} // namespace

class TestMismatchHeatmap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsAndValuesByNodeAndSystem()
    {
        const QList<InventoryRow> rows{
            row({delta(QStringLiteral("ST-001"), QStringLiteral("erp"), -4, 250, -4), delta(QStringLiteral("ST-001"), QStringLiteral("webshop"), 1, 250)}),
            row({delta(QStringLiteral("ST-001"), QStringLiteral("erp"), 3, 0)}),
            row({delta(QStringLiteral("DC-EAST"), QStringLiteral("erp"), 10, 1000)}),
            row({delta(QStringLiteral("ST-002"), QStringLiteral("webshop"), 0, 500)}),
        };
        const MismatchHeatmap map = mismatchHeatmap(rows);
        QCOMPARE(map.nodes, (QStringList{QStringLiteral("DC-EAST"), QStringLiteral("ST-001"), QStringLiteral("ST-002")}));
        QCOMPARE(map.systems, (QStringList{QStringLiteral("erp"), QStringLiteral("webshop")}));
        const HeatmapCell st1 = map.at(QStringLiteral("ST-001"), QStringLiteral("erp"));
        QCOMPARE(st1.mismatches, 2);
        QCOMPARE(st1.unexplained, 1);
        QCOMPARE(st1.valueAtCostMinor, 4 * 250);  // the SKU without a cost adds nothing ...
        QCOMPARE(st1.withoutCost, 1);             // ... and is counted apart
        // Within tolerance (|1| <= 1) or agreeing: no mismatch.
        QCOMPARE(map.at(QStringLiteral("ST-001"), QStringLiteral("webshop")).mismatches, 0);
        QCOMPARE(map.at(QStringLiteral("ST-002"), QStringLiteral("webshop")).mismatches, 0);
        QCOMPARE(map.at(QStringLiteral("DC-EAST"), QStringLiteral("erp")).valueAtCostMinor, 10 * 1000);
        QCOMPARE(map.largestCount, 2);
        QCOMPARE(map.largestValue, 10'000);
        QCOMPARE(map.currency, QStringLiteral("EUR"));
        QVERIFY(mismatchHeatmap({}).nodes.isEmpty());
        QVERIFY(!map.explaining);
    }

    void unexplainedIsUnknownWhileTheMessagesAreRead()
    {
        InventoryDelta pending = delta(QStringLiteral("ST-001"), QStringLiteral("erp"), -4, 250, -4);
        pending.causesPending = true;
        const MismatchHeatmap map = mismatchHeatmap({row({pending})});
        QVERIFY(map.explaining);
        QCOMPARE(map.at(QStringLiteral("ST-001"), QStringLiteral("erp")).mismatches, 1);
        QCOMPARE(map.at(QStringLiteral("ST-001"), QStringLiteral("erp")).unexplained, 0); // not known yet, not counted
        MismatchHeatmapModel model;
        model.setHeatmap(map);
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Reading the messages behind them")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("not explained")));
    }

    void modelShowsTheChosenMeasure()
    {
        MismatchHeatmapModel model;
        model.setHeatmap(mismatchHeatmap({
            row({delta(QStringLiteral("ST-001"), QStringLiteral("erp"), -4, 250)}),
            row({delta(QStringLiteral("ST-001"), QStringLiteral("erp"), 6, 0)}),
            row({delta(QStringLiteral("DC-EAST"), QStringLiteral("erp"), 2'000'000, 1000)}),
            row({delta(QStringLiteral("DC-EAST"), QStringLiteral("webshop"), 0, 1000)}),
        }));
        QCOMPARE(model.rowCount(), 2);     // erp, webshop
        QCOMPARE(model.columnCount(), 2);  // DC-EAST, ST-001
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("ST\n001"));
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("ST-001")));
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("erp"));
        const QModelIndex st1 = model.index(0, 1), dc = model.index(0, 0), agreeing = model.index(1, 0);
        QCOMPARE(st1.data().toString(), QStringLiteral("2"));
        QCOMPARE(st1.data(MismatchHeatmapModel::HeatRole).toDouble(), 1.0);  // the hottest by count (2 vs 1)
        QCOMPARE(dc.data(MismatchHeatmapModel::HeatRole).toDouble(), 0.5);
        QCOMPARE(agreeing.data().toString(), QString());
        QCOMPARE(st1.data(MismatchHeatmapModel::NodeRole).toString(), QStringLiteral("ST-001"));
        QCOMPARE(st1.data(MismatchHeatmapModel::SystemRole).toString(), QStringLiteral("erp"));
        QVERIFY(st1.data(Qt::ToolTipRole).toString().contains(QLatin1String("10.00 EUR at cost")));

        model.setMeasure(MismatchHeatmapModel::Measure::ValueAtCost);
        QCOMPARE(dc.data().toString(), QStringLiteral("20.0M"));  // 2,000,000 x 10.00
        QCOMPARE(st1.data().toString(), QStringLiteral("10"));
        QCOMPARE(dc.data(MismatchHeatmapModel::HeatRole).toDouble(), 1.0);
        QVERIFY(st1.data(MismatchHeatmapModel::HeatRole).toDouble() < 0.001);
    }

    void compactMoney()
    {
        QCOMPARE(MismatchHeatmapModel::compactMoney(0), QStringLiteral("0"));
        QCOMPARE(MismatchHeatmapModel::compactMoney(84'049), QStringLiteral("840"));

        QCOMPARE(MismatchHeatmapModel::compactMoney(1'240'000), QStringLiteral("12.4k"));
        QCOMPARE(MismatchHeatmapModel::compactMoney(130'000'000), QStringLiteral("1.3M"));
    }
};

QTEST_APPLESS_MAIN(TestMismatchHeatmap)
#include "tst_mismatchheatmap.moc"
