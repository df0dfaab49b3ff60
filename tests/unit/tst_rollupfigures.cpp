// What the pages show, from rollup rows: percentiles from log histograms (one formula, the same as
// exact samples' nearest rank), wider buckets as sums of minutes, breaches, posting days and totals
// per currency, and the Overview figures.
#include "rollupfigures.h"
#include "slareport.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace ct;

Q_DECLARE_METATYPE(QList<qint64>)

namespace {

// Latencies in microseconds, all in one minute.
QList<LatencyHistogramRow> rowsOf(const QList<qint64>& micros, qint64 minute = 0)
{
    LatencyHistogram h;
    for (qint64 us : micros)
        ++h[latencyBucket(us)];
    QList<LatencyHistogramRow> rows;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        rows.append({minute, it.key(), it.value()});
    return rows;
}

QList<qint64> range(qint64 from, qint64 to, qint64 step)
{
    QList<qint64> v;
    for (qint64 x = from; x <= to; x += step)
        v << x;
    return v;
}

} // namespace

class TestRollupFigures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bucketsHoldTheirValuesWithinOnePercent_data()
    {
        QTest::addColumn<qint64>("micros");
        for (qint64 us : {qint64(1), qint64(2), qint64(999), qint64(1'000'000), qint64(1'000'001), qint64(59'999'999),
                          qint64(3'600'000'000), qint64(86'400'000'000) * 30, qint64(-5'000'000)})
            QTest::addRow("%lld us", static_cast<long long>(us)) << us;
    }
    void bucketsHoldTheirValuesWithinOnePercent()
    {
        QFETCH(qint64, micros);
        const double seconds = double(micros) / 1e6;
        const double read = latencyBucketSeconds(latencyBucket(micros));
        QVERIFY2(std::abs(read - seconds) <= 0.01 * std::abs(seconds),
                 qPrintable(QStringLiteral("%1 reads as %2").arg(seconds).arg(read)));
        QCOMPARE(latencyBucket(0), 0);
        QCOMPARE(latencyBucketSeconds(0), 0.0);
        QVERIFY(latencyBucket(micros) < latencyBucket(micros + qMax<qint64>(1, std::abs(micros) / 10)));
    }

    void percentilesWithinTwoPercentOfExact_data()
    {
        QTest::addColumn<QList<qint64>>("micros");
        QTest::addColumn<double>("p");
        QTest::newRow("1..100 s p50") << range(1'000'000, 100'000'000, 1'000'000) << 0.50;
        QTest::newRow("1..100 s p95") << range(1'000'000, 100'000'000, 1'000'000) << 0.95;
        QTest::newRow("1..100 s p99") << range(1'000'000, 100'000'000, 1'000'000) << 0.99;
        QTest::newRow("one sample") << QList<qint64>{42'000'000} << 0.95;
        QTest::newRow("twenty, p95 is the 19th") << range(1'000'000, 20'000'000, 1'000'000) << 0.95;
        QTest::newRow("wide range p99") << range(1'000, 10'000'000'000, 7'777'777) << 0.99;
        QTest::newRow("a negative one") << QList<qint64>{-3'000'000, 1'000'000, 2'000'000} << 0.01;
    }
    void percentilesWithinTwoPercentOfExact()
    {
        QFETCH(QList<qint64>, micros);
        QFETCH(double, p);
        QList<qint64> sorted = micros;
        std::sort(sorted.begin(), sorted.end());
        const double exact = double(sorted.at(nearestRank(p, sorted.size()) - 1)) / 1e6;
        const double read = histogramPercentile(sumHistogram(rowsOf(micros)), p);
        QVERIFY2(std::abs(read - exact) <= 0.02 * std::abs(exact),
                 qPrintable(QStringLiteral("%1 read, %2 exact").arg(read).arg(exact)));
    }

    void nearestRankIsTheOneFormula_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<qint64>("rank");
        QTest::newRow("p50 of 100") << 0.50 << qint64(100) << qint64(50);
        QTest::newRow("p95 of 100") << 0.95 << qint64(100) << qint64(95);
        QTest::newRow("p95 of 20") << 0.95 << qint64(20) << qint64(19);
        QTest::newRow("p95 of 1") << 0.95 << qint64(1) << qint64(1);
        QTest::newRow("p99 of 10") << 0.99 << qint64(10) << qint64(10);
        QTest::newRow("p0 of 10") << 0.0 << qint64(10) << qint64(1);
    }
    void nearestRankIsTheOneFormula()
    {
        QFETCH(double, p);
        QFETCH(qint64, n);
        QFETCH(qint64, rank);
        QCOMPARE(nearestRank(p, n), rank);
        // stagelatency's exact buckets use it too
        QList<LatencySample> samples;
        for (qint64 i = 1; i <= n; ++i)
            samples.append({Timestamp::fromSeconds(1), double(i)});
        QCOMPARE(bucketLatencies(samples, 3600, 0).at(0).p95, double(nearestRank(0.95, n)));
    }

    void widerBucketsAreSumsOfMinutes_data()
    {
        QTest::addColumn<qint64>("bucketSeconds");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<int>("firstCount");
        QTest::newRow("minutes") << qint64(60) << 3 << 2;
        QTest::newRow("hours") << qint64(3600) << 2 << 3;
        QTest::newRow("days") << qint64(86400) << 1 << 4;
    }
    void widerBucketsAreSumsOfMinutes()
    {
        QFETCH(qint64, bucketSeconds);
        QFETCH(int, buckets);
        QFETCH(int, firstCount);
        QList<LatencyHistogramRow> rows = rowsOf({1'000'000, 2'000'000}, 0);
        rows += rowsOf({10'000'000}, 59);
        rows += rowsOf({100'000'000}, 60);
        SlaDefinition sla;
        sla.thresholdSeconds = 5.0;
        const SlaRange whole{Timestamp::fromMicros(0), Timestamp::fromSeconds(qMax<qint64>(bucketSeconds, 3600) * 2), bucketSeconds};
        QList<SlaBucket> out;
        for (const SlaBucket& b : slaReport(sla, whole, rows, std::nullopt).buckets) {
            if (b.count > 0) // empty buckets are kept; these are the ones with samples
                out.append(b);
        }
        QCOMPARE(out.size(), buckets);
        QCOMPARE(out.at(0).count, firstCount);
        QCOMPARE(out.at(0).start, Timestamp::fromMicros(0));
        qint64 total = 0, breaches = 0;
        for (const SlaBucket& b : out) {
            total += b.count;
            breaches += b.breaches;
        }
        QCOMPARE(total, 4);
        QCOMPARE(breaches, 2);
    }

    void breachesAgainstAThreshold_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<qint64>("breaches");
        QTest::newRow("below all") << 0.5 << qint64(100);
        QTest::newRow("at 90 s") << 90.0 << qint64(10);
        QTest::newRow("above all") << 1000.0 << qint64(0);
    }
    void breachesAgainstAThreshold()
    {
        QFETCH(double, threshold);
        QFETCH(qint64, breaches);
        const auto rows = rowsOf(range(1'000'000, 100'000'000, 1'000'000));
        SlaDefinition sla;
        sla.thresholdSeconds = threshold;
        const SlaReport report = slaReport(sla, {Timestamp::fromMicros(0), Timestamp::fromSeconds(60), 60}, rows, std::nullopt);
        QCOMPARE(report.breaches, breaches);
        QCOMPARE(report.count, qint64(100));
    }

    void postingDaysFromRollups_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("awaitingEur");
        QTest::addColumn<qint64>("awaitingGbp");
        QTest::newRow("two currencies, never summed together") << 3 << qint64(700) << qint64(50);
    }
    void postingDaysFromRollups()
    {
        QFETCH(int, days);
        QFETCH(qint64, awaitingEur);
        QFETCH(qint64, awaitingGbp);
        const QList<PostingStage> stages{
            {QStringLiteral("order-to-cash"), QStringLiteral("erp-post"), QStringLiteral("allocate"), QStringLiteral("order")},
            {QStringLiteral("bopis"), QStringLiteral("erp-post"), QStringLiteral("allocate"), QStringLiteral("order")},
        };
        const QString eur = QStringLiteral("EUR"), gbp = QStringLiteral("GBP");
        const QList<PostingOutcomeRow> outcomes{
            {20000, QStringLiteral("order-to-cash"), QStringLiteral("erp-post"), eur, 3, 300, 1, 10},
            {20000, QStringLiteral("bopis"), QStringLiteral("erp-post"), eur, 2, 200, 0, 0},
            {20001, QStringLiteral("order-to-cash"), QStringLiteral("erp-post"), gbp, 1, 100, 0, 0},
            {20001, QStringLiteral("store-sale"), QStringLiteral("erp-post"), eur, 9, 900, 0, 0},  // not asked for
        };
        const QList<PostingAwaitingRow> awaiting{
            {20001, QStringLiteral("order-to-cash"), QStringLiteral("erp-post"), eur, 2, 500,
             Timestamp::fromMicros(20001 * 86'400'000'000 + 5)},
            {20001, QStringLiteral("bopis"), QStringLiteral("erp-post"), eur, 1, 200,
             Timestamp::fromMicros(20001 * 86'400'000'000 + 3)},
            {20002, QStringLiteral("order-to-cash"), QStringLiteral("erp-post"), gbp, 1, 50,
             Timestamp::fromMicros(20002 * 86'400'000'000)},
        };
        const QList<PostingDay> out = postingDays(outcomes, awaiting, stages);
        QCOMPARE(out.size(), days + 1);  // (20002 GBP), (20001 GBP), (20001 EUR), (20000 EUR)
        QCOMPARE(out.at(0).day, 20002);
        QCOMPARE(out.constLast().day, 20000);
        QCOMPARE(out.constLast().postedCount, 5);
        QCOMPARE(out.constLast().postedMinor, 500);
        QCOMPARE(out.constLast().rejectedCount, 1);
        const PostingDay& eurDay = out.at(2);
        QCOMPARE(eurDay.currency, eur);
        QCOMPARE(eurDay.awaitingCount, 3);
        QCOMPARE(eurDay.oldestAwaiting, Timestamp::fromMicros(20001 * 86'400'000'000 + 3));
        const PostingTotals totals = postingTotals(out);
        QCOMPARE(totals.awaitingCount, 4);
        QCOMPARE(totals.awaitingMinor.value(eur), awaitingEur);
        QCOMPARE(totals.awaitingMinor.value(gbp), awaitingGbp);
        QCOMPARE(totals.rejectedMinor.size(), 1);
        QCOMPARE(totals.oldestAwaiting, Timestamp::fromMicros(20001 * 86'400'000'000 + 3));
    }

    void overviewFigures_data()
    {
        QTest::addColumn<qint64>("newestMinute");
        QTest::addColumn<int>("slotOfOms");
        QTest::newRow("last minute is the newest") << qint64(1000) << 59;
        QTest::newRow("an hour later: out of the window") << qint64(1060) << -1;
    }
    void overviewFigures()
    {
        QFETCH(qint64, newestMinute);
        QFETCH(int, slotOfOms);
        OverviewInputs in;
        in.newest = Timestamp::fromMicros(newestMinute * 60'000'000 + 5);
        in.inFlight = {{QStringLiteral("bopis"), 990, 2}, {QStringLiteral("order-to-cash"), 999, 3}};
        in.failedCounts = {{QStringLiteral("open"), QStringLiteral("routing"), QStringLiteral("a.dlq"), 2},
                           {QStringLiteral("open"), QStringLiteral("routing"), QStringLiteral("b.dlq"), 1},
                           {QStringLiteral("resolved"), QStringLiteral("unknown"), QStringLiteral("a.dlq"), 7},
                           {QStringLiteral("open"), QStringLiteral("unknown"), QStringLiteral("a.dlq"), 0}};
        PostingDay eur;
        eur.currency = QStringLiteral("EUR");
        eur.awaitingCount = 2;
        eur.awaitingMinor = 1000;
        PostingDay sek = eur;
        sek.currency = QStringLiteral("SEK");
        sek.awaitingMinor = 30;
        in.postings = {eur, sek};
        in.minutes = {{1000, QStringLiteral("oms"), 4, 0, in.newest}, {1000, QStringLiteral("pos.st-001"), 1, 0, in.newest},
                      {1000, QStringLiteral("pos.st-002"), 2, 0, in.newest}};
        const OverviewFigures f = ct::overviewFigures(in);
        QCOMPARE(f.ordersInFlight, 5);
        QCOMPARE(f.openByClass.size(), 1);
        QCOMPARE(f.openByClass.value(QStringLiteral("routing")), 3);
        QCOMPARE(f.backlogCount, 4);
        QCOMPARE(f.backlogMinor.value(QStringLiteral("EUR")), 1000);
        QCOMPARE(f.backlogMinor.value(QStringLiteral("SEK")), 30);
        QCOMPARE(f.perMinuteBySystem.size(), 2);  // pos.* is one system
        const QList<qint64> oms = f.perMinuteBySystem.value(QStringLiteral("oms"));
        QCOMPARE(oms.size(), kOverviewMinutes);
        if (slotOfOms >= 0) {
            QCOMPARE(oms.at(slotOfOms), 4);
            QCOMPARE(f.perMinuteBySystem.value(QStringLiteral("pos")).at(slotOfOms), 3);
        } else {
            QCOMPARE(std::accumulate(oms.cbegin(), oms.cend(), qint64(0)), 0);
        }
    }
};

QTEST_APPLESS_MAIN(TestRollupFigures)
#include "tst_rollupfigures.moc"
