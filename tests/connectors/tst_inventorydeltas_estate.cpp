// Inventory and price deltas of the simulated estate, read back from either engine: every difference
// between a system's count (or price) and the authority's is explained by the messages behind it
// (residual zero on every row), and what the fault ledger says a system missed is among the causes.
#include "flowlibrary.h"
#include "inventorydeltaquery.h"
#include "simulator/demorun.h"
#include "simulator/estatecatalog.h"
#include "store/storefactory.h"
#include "storefixture.h"

#include <QSet>
#include <QTest>

#include <map>

using namespace ct;

namespace {

// Passes the batches on to the store and keeps the fault ledger.
class LedgerKeeper : public IngestWriter {
public:
    explicit LedgerKeeper(TelemetryStore& store) : m_store(store) {}
    Expected<IngestResult> ingest(const IngestBatch& batch) override
    {
        faults += batch.faults;
        return m_store.ingest(batch);
    }
    Expected<bool> clearTelemetry() override { return m_store.clearTelemetry(); }
    QList<InjectedFault> faults;

private:
    TelemetryStore& m_store;
};

SimulationConfig estate(quint64 seed, int days = 2)
{
    QString error;
    SimulationConfig config = SimulationConfig::withDefaults(&error);
    config.seed = seed;
    config.days = days;
    config.ordersPerDay = 500;
    config.salesPerStorePerDay = 80;
    config.stores = 5;
    config.skus = 200;
    for (const QString& name : faultClassNames())
        config.faultRates[name] = 0.04;
    return config;
}

const DeltaCause* causeOf(const InventoryDelta& d, const QString& correlationId)
{
    for (const DeltaCause& c : d.causes) {
        if (c.correlationId == correlationId)
            return &c;
    }
    return nullptr;
}


struct FilledStore {
    test::StoreFixture fixture;
    std::unique_ptr<TelemetryStore> store;
    QList<InjectedFault> faults;
    QString error;

    FilledStore(const QString& engine, const SimulationConfig& config) : fixture(engine)
    {
        if (!fixture.isValid()) {
            error = fixture.error();
            return;
        }
        auto opened = openStore(fixture.url(), OpenMode::ReadWrite);
        if (!opened) {
            error = opened.error().text;
            return;
        }
        store = std::move(opened.value());
        LedgerKeeper keeper(*store);
        auto filled = fillWithDemo(*store, config, false, {}, nullptr, &keeper);
        if (!filled)
            error = filled.error().text;
        faults = keeper.faults;
    }
};

void engineAndSeedRows()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<quint64>("seed");
    for (const char* engine : {"sqlite", "postgresql"}) {
        for (quint64 seed : {1, 7, 42})
            QTest::addRow("%s seed %llu", engine, seed) << QString::fromLatin1(engine) << seed;
    }
}

} // namespace

class TestInventoryDeltasEstate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void priceDifferencesAreExplained_data() { engineAndSeedRows(); }

    void priceDifferencesAreExplained()
    {
        QFETCH(QString, engine);
        QFETCH(quint64, seed);
        // Campaigns are rarer than sales: a longer window, few orders.
        SimulationConfig config = estate(seed, 6);
        config.ordersPerDay = 100;
        config.salesPerStorePerDay = 10;
        FilledStore filled(engine, config);
        QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));
        QString error;
        const FlowLibrary& flows = FlowLibrary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DeltaFilter all;
        all.minDelta = 0;
        auto read = readPriceDeltas(*filled.store, flows, DeltaRules(), all, config.until);
        QVERIFY2(read, qPrintable(read.error().text));
        int differing = 0, explained = 0;
        for (const PriceDelta& d : read.value()) {
            QCOMPARE(d.explained + d.residual, d.delta);
            QVERIFY2(d.residual == 0, qPrintable(QStringLiteral("%1 %2 %3: %4 (%5) against %6 (%7)")
                                                     .arg(d.sku, d.node, d.system)
                                                     .arg(d.priceMinor)
                                                     .arg(d.promotionId)
                                                     .arg(d.referencePriceMinor)
                                                     .arg(d.referencePromotionId)));
            differing += d.delta != 0 ? 1 : 0;
            explained += d.causes.isEmpty() ? 0 : 1;
        }
        QVERIFY(differing > 5);
        QVERIFY(explained >= differing);

        // The ledger's "this store never took campaign C over": where the authority shows C and the
        // store shows something else, C is the cause.
        int checked = 0;
        for (const InjectedFault& f : filled.faults) {
            if (f.flow != QLatin1String("price-promotion") || f.sku.isEmpty())
                continue;
            for (const PriceDelta& d : read.value()) {
                if (d.sku != f.sku || d.node != f.node || d.system != f.system || d.referencePromotionId != f.correlationId ||
                    d.promotionId == f.correlationId || d.delta == 0)
                    continue;
                QCOMPARE(d.causes.size(), 1);
                const DeltaCause& c = d.causes.constFirst();
                if (c.correlationId == f.correlationId) {
                    QCOMPARE(c.laggingSystem, f.system);
                    ++checked;
                } else {
                    // The store shows a newer campaign still, one the authority has not taken over.
                    QCOMPARE(c.correlationId, d.promotionId);
                    QCOMPARE(c.laggingSystem, d.referenceSystem);
                }
            }
        }
        QVERIFY(checked > 0);
    }

    void theCellsThatDisagreeFollowTheIngest_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // The store keeps the cells whose systems disagree as positions arrive; a list of differences reads
    // only those, and finds what a reading of every position finds.
    void theCellsThatDisagreeFollowTheIngest()
    {
        QFETCH(QString, engine);
        FilledStore filled(engine, estate(3));
        QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));
        TelemetryStore& store = *filled.store;
        const auto cellsOf = [](const QList<InventoryPosition>& positions) {
            QSet<std::pair<QString, QString>> cells;
            for (const InventoryPosition& p : positions)
                cells.insert({p.sku, p.node});
            return cells;
        };
        const auto expected = [&]() {
            QSet<std::pair<QString, QString>> cells;
            for (const InventoryDelta& d : inventoryDeltas(store.inventoryPositions({}).value(), DeltaRules(), Timestamp::now())) {
                if (d.disagrees())
                    cells.insert({d.sku, d.node});
            }
            return cells;
        };
        auto differing = store.inventoryDifferences({});
        QVERIFY2(differing, qPrintable(differing.error().text));
        QSet<std::pair<QString, QString>> cells = cellsOf(differing.value());
        QVERIFY(cells.size() > 20);
        QCOMPARE(cells, expected());
        QCOMPARE(cellsOf(store.inventoryDifferences(QStringLiteral("DC-EAST")).value()).size(),
                 std::count_if(cells.cbegin(), cells.cend(), [](const auto& c) { return c.second == QLatin1String("DC-EAST"); }));

        // A count taken again agrees: the cell is gone. Another one drifts: it is there.
        const auto [sku, node] = *cells.cbegin();
        IngestBatch batch;
        for (const InventoryPosition& p : differing.value()) {
            if (p.sku == sku && p.node == node)
                batch.inventory.append(InventoryPosition{p.sku, p.node, p.system, 42, 0, Timestamp::now()});
        }
        const auto agreeing = store.inventoryPositions(QStringLiteral("ST-001")).value();
        InventoryPosition drift;
        for (const InventoryPosition& p : agreeing) {
            if (!cells.contains({p.sku, p.node}) && p.system == QLatin1String("erp")) {
                drift = p;
                break;
            }
        }
        QVERIFY(!drift.sku.isEmpty());
        drift.onHand -= 3;
        batch.inventory.append(drift);
        QVERIFY(store.ingest(batch));
        cells.remove({sku, node});
        cells.insert({drift.sku, drift.node});
        QCOMPARE(cellsOf(store.inventoryDifferences({}).value()), cells);
        QCOMPARE(cells, expected());
    }

    void differencesAreValuedAtTheErpsCost_data() { CT_ENGINE_ROWS(); }

    // The ERP's positions carry each SKU's standard cost through the store; every row of a cell,
    // whichever system it is, is valued at it.
    void differencesAreValuedAtTheErpsCost()
    {
        QFETCH(QString, engine);
        const SimulationConfig config = estate(5);
        FilledStore filled(engine, config);
        QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));
        const EstateCatalog catalog(config);
        const auto skuIndex = [](const QString& sku) { return sku.mid(4).toInt() - 1; };

        auto positions = filled.store->inventoryPositions({});
        QVERIFY2(positions, qPrintable(positions.error().text));
        int costed = 0;
        for (const InventoryPosition& p : positions.value()) {
            const bool erp = p.system == QLatin1String("erp");
            QCOMPARE(p.unitCostMinor, erp ? catalog.unitCostMinor(skuIndex(p.sku)) : 0);
            QCOMPARE(p.costCurrency, erp ? QStringLiteral("EUR") : QString());
            costed += erp ? 1 : 0;
        }
        QVERIFY(costed > 200);

        QString error;
        const FlowLibrary& flows = FlowLibrary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto read = readInventoryDeltas(*filled.store, flows, DeltaRules(), DeltaFilter(), config.until);
        QVERIFY2(read, qPrintable(read.error().text));
        QSet<QString> systems;
        for (const InventoryDelta& d : read.value()) {
            QCOMPARE(d.unitCostMinor, catalog.unitCostMinor(skuIndex(d.sku)));
            QCOMPARE(d.costCurrency, QStringLiteral("EUR"));
            QCOMPARE(d.valueAtCostMinor(), qAbs(d.delta) * catalog.unitCostMinor(skuIndex(d.sku)));
            QVERIFY(d.valueAtCostMinor() > 0);
            systems.insert(d.system);
        }
        // The web shop's rows too, though it knows no cost of its own.
        QVERIFY(systems.contains(QStringLiteral("webshop")));
        QVERIFY(systems.contains(QStringLiteral("erp")));
    }

    void everyDifferenceIsExplained_data() { engineAndSeedRows(); }

    void everyDifferenceIsExplained()
    {
        QFETCH(QString, engine);
        QFETCH(quint64, seed);
        const SimulationConfig config = estate(seed);
        FilledStore filled(engine, config);
        QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));

        QString error;
        const FlowLibrary& flows = FlowLibrary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DeltaRules rules;
        DeltaFilter all;
        all.minDelta = 0;
        // Judged at the window's end: what is still on its way is pending, what is late is overdue.
        auto read = readInventoryDeltas(*filled.store, flows, rules, all, config.until);
        QVERIFY2(read, qPrintable(read.error().text));
        const QList<InventoryDelta>& rows = read.value();

        std::map<std::tuple<QString, QString, QString>, const InventoryDelta*> byCell;
        std::map<DeltaCause::Kind, int> kinds;
        int differing = 0;
        for (const InventoryDelta& d : rows) {
            byCell[{d.sku, d.node, d.system}] = &d;
            QCOMPARE(d.explained + d.residual, d.delta);
            QVERIFY2(d.residual == 0, qPrintable(QStringLiteral("%1 %2 %3: delta %4, explained %5")
                                                     .arg(d.sku, d.node, d.system)
                                                     .arg(d.delta)
                                                     .arg(d.explained)));
            differing += d.disagrees() ? 1 : 0;
            for (const DeltaCause& c : d.causes)
                ++kinds[c.kind];
        }
        QVERIFY(differing > 50);
        QVERIFY(kinds[DeltaCause::Kind::Failed] > 10);
        QVERIFY(kinds[DeltaCause::Kind::Stopped] > 0);
        QVERIFY(kinds[DeltaCause::Kind::Overdue] > 0);
        QVERIFY(kinds[DeltaCause::Kind::Pending] > 0);

        // What the ledger says a system missed, by transaction and cell.
        std::map<std::tuple<QString, QString, QString>, QSet<QString>> missedBy; // (tx, sku, node) -> systems
        for (const InjectedFault& f : filled.faults) {
            if (f.quantity)
                missedBy[{f.correlationId, f.sku, f.node}].insert(f.system);
        }
        int checked = 0;
        for (const InjectedFault& f : filled.faults) {
            if (!f.quantity)
                continue;
            const QString authority = rules.authorityAt(f.node);
            const QSet<QString>& missed = missedBy[{f.correlationId, f.sku, f.node}];
            for (const auto& [cell, d] : byCell) {
                if (std::get<0>(cell) != f.sku || std::get<1>(cell) != f.node)
                    continue;
                // A row counts it when exactly one of its two systems missed it, and the counts disagree
                // (agreeing counts have nothing to explain, whatever offsets inside them).
                if (missed.contains(d->system) == missed.contains(authority) || !d->disagrees())
                    continue;
                if (f.system != d->system && f.system != authority)
                    continue;
                const DeltaCause* c = causeOf(*d, f.correlationId);
                QVERIFY2(c, qPrintable(QStringLiteral("%1: %2 missed %3 at %4 %5, not among the causes of %6 (delta %7)")
                                           .arg(f.correlationId, f.system)
                                           .arg(*f.quantity)
                                           .arg(f.sku, f.node, d->system)
                                           .arg(d->delta)));
                QCOMPARE(c->laggingSystem, f.system);
                QCOMPARE(c->quantity, f.system == d->system ? -*f.quantity : *f.quantity);
                // A stage stuck shortly before the window's end is not yet overdue: no one can tell yet.
                if (c->kind == DeltaCause::Kind::Pending)
                    QVERIFY(c->dueAt >= config.until);
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }
};

QTEST_GUILESS_MAIN(TestInventoryDeltasEstate)
#include "tst_inventorydeltas_estate.moc"
