// The estate's catalog and its stock and price ledgers, on their own.
#include "simulator/estatecatalog.h"
#include "flowlibrary.h"
#include "simulator/inventoryledger.h"
#include "simulator/priceledger.h"
#include "simulator/simulationconfig.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ct;

namespace {

SimulationConfig smallEstate()
{
    SimulationConfig config;
    config.stores = 4;
    config.skus = 50;
    return config;
}

const FlowTemplate& campaignFlow()
{
    QString error;
    return *FlowLibrary::builtIn(&error).find(u"price-promotion");
}

} // namespace

class TestSimulatorLedgers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogIsAPureFunctionOfTheConfig()
    {
        const SimulationConfig config = smallEstate();
        const EstateCatalog a(config), b(config);
        SimulationConfig other = config;
        other.seed = 99;
        const EstateCatalog c(other);
        QCOMPARE(a.nodes().size(), 3 + 4);
        QCOMPARE(a.node(0).code, QStringLiteral("DC-EAST"));
        QCOMPARE(a.node(EstateCatalog::storeNode(3)).code, QStringLiteral("ST-004"));
        QCOMPARE(a.node(EstateCatalog::storeNode(3)).authoritySource, QStringLiteral("pos.st-004"));
        QCOMPARE(a.node(1).authoritySource, QStringLiteral("wms.dc-west"));
        QCOMPARE(a.sku(0), QStringLiteral("SKU-000001"));
        bool differs = false, costsDiffer = false;
        QSet<qint64> costShares; // per mille of the base price: a margin of its own per SKU
        for (int sku = 0; sku < a.skuCount(); ++sku) {
            QCOMPARE(a.basePriceMinor(sku), b.basePriceMinor(sku));
            QCOMPARE(a.basePriceMinor(sku) % 100, qint64(99));
            differs |= a.basePriceMinor(sku) != c.basePriceMinor(sku);
            // The standard cost of a unit: 45-70 % of the price, rounded to the minor unit.
            const qint64 cost = a.unitCostMinor(sku), price = a.basePriceMinor(sku);
            QCOMPARE(cost, b.unitCostMinor(sku));
            QVERIFY2(cost > 0 && cost * 1000 >= price * 450 - 500 && cost * 1000 <= price * 700 + 500,
                     qPrintable(QStringLiteral("%1 costs %2 at a price of %3").arg(a.sku(sku)).arg(cost).arg(price)));
            costShares.insert(cost * 1000 / price);
            costsDiffer |= cost != c.unitCostMinor(sku);
        }
        QVERIFY(differs);
        QVERIFY(costsDiffer);
        QVERIFY(costShares.size() > 10);
        QCOMPARE(EstateCatalog::currency(), QStringLiteral("EUR"));
        QCOMPARE(a.assortment(0).size(), 50);
        for (int store = 0; store < a.storeCount(); ++store) {
            const QList<int>& skus = a.assortment(EstateCatalog::storeNode(store));
            QCOMPARE(skus, b.assortment(EstateCatalog::storeNode(store)));
            QVERIFY(skus.size() >= 10 && skus.size() < 50);
            QVERIFY(std::is_sorted(skus.begin(), skus.end()));
        }
        QCOMPARE(a.initialStock(5, 7), b.initialStock(5, 7));
        QCOMPARE(EstateCatalog::authoritativeSystem(u"ST-004"), QStringLiteral("pos"));
        QCOMPARE(EstateCatalog::authoritativeSystem(u"DC-NORTH"), QStringLiteral("wms"));
    }

    void customersCarryPersonalData()
    {
        const EstateCatalog catalog(smallEstate());
        const Customer x = catalog.customer(4711);
        const Customer again = catalog.customer(4711);
        QCOMPARE(x.id, QStringLiteral("CUST-0004711"));
        QCOMPARE(x.name, again.name);
        QCOMPARE(x.email, again.email);
        QVERIFY(QRegularExpression(QStringLiteral(R"(^[a-z]+\.[a-z]+\d+@example\.com$)"))
                    .match(x.email)
                    .hasMatch());
        QVERIFY(!x.street.isEmpty() && !x.city.isEmpty() && !x.postalCode.isEmpty() && !x.phone.isEmpty());
        QVERIFY(x.homeStore >= 0 && x.homeStore < catalog.storeCount());
        Prng prng(1);
        const QString wrong = catalog.mismatchedPostalCode(x.country, prng);
        QVERIFY(wrong != x.postalCode);
        QVERIFY(wrong.size() != x.postalCode.size() ||
                wrong.contains(QLatin1Char(' ')) != x.postalCode.contains(QLatin1Char(' ')));
        QVERIFY(catalog.unknownSku(prng).mid(4).toInt() > catalog.skuCount());
        QVERIFY(catalog.unknownStore(prng).mid(3).toInt() > catalog.storeCount());
    }

    void inventoryLedgerKeepsEachSystemApart()
    {
        const EstateCatalog catalog(smallEstate());
        InventoryLedger ledger(catalog);
        const int dc = 0;
        const qint64 initial = catalog.initialStock(dc, 3);
        QCOMPARE(ledger.truth(dc, 3), initial);
        for (int slot = 0; slot < InventoryLedger::kSystems; ++slot)
            QCOMPARE(ledger.onHand(dc, 3, slot), initial);
        ledger.recordMovement(dc, 3, -2);
        ledger.apply(dc, 3, InventoryLedger::slotOf(u"wms"), -2);
        ledger.apply(dc, 3, InventoryLedger::slotOf(u"webshop"), -2);
        QCOMPARE(ledger.truth(dc, 3), initial - 2);
        QCOMPARE(ledger.onHand(dc, 3, InventoryLedger::Authority), initial - 2);
        QCOMPARE(ledger.onHand(dc, 3, InventoryLedger::Erp), initial);
        QCOMPARE(ledger.onHand(dc, 3, InventoryLedger::Webshop), initial - 2);
        QCOMPARE(InventoryLedger::slotOf(u"pos"), int(InventoryLedger::Authority));
        QCOMPARE(InventoryLedger::slotOf(u"carrier"), -1);

        const Timestamp asOf = Timestamp::fromSeconds(1000);
        const QList<InventoryPosition> positions = ledger.positions(asOf);
        qsizetype cells = 0;
        for (int node = 0; node < int(catalog.nodes().size()); ++node)
            cells += catalog.assortment(node).size();
        QCOMPARE(positions.size(), cells * 3);
        QCOMPARE(positions[9].sku, QStringLiteral("SKU-000004"));
        QCOMPARE(positions[9].system, QStringLiteral("wms"));
        QCOMPARE(positions[9].onHand, initial - 2);
        QCOMPARE(positions[10].system, QStringLiteral("erp"));
        QCOMPARE(positions[10].onHand, initial);
        // Only the ERP, the item master, knows what a unit costs.
        QCOMPARE(positions[10].unitCostMinor, catalog.unitCostMinor(3));
        QCOMPARE(positions[10].costCurrency, QStringLiteral("EUR"));
        for (int i : {9, 11}) {
            QCOMPARE(positions[i].unitCostMinor, 0);
            QVERIFY(positions[i].costCurrency.isEmpty());
        }
        QCOMPARE(positions.last().system, QStringLiteral("webshop"));
        QVERIFY(positions.last().node.startsWith(QLatin1String("ST-")));
        QCOMPARE(positions.first().asOf, asOf);
    }

    void priceLedgerAppliesTheNewestCampaign()
    {
        const EstateCatalog catalog(smallEstate());
        PriceLedger ledger(catalog, campaignFlow());
        QCOMPARE(ledger.targets().size(), 2 + 4);
        const int erp = ledger.targetIndex(u"erp", u"CHAIN");
        const int web = ledger.targetIndex(u"webshop", u"WEB");
        const int store2 = ledger.targetIndex(u"pos", u"ST-002");
        QVERIFY(erp >= 0 && web >= 0 && store2 >= 0);
        QCOMPARE(ledger.targetIndex(u"pos", u"CHAIN"), -1);

        const QList<CampaignPrice> older{{7, 1099}, {9, 2099}};
        const QList<CampaignPrice> newer{{7, 899}};
        ledger.track(older);
        ledger.track(newer);
        ledger.apply(erp, QStringLiteral("CAMP-0001"), Timestamp::fromSeconds(100), older);
        ledger.apply(erp, QStringLiteral("CAMP-0002"), Timestamp::fromSeconds(200), newer);
        ledger.apply(web, QStringLiteral("CAMP-0002"), Timestamp::fromSeconds(200), newer);
        // The web shop acknowledges the older campaign late: it must not undo the newer one.
        ledger.apply(web, QStringLiteral("CAMP-0001"), Timestamp::fromSeconds(100), older);

        const QList<PricePosition> positions = ledger.positions(Timestamp::fromSeconds(300));
        QCOMPARE(positions.size(), 2 * 6);
        auto find = [&](const QString& sku, const QString& node) {
            for (const PricePosition& p : positions) {
                if (p.sku == sku && p.node == node)
                    return p;
            }
            return PricePosition();
        };
        QCOMPARE(find(QStringLiteral("SKU-000008"), QStringLiteral("CHAIN")).promotionId,
                 QStringLiteral("CAMP-0002"));
        QCOMPARE(find(QStringLiteral("SKU-000008"), QStringLiteral("CHAIN")).priceMinor, qint64(899));
        QCOMPARE(find(QStringLiteral("SKU-000008"), QStringLiteral("WEB")).promotionId,
                 QStringLiteral("CAMP-0002"));
        QCOMPARE(find(QStringLiteral("SKU-000010"), QStringLiteral("WEB")).promotionId,
                 QStringLiteral("CAMP-0001"));
        const PricePosition untouched = find(QStringLiteral("SKU-000008"), QStringLiteral("ST-002"));
        QCOMPARE(untouched.promotionId, QString());
        QCOMPARE(untouched.priceMinor, catalog.basePriceMinor(7));
        QCOMPARE(untouched.system, QStringLiteral("pos"));
        QCOMPARE(untouched.currency, QStringLiteral("EUR"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorLedgers)
#include "tst_simulator_ledgers.moc"
