// The inventory delta engine on hand-written positions and events: every difference is the sum of
// the transactions one system booked and the other did not (yet), and what is left is the residual.
#include "deltarules.h"
#include "flowlibrary.h"
#include "inventorydeltas.h"

#include <QTest>

using namespace ct;

namespace {

// A sale: the store's POS books it, then the ERP posts it, and the web shop takes the stock over
// after the ERP (a chain, so a failed ERP posting stops the web shop too).
const QByteArray kSale = R"({
  "flow": "sale",
  "stages": [
    {"id": "sale", "system": "{authority}", "type": "{authority}.sale.completed", "queue": "q.sale",
     "payload": ["line"], "inventory": "outbound"},
    {"id": "erp-post", "name": "ERP posting", "system": "erp", "type": "erp.sale.posted", "failed_type": "erp.sale.rejected",
     "queue": "q.erp", "latency_s": {"median": 60, "p95": 300}, "sla_s": 3600, "faults": ["business_rule"],
     "payload": ["line"], "inventory": "outbound"},
    {"id": "webshop-stock", "name": "Web shop stock", "system": "webshop", "type": "webshop.stock.updated",
     "queue": "q.web", "latency_s": {"median": 60, "p95": 300}, "sla_s": 600, "payload": ["line"], "inventory": "outbound"}
  ]
})";

const Timestamp kT0 = *Timestamp::fromIso(QStringLiteral("2026-11-02T10:00:00Z"));

const FlowLibrary& library()
{
    static const FlowLibrary flows = [] {
        QString error;
        auto flow = FlowTemplate::fromJson(kSale, QStringLiteral("sale.json"), &error);
        Q_ASSERT_X(flow, "sale", qPrintable(error));
        return FlowLibrary({*flow});
    }();
    return flows;
}

// One transaction's events, a minute apart from `minute`: "erp-post!" fails; quantity 2 of SKU-1 at ST-001.
QList<Event> sale(const QString& id, int minute, const QStringList& stages, qint64 quantity = 2)
{
    QList<Event> out;
    QString cause;
    for (const QString& s : stages) {
        Event e;
        e.id = id + QLatin1Char('-') + s;
        e.correlationId = id;
        e.causationId = cause;
        e.flow = QStringLiteral("sale");
        e.stage = QString(s).remove(QLatin1Char('!'));
        e.status = s.endsWith(QLatin1Char('!')) ? EventStatus::Failed : EventStatus::Ok;
        e.source = e.stage == QLatin1String("sale") ? QStringLiteral("pos.st-001") : e.stage.section(QLatin1Char('-'), 0, 0);
        e.sku = QStringLiteral("SKU-1");
        e.node = QStringLiteral("ST-001");
        e.quantity = quantity;
        e.occurredAt = kT0.plusSeconds(60.0 * (minute + double(out.size())));
        cause = e.id;
        out << e;
    }
    return out;
}

InventoryPosition position(const QString& system, qint64 onHand, Timestamp asOf = kT0.plusSeconds(3600))
{
    return InventoryPosition{QStringLiteral("SKU-1"), QStringLiteral("ST-001"), system, onHand, 0, asOf};
}

const InventoryDelta* rowOf(const QList<InventoryDelta>& rows, const QString& system)
{
    for (const InventoryDelta& d : rows) {
        if (d.system == system)
            return &d;
    }
    return nullptr;
}

QList<InventoryDelta> explained(const QList<InventoryPosition>& positions, const QList<Event>& events,
                                const DeltaRules& rules = {}, Timestamp now = kT0.plusSeconds(3600))
{
    QList<InventoryDelta> rows = inventoryDeltas(positions, rules, now);
    explainDeltas(rows, events, library(), rules, now);
    for (const InventoryDelta& d : rows)
        Q_ASSERT(d.explained + d.residual == d.delta);
    return rows;
}

} // namespace

class TestInventoryDeltas : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aRowPerSystemAgainstTheAuthority()
    {
        const auto rows = inventoryDeltas({position(QStringLiteral("erp"), 10), position(QStringLiteral("pos"), 12),
                                           position(QStringLiteral("webshop"), 12)},
                                          DeltaRules(), kT0);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].system, QStringLiteral("erp"));
        QCOMPARE(rows[0].authoritativeSystem, QStringLiteral("pos"));
        QCOMPARE(rows[0].authoritativeQuantity, 12);
        QCOMPARE(rows[0].delta, -2);
        QCOMPARE(rows[0].residual, -2);
        QCOMPARE(rows[1].delta, 0);
        QCOMPARE(cellsToExplain(rows), (QList<StockCell>{{QStringLiteral("SKU-1"), QStringLiteral("ST-001")}}));
    }

    // Positions as "system on_hand [unit_cost currency]", in the order given; the POS (12) is the authority.
    void everyRowIsValuedAtTheCellsUnitCost_data()
    {
        QTest::addColumn<QStringList>("positions");
        QTest::addColumn<qint64>("unitCost");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("erpValue");     // |10 - 12| x cost
        QTest::addColumn<qint64>("webshopValue"); // |15 - 12| x cost
        QTest::newRow("the erp's") << QStringList{QStringLiteral("pos 12"), QStringLiteral("erp 10 700 EUR"), QStringLiteral("webshop 15")}
                                   << qint64(700) << QStringLiteral("EUR") << qint64(1400) << qint64(2100);
        QTest::newRow("the erp's before another's, wherever it comes")
            << QStringList{QStringLiteral("webshop 15 650 CHF"), QStringLiteral("pos 12"), QStringLiteral("erp 10 700 EUR")}
            << qint64(700) << QStringLiteral("EUR") << qint64(1400) << qint64(2100);
        QTest::newRow("another's when the erp knows none")
            << QStringList{QStringLiteral("erp 10"), QStringLiteral("pos 12 480 EUR"), QStringLiteral("webshop 15")}
            << qint64(480) << QStringLiteral("EUR") << qint64(960) << qint64(1440);
        QTest::newRow("unknown") << QStringList{QStringLiteral("erp 10"), QStringLiteral("pos 12"), QStringLiteral("webshop 15")}
                                 << qint64(0) << QString() << qint64(0) << qint64(0);
    }

    void everyRowIsValuedAtTheCellsUnitCost()
    {
        QFETCH(QStringList, positions);
        QFETCH(qint64, unitCost);
        QFETCH(QString, currency);
        QFETCH(qint64, erpValue);
        QFETCH(qint64, webshopValue);
        QList<InventoryPosition> cell;
        for (const QString& text : positions) {
            const QStringList parts = text.split(QLatin1Char(' '));
            InventoryPosition p = position(parts.at(0), parts.at(1).toLongLong());
            if (parts.size() == 4) {
                p.unitCostMinor = parts.at(2).toLongLong();
                p.costCurrency = parts.at(3);
            }
            cell << p;
        }
        // Another SKU at the node with a cost of its own, which must not leak into this cell.
        InventoryPosition other = position(QStringLiteral("erp"), 1);
        other.sku = QStringLiteral("SKU-2");
        other.unitCostMinor = 99;
        other.costCurrency = QStringLiteral("USD");
        cell.append(other);

        const auto rows = inventoryDeltas(cell, DeltaRules(), kT0);
        QCOMPARE(rows.size(), 3);
        for (const QString& system : {QStringLiteral("erp"), QStringLiteral("webshop")}) {
            const InventoryDelta* d = rowOf(rows, system);
            QVERIFY(d);
            QCOMPARE(d->sku, QStringLiteral("SKU-1"));
            QCOMPARE(d->unitCostMinor, unitCost);
            QCOMPARE(d->costCurrency, currency);
            QCOMPARE(d->valueAtCostMinor(), system == QLatin1String("erp") ? erpValue : webshopValue);
        }
        QCOMPARE(rows.constLast().sku, QStringLiteral("SKU-2"));
        QCOMPARE(rows.constLast().unitCostMinor, 99);
        QCOMPARE(rows.constLast().costCurrency, QStringLiteral("USD"));
        QCOMPARE(rows.constLast().valueAtCostMinor(), 99); // |1 - 0|: no authority's figure
    }

    void aFailedPostingExplainsTheErpAndStopsTheWebShop()
    {
        // POS sold 2 and 3; the ERP rejected the first, so the web shop never heard of it either.
        QList<Event> events = sale(QStringLiteral("A"), 0, {QStringLiteral("sale"), QStringLiteral("erp-post!")});
        events += sale(QStringLiteral("B"), 5, {QStringLiteral("sale"), QStringLiteral("erp-post"), QStringLiteral("webshop-stock")}, 3);
        const auto rows = explained({position(QStringLiteral("pos"), 5), position(QStringLiteral("erp"), 7),
                                     position(QStringLiteral("webshop"), 7)},
                                    events);
        const InventoryDelta* erp = rowOf(rows, QStringLiteral("erp"));
        QCOMPARE(erp->delta, 2);
        QCOMPARE(erp->explained, 2);
        QCOMPARE(erp->residual, 0);
        QCOMPARE(erp->causes.size(), 1); // B was booked by both: it cancels
        const DeltaCause& c = erp->causes.constFirst();
        QCOMPARE(c.kind, DeltaCause::Kind::Failed);
        QCOMPARE(c.correlationId, QStringLiteral("A"));
        QCOMPARE(c.laggingSystem, QStringLiteral("erp"));
        QCOMPARE(c.blockingStage, QStringLiteral("erp-post"));
        QCOMPARE(c.failedEventId, QStringLiteral("A-erp-post!"));
        QCOMPARE(c.quantity, 2);
        QCOMPARE(c.movedAt, kT0);
        QCOMPARE(describeCause(c), QStringLiteral("ERP posting of A failed, so erp has not taken it over (+2)"));

        const InventoryDelta* web = rowOf(rows, QStringLiteral("webshop"));
        QCOMPARE(web->residual, 0);
        QCOMPARE(web->causes.constFirst().kind, DeltaCause::Kind::Stopped);
        QCOMPARE(web->causes.constFirst().stage, QStringLiteral("webshop-stock"));
        QCOMPARE(web->causes.constFirst().blockingStage, QStringLiteral("erp-post"));
        QCOMPARE(describeCause(web->causes.constFirst()),
                 QStringLiteral("ERP posting of A failed, so Web shop stock never came and webshop has not taken it over (+2)"));
    }

    void onItsWayUntilTheSlaThenOverdue()
    {
        // The ERP posted at minute 1; the web shop is due 600 s later.
        const QList<Event> events = sale(QStringLiteral("C"), 0, {QStringLiteral("sale"), QStringLiteral("erp-post")});
        const QList<InventoryPosition> positions{position(QStringLiteral("pos"), 8), position(QStringLiteral("erp"), 8),
                                                 position(QStringLiteral("webshop"), 10)};
        const auto soon = explained(positions, events, {}, kT0.plusSeconds(300));
        QCOMPARE(rowOf(soon, QStringLiteral("webshop"))->causes.constFirst().kind, DeltaCause::Kind::Pending);
        QCOMPARE(rowOf(soon, QStringLiteral("webshop"))->causes.constFirst().dueAt, kT0.plusSeconds(660));
        QCOMPARE(rowOf(soon, QStringLiteral("webshop"))->residual, 0);
        const auto late = explained(positions, events, {}, kT0.plusSeconds(3600));
        QCOMPARE(rowOf(late, QStringLiteral("webshop"))->causes.constFirst().kind, DeltaCause::Kind::Overdue);
        QCOMPARE(rowOf(late, QStringLiteral("erp"))->causes.size(), 0);
    }

    void aFigureTakenBeforeTheMovementDoesNotHoldIt()
    {
        // The ERP's figure is from before its posting at minute 1: it still shows the old count.
        const QList<Event> events = sale(QStringLiteral("D"), 0, {QStringLiteral("sale"), QStringLiteral("erp-post")});
        const auto rows = explained({position(QStringLiteral("pos"), 8), position(QStringLiteral("erp"), 10, kT0.plusSeconds(30))},
                                    events);
        const InventoryDelta* erp = rowOf(rows, QStringLiteral("erp"));
        QCOMPARE(erp->delta, 2);
        QCOMPARE(erp->residual, 0);
        QCOMPARE(erp->causes.constFirst().kind, DeltaCause::Kind::Pending);
        QCOMPARE(erp->causes.constFirst().blockingStage, QStringLiteral("erp-post"));
    }

    void whatNoMessageExplainsIsTheResidual()
    {
        // Shrink: the POS counted 1 fewer than every movement says.
        QList<Event> events = sale(QStringLiteral("E"), 0, {QStringLiteral("sale"), QStringLiteral("erp-post!")});
        const auto rows = explained({position(QStringLiteral("pos"), 7), position(QStringLiteral("erp"), 10)}, events);
        const InventoryDelta* erp = rowOf(rows, QStringLiteral("erp"));
        QCOMPARE(erp->delta, 3);
        QCOMPARE(erp->explained, 2);
        QCOMPARE(erp->residual, 1);
        QVERIFY(erp->unexplained());
        DeltaRules lenient;
        lenient.setTolerances({{QStringLiteral("SKU-"), 1}});
        QVERIFY(!explained({position(QStringLiteral("pos"), 7), position(QStringLiteral("erp"), 10)}, events, lenient)
                     .constFirst()
                     .unexplained());
    }

    void aWrongQuantityOnALaterEventDoesNotCount()
    {
        // The ERP's event says -2 (a data fault): the movement is the sale's quantity all the same,
        // and a transaction both booked cancels whatever its events say.
        QList<Event> events = sale(QStringLiteral("F"), 0, {QStringLiteral("sale"), QStringLiteral("erp-post")});
        events[1].quantity = -2;
        events[1].sku = QStringLiteral("SKU-404");
        const auto rows = explained({position(QStringLiteral("pos"), 8), position(QStringLiteral("erp"), 8),
                                     position(QStringLiteral("webshop"), 10)},
                                    events);
        QCOMPARE(rowOf(rows, QStringLiteral("erp"))->causes.size(), 0);
        QCOMPARE(rowOf(rows, QStringLiteral("webshop"))->explained, 2);
    }

    void staleFiguresAndAMissingAuthority()
    {
        DeltaRules rules;
        rules.setStaleAfterMicros(3600'000'000);
        const auto rows = inventoryDeltas({position(QStringLiteral("erp"), 3, kT0)}, rules, kT0.plusSeconds(7200));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0].noAuthority);
        QVERIFY(rows[0].stale);
        QCOMPARE(rows[0].delta, 3);
        QVERIFY(!inventoryDeltas({position(QStringLiteral("erp"), 3, kT0)}, rules, kT0.plusSeconds(60))[0].stale);
    }

    void rulesFromConfiguration()
    {
        QString error;
        const DeltaRules rules = DeltaRules::fromJson(R"({"authorities": [{"node_prefix": "DC-", "system": "wms"},
            {"node_prefix": "DC-X", "system": "erp"}, {"node_prefix": "", "system": "pos"}], "stale_after_s": 60,
            "tolerances": [{"sku_prefix": "", "units": 0}, {"sku_prefix": "KG-", "units": 5}]})", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rules.authorityAt(QStringLiteral("DC-EAST")), QStringLiteral("wms"));
        QCOMPARE(rules.authorityAt(QStringLiteral("DC-X1")), QStringLiteral("erp"));
        QCOMPARE(rules.authorityAt(QStringLiteral("ST-014")), QStringLiteral("pos"));
        QCOMPARE(rules.toleranceFor(QStringLiteral("KG-1")), 5);
        QCOMPARE(rules.toleranceFor(QStringLiteral("SKU-1")), 0);
        QCOMPARE(rules.staleAfterMicros(), 60'000'000);

        DeltaRules::fromJson("[", &error);
        QVERIFY(error.contains(QLatin1String("not a JSON object")));
        DeltaRules::fromJson(R"({"authorities": [{"node_prefix": "DC-"}]})", &error);
        QCOMPARE(error, QStringLiteral("authority 1 names no system"));
        DeltaRules::fromJson(R"({"authorities": [{"system": "pos"}], "tolerances": [{"units": -1}]})", &error);
        QCOMPARE(error, QStringLiteral("tolerance 1 needs \"units\", a number of at least 0"));
        DeltaRules::fromJson(R"({"authorities": [{"system": "pos"}], "stale_after_s": "soon"})", &error);
        QCOMPARE(error, QStringLiteral("stale_after_s must be a positive number of seconds"));

        // The file compiled in.
        const DeltaRules builtIn = DeltaRules::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(builtIn.authorityAt(QStringLiteral("DC-WEST")), QStringLiteral("wms"));
        QCOMPARE(builtIn.authorityAt(QStringLiteral("ST-001")), QStringLiteral("pos"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryDeltas)
#include "tst_inventorydeltas.moc"
