// The Overview's throughput chart data: events per minute summed over the systems with quiet minutes
// kept, and the SLA buckets in which any SLA breached, by SLA, the most breached first.
#include "overviewthroughput.h"

#include <QTest>

using namespace ct;

namespace {

constexpr qint64 kMinute = 60'000'000;

SlaReport report(const QString& id, const QString& name, const SlaRange& range, const QList<qint64>& breaches)
{
    SlaReport r;
    r.sla.id = id;
    r.sla.name = name;
    r.range = range;
    for (qsizetype i = 0; i < breaches.size(); ++i) {
        SlaBucket b;
        b.start = range.from.plusSeconds(double(i * range.bucketSeconds));
        b.breaches = breaches.at(i);
        b.count = breaches.at(i) * 2;
        r.buckets.append(b);
        r.breaches += breaches.at(i);
    }
    return r;
}

} // namespace

class TestOverviewThroughput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void minutesAddUpOverSystems()
    {
        const QList<EventMinuteRow> rows{{100, QStringLiteral("oms"), 5, 1, {}},
                                         {100, QStringLiteral("erp"), 7, 2, {}},
                                         {102, QStringLiteral("oms"), 3, 0, {}},
                                         {99, QStringLiteral("oms"), 50, 50, {}},    // before the range
                                         {104, QStringLiteral("oms"), 60, 60, {}}};  // after it
        const QList<ThroughputMinute> minutes = throughputByMinute(rows, 100, 104);
        QCOMPARE(minutes.size(), 4);
        QCOMPARE(minutes[0].minute, 100);
        QCOMPARE(minutes[0].events, 12);
        QCOMPARE(minutes[0].failed, 3);
        QCOMPARE(minutes[1].minute, 101);  // quiet: kept, at zero
        QCOMPARE(minutes[1].events, 0);
        QCOMPARE(minutes[2].events, 3);
        QCOMPARE(minutes[3].minute, 103);
        QCOMPARE(minutes[3].events, 0);
        QVERIFY(throughputByMinute(rows, 104, 104).isEmpty());
        QVERIFY(throughputByMinute(rows, 105, 104).isEmpty());
    }

    void breachesAreMarkedPerBucketMostBreachedFirst()
    {
        SlaBoard board;
        board.range = SlaRange::ending(Timestamp::fromMicros(1'000 * 15 * kMinute + 3 * kMinute), 3600, 900);
        QCOMPARE(board.range.bucketCount(), 4);
        board.reports = {report(QStringLiteral("erp-posting"), QStringLiteral("ERP posting"), board.range, {0, 2, 0, 1}),
                         report(QStringLiteral("refund-sync"), QStringLiteral("Refund sync"), board.range, {0, 5, 0, 1}),
                         report(QStringLiteral("shipment"), QStringLiteral("Shipment event"), board.range, {0, 0, 0, 0})};
        const QList<BreachMark> marks = breachMarks(board);
        QCOMPARE(marks.size(), 2);  // the quiet buckets leave no mark
        QCOMPARE(marks[0].start, board.range.from.plusSeconds(900));
        QCOMPARE(marks[0].bucketSeconds, 900);
        QCOMPARE(marks[0].breaches, 7);
        QCOMPARE(marks[0].bySla.size(), 2);
        QCOMPARE(marks[0].bySla[0].slaId, QStringLiteral("refund-sync"));
        QCOMPARE(marks[0].bySla[0].breaches, 5);
        QCOMPARE(marks[0].bySla[1].name, QStringLiteral("ERP posting"));
        // A tie goes by name.
        QCOMPARE(marks[1].breaches, 2);
        QCOMPARE(marks[1].bySla[0].name, QStringLiteral("ERP posting"));
        QCOMPARE(marks[1].bySla[1].name, QStringLiteral("Refund sync"));

        board.reports.clear();
        QVERIFY(breachMarks(board).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOverviewThroughput)
#include "tst_overviewthroughput.moc"
