// What is blocking revenue, from hand-written orders: only the failed and the stuck ones (as Lineage
// judges them) are listed, with the stage, system, since and reason of the verdict and the order's
// largest amount; ranked by amount within each currency, the currency with the most money blocked
// first, ties oldest first; the limit.
#include "flowlibrary.h"
#include "flowtemplatefixture.h"
#include "revenueblockermodel.h"
#include "revenueblockers.h"
#include "wallfigures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ct;
using test::kT0;

namespace {

// capture -> pay (SLA 60 s) -> post (SLA 600 s) -> ship (SLA 3600 s).
const QByteArray kTemplate = R"({
  "flow": "shop",
  "stages": [
    {"id": "capture", "name": "Checkout", "system": "webshop", "type": "webshop.order.captured",
     "queue": "webshop.checkout"},
    {"id": "pay", "name": "Payment", "system": "payments", "type": "payments.payment.authorized",
     "queue": "payments.auth", "latency_s": {"median": 2, "p95": 10}, "sla_s": 60},
    {"id": "post", "name": "ERP posting", "system": "erp", "type": "erp.sales_order.posted",
     "failed_type": "erp.sales_order.rejected", "queue": "erp.sales-orders",
     "latency_s": {"median": 60, "p95": 300}, "sla_s": 600, "faults": ["business_rule", "stuck"]},
    {"id": "ship", "name": "Dispatch", "system": "carrier", "type": "carrier.shipment.dispatched",
     "queue": "carrier.shipments", "latency_s": {"median": 600, "p95": 1800}, "sla_s": 3600}
  ]
})";

const FlowLibrary& library()
{
    static const FlowLibrary flows({test::parseFlowTemplate(kTemplate)});
    return flows;
}

// "stage status seconds [amount currency]; …" for the order `id`, each event caused by the one before.
QList<Event> order(const QString& id, const QString& text)
{
    QList<Event> events;
    for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.simplified().split(QLatin1Char(' '));
        const FlowTemplate* flow = library().find(u"shop");
        const FlowStage& stage = flow->stage(flow->stageIndex(f.value(0)));
        Event e;
        e.id = id + QLatin1Char('-') + QString::number(events.size() + 1);
        e.key = e.id;
        e.correlationId = id;
        e.causationId = events.isEmpty() ? QString() : events.constLast().id;
        e.flow = QStringLiteral("shop");
        e.stage = stage.id;
        e.type = stage.type;
        e.source = stage.system;
        e.status = eventStatusFromName(f.value(1)).value_or(EventStatus::Ok);
        e.occurredAt = kT0.plusSeconds(f.value(2).toDouble());
        e.recordedAt = e.occurredAt;
        if (f.size() > 4) {
            e.amountMinor = f.value(3).toLongLong();
            e.currency = f.value(4);
        }
        events.append(e);
    }
    return events;
}

FailedMessage rejection(const QString& id, const QString& stage, const QString& text)
{
    FailedMessage m;
    m.key = id + QStringLiteral("-m");
    m.messageId = m.key;
    m.correlationId = id;
    m.flow = QStringLiteral("shop");
    m.stage = stage;
    m.errorClass = QStringLiteral("business_rule");
    m.errorText = text;
    m.lastDeathAt = kT0.plusSeconds(100);
    return m;
}

QStringList ids(const QList<RevenueBlocker>& blockers)
{
    QStringList out;
    for (const RevenueBlocker& b : blockers)
        out << b.correlationId;
    return out;
}

} // namespace

class TestRevenueBlockers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyFailedAndStuckOrders()
    {
        OpenOrders open;
        // complete, in progress (pay within its SLA), stuck at post, failed at post
        open.events << order(QStringLiteral("DONE"), QStringLiteral("capture ok 0 9000 EUR; pay ok 1; post ok 50; ship ok 900"))
                    << order(QStringLiteral("FRESH"), QStringLiteral("capture ok 7190 8000 EUR"))
                    << order(QStringLiteral("STUCK"), QStringLiteral("capture ok 0 5000 EUR; pay ok 2 5100 EUR"))
                    << order(QStringLiteral("FAILED"), QStringLiteral("capture ok 0 3000 EUR; pay ok 1; post failed 90 3000 EUR"));
        open.failedMessages << rejection(QStringLiteral("FAILED"), QStringLiteral("post"), QStringLiteral("credit limit exceeded"));
        const Timestamp now = kT0.plusSeconds(7200);
        const QList<RevenueBlocker> blockers = rankRevenueBlockers(open, library(), now, 0);
        QCOMPARE(ids(blockers), QStringList({QStringLiteral("STUCK"), QStringLiteral("FAILED")}));

        const RevenueBlocker& stuck = blockers.at(0);
        QCOMPARE(stuck.verdict, Verdict::Stuck);
        QCOMPARE(stuck.amountMinor, 5100);  // the largest amount its events carry
        QCOMPARE(stuck.currency, QStringLiteral("EUR"));
        QCOMPARE(stuck.stage, QStringLiteral("post"));
        QCOMPARE(stuck.stageName, QStringLiteral("ERP posting"));
        QCOMPARE(stuck.system, QStringLiteral("erp"));
        QCOMPARE(stuck.since, kT0.plusSeconds(2 + 600));  // its SLA ran out 600 s after the payment
        QVERIFY(stuck.reason.isEmpty());

        const RevenueBlocker& failed = blockers.at(1);
        QCOMPARE(failed.verdict, Verdict::Failed);
        QCOMPARE(failed.amountMinor, 3000);
        QCOMPARE(failed.stage, QStringLiteral("post"));
        QCOMPARE(failed.since, kT0.plusSeconds(90));
        QVERIFY2(failed.reason.contains(QLatin1String("credit limit exceeded")), qPrintable(failed.reason));
    }

    // Judged at a time before the payment's SLA ran out, the unpaid order is in progress, not stuck.
    void judgedAtTheTimeGiven()
    {
        OpenOrders open;
        open.events << order(QStringLiteral("A"), QStringLiteral("capture ok 0 100 EUR"));
        QVERIFY(rankRevenueBlockers(open, library(), kT0.plusSeconds(59), 0).isEmpty());
        const QList<RevenueBlocker> late = rankRevenueBlockers(open, library(), kT0.plusSeconds(61), 0);
        QCOMPARE(ids(late), QStringList{QStringLiteral("A")});
        QCOMPARE(late.first().stage, QStringLiteral("pay"));
        QCOMPARE(late.first().system, QStringLiteral("payments"));
    }

    void rankedByAmountWithinCurrency()
    {
        OpenOrders open;
        // EUR blocks 1500 in all, SEK 1200: EUR first, though SEK holds the single largest order.
        open.events << order(QStringLiteral("E1"), QStringLiteral("capture ok 10 500 EUR"))
                    << order(QStringLiteral("E2"), QStringLiteral("capture ok 0 500 EUR"))
                    << order(QStringLiteral("E3"), QStringLiteral("capture ok 0 500 EUR; pay ok 1"))
                    << order(QStringLiteral("S1"), QStringLiteral("capture ok 0 1000 SEK"))
                    << order(QStringLiteral("S2"), QStringLiteral("capture ok 0 200 SEK"));
        const Timestamp now = kT0.plusSeconds(7200);
        // Equal amounts: the one blocked longest first (its SLA ran out first).
        QCOMPARE(ids(rankRevenueBlockers(open, library(), now, 0)),
                 QStringList({QStringLiteral("E2"), QStringLiteral("E1"), QStringLiteral("E3"), QStringLiteral("S1"),
                              QStringLiteral("S2")}));
        QCOMPARE(ids(rankRevenueBlockers(open, library(), now, 2)), QStringList({QStringLiteral("E2"), QStringLiteral("E1")}));
    }

    void nothingOpenNothingBlocked()
    {
        QVERIFY(rankRevenueBlockers({}, library(), kT0, 10).isEmpty());
    }

    void modelListsTheRanking()
    {
        RevenueBlockerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OpenOrders open;
        open.events << order(QStringLiteral("STUCK"), QStringLiteral("capture ok 0 5000 EUR; pay ok 2"))
                    << order(QStringLiteral("FAILED"), QStringLiteral("capture ok 0 3000 EUR; pay ok 1; post failed 90"));
        const Timestamp now = kT0.plusSeconds(2 + 600 + 120);
        QList<RevenueBlocker> ranked = rankRevenueBlockers(open, library(), now, 0);
        ranked[0].order = QStringLiteral("WEB-1001");
        model.setBlockers(ranked, now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RevenueBlockerModel::Order).data().toString(), QStringLiteral("WEB-1001"));
        QCOMPARE(model.index(1, RevenueBlockerModel::Order).data().toString(), QStringLiteral("FAILED"));  // no number: its id
        QCOMPARE(model.index(0, RevenueBlockerModel::Amount).data(RevenueBlockerModel::SortRole).toLongLong(), 5000);
        QCOMPARE(model.index(0, RevenueBlockerModel::Where).data().toString(), QStringLiteral("ERP posting (erp)"));
        QCOMPARE(model.index(0, RevenueBlockerModel::Since).data().toString(), QStringLiteral("overdue 2 min"));
        QCOMPARE(model.index(0, 0).data(RevenueBlockerModel::StatusRole).toInt(), int(RevenueBlockerModel::Stuck));
        QCOMPARE(model.index(1, 0).data(RevenueBlockerModel::StatusRole).toInt(), int(RevenueBlockerModel::Failed));
        QCOMPARE(model.index(1, 0).data(RevenueBlockerModel::CorrelationRole).toString(), QStringLiteral("FAILED"));
        // Read again with one order settled: updated in place.
        model.setBlockers({ranked.at(1)}, now);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(RevenueBlockerModel::CorrelationRole).toString(), QStringLiteral("FAILED"));
    }

    void wallThresholds_data()
    {
        QTest::addColumn<int>("figure");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("level");
        const auto row = [](const char* name, WallFigureId id, qint64 value, WallLevel level) {
            QTest::newRow(name) << int(id) << value << int(level);
        };
        row("in flight is volume", WallFigureId::OrdersInFlight, 100000, WallLevel::Calm);
        row("nothing stuck", WallFigureId::StuckPastSla, 0, WallLevel::Calm);
        row("one stuck", WallFigureId::StuckPastSla, kStuckAmber, WallLevel::Amber);
        row("many stuck", WallFigureId::StuckPastSla, kStuckRed, WallLevel::Red);
        row("no exceptions", WallFigureId::OpenExceptions, 0, WallLevel::Calm);
        row("some exceptions", WallFigureId::OpenExceptions, kExceptionsRed - 1, WallLevel::Amber);
        row("many exceptions", WallFigureId::OpenExceptions, kExceptionsRed, WallLevel::Red);
        row("usual backlog", WallFigureId::ErpBacklog, kBacklogAmber - 1, WallLevel::Calm);
        row("growing backlog", WallFigureId::ErpBacklog, kBacklogAmber, WallLevel::Amber);
        row("ERP behind", WallFigureId::ErpBacklog, kBacklogRed, WallLevel::Red);
        row("silent estate", WallFigureId::EventsPerMinute, 0, WallLevel::Red);
        row("events flowing", WallFigureId::EventsPerMinute, 1, WallLevel::Calm);
    }
    void wallThresholds()
    {
        QFETCH(int, figure);
        QFETCH(qint64, value);
        QFETCH(int, level);
        OverviewFigures overview;
        RevenueBlockerRanking blockers;
        switch (WallFigureId(figure)) {
        case WallFigureId::OrdersInFlight:
            overview.ordersInFlight = value;
            break;
        case WallFigureId::StuckPastSla:
            blockers.stuck = value;
            break;
        case WallFigureId::OpenExceptions:
            overview.openByClass[QStringLiteral("business_rule")] = value;
            break;
        case WallFigureId::ErpBacklog:
            overview.backlogCount = value;
            break;
        case WallFigureId::EventsPerMinute:
            overview.perMinuteBySystem[QStringLiteral("erp")] = QList<qint64>(kOverviewMinutes, value);
            break;
        }
        const QList<WallFigure> figures = wallFigures(overview, blockers);
        QCOMPARE(figures.size(), 5);
        QCOMPARE(int(figures.at(figure).id), figure);
        QCOMPARE(figures.at(figure).value, value);
        QCOMPARE(int(figures.at(figure).level), level);
    }
};

QTEST_APPLESS_MAIN(TestRevenueBlockers)
#include "tst_revenueblockers.moc"
