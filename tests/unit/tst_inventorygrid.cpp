#include "inventorygrid.h"

#include <QTest>

using namespace ct;

class TestInventoryGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pivotsAgainstTheAuthority()
    {
        const Timestamp t = Timestamp::fromSeconds(100);
        const QList<InventoryPosition> positions{
            {QStringLiteral("SKU-1"), QStringLiteral("DC-EAST"), QStringLiteral("erp"), 8, 0, t},
            {QStringLiteral("SKU-1"), QStringLiteral("DC-EAST"), QStringLiteral("webshop"), 13, 0, t},
            {QStringLiteral("SKU-1"), QStringLiteral("DC-EAST"), QStringLiteral("wms"), 10, 0, t},
            {QStringLiteral("SKU-1"), QStringLiteral("ST-001"), QStringLiteral("erp"), 4, 0, t},
            {QStringLiteral("SKU-1"), QStringLiteral("ST-001"), QStringLiteral("pos"), 4, 0, Timestamp::fromSeconds(200)},
            {QStringLiteral("SKU-2"), QStringLiteral("ST-001"), QStringLiteral("erp"), 7, 0, t},
        };
        QList<InventoryDelta> deltas = inventoryDeltas(positions, DeltaRules(), Timestamp::fromSeconds(300));
        // Before the messages are read, a difference is neither explained nor unexplained.
        const QList<InventoryRow> pending = inventoryRows(deltas);
        QVERIFY(pending.at(0).explaining());
        QVERIFY(!pending.at(0).unexplained());
        QVERIFY(!pending.at(1).explaining()); // every system agrees: nothing to read
        for (InventoryDelta& d : deltas)
            d.causesPending = false;
        deltas[1].residual = 0; // as if messages explained the web shop's +3, and none the ERP's -2
        const QList<InventoryRow> rows = inventoryRows(deltas);
        QVERIFY(!rows.at(0).explaining());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).authoritativeSystem, QStringLiteral("wms"));
        QCOMPARE(rows.at(0).authoritative, 10);
        QCOMPARE(rows.at(0).bySystem.size(), 3);
        QCOMPARE(rows.at(0).largestDelta, 3);  // +3 beats -2: the largest by size, with its sign
        QCOMPARE(rows.at(0).largestResidual, -2);
        QVERIFY(rows.at(0).unexplained());
        QCOMPARE(rows.at(0).deltas.size(), 2);
        QCOMPARE(rows.at(1).authoritativeSystem, QStringLiteral("pos"));
        QCOMPARE(rows.at(1).largestDelta, 0);
        QVERIFY(!rows.at(1).unexplained());
        QCOMPARE(rows.at(1).asOf, Timestamp::fromSeconds(200));
        // No count from the authority: it counts as zero, so every other figure is a delta.
        QCOMPARE(rows.at(2).authoritative, 0);
        QCOMPARE(rows.at(2).bySystem.size(), 1);
        QCOMPARE(rows.at(2).largestDelta, 7);
        QVERIFY(inventoryRows({}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestInventoryGrid)
#include "tst_inventorygrid.moc"
