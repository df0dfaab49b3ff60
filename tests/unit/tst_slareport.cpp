// SLA reports from rollup rows: the range cut into epoch-aligned buckets, empty buckets kept, the
// percentiles of each bucket (ties included) equal to the exact nearest-rank ones within the
// histogram's 1%, breaches against the threshold, throughput, and the backlog as a running count; and
// the SLA catalogue: the built-in SLAs are all measurable, stored edits replace them by id, and bad
// definitions are refused with a sentence.
#include "rollupfigures.h"
#include "slaboard.h"
#include "slacatalogue.h"
#include "slareport.h"

#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

constexpr qint64 kMinute = 60'000'000;
constexpr qint64 kT0Minute = 29'500'000; // a minute on a 5-minute boundary

// Latencies (seconds) that completed in one minute, as histogram rows.
QList<LatencyHistogramRow> samples(qint64 minute, const QList<double>& seconds)
{
    LatencyHistogram h;
    for (double s : seconds)
        ++h[latencyBucket(qint64(s * 1e6))];
    QList<LatencyHistogramRow> rows;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        rows.append({minute, it.key(), it.value()});
    return rows;
}

double exactNearestRank(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(qsizetype(nearestRank(p, v.size())) - 1);
}

SlaDefinition erpPosting(double threshold = 60)
{
    SlaDefinition s;
    s.id = QStringLiteral("erp-posting");
    s.name = QStringLiteral("ERP posting");
    s.flow = QStringLiteral("order-to-cash");
    s.fromStage = QStringLiteral("allocate");
    s.toStage = QStringLiteral("erp-post");
    s.thresholdSeconds = threshold;
    return s;
}

Timestamp atMinute(qint64 minute)
{
    return Timestamp::fromMicros(minute * kMinute);
}

} // namespace

class TestSlaReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rangeEndingAlignsToBuckets()
    {
        // 10:37:20 with 5-minute buckets over an hour: 12 buckets, the last holding 10:37:20.
        const Timestamp end = Timestamp::fromMicros((kT0Minute + 37) * kMinute + 20'000'000);
        const SlaRange r = SlaRange::ending(end, 3600, 300);
        QCOMPARE(r.bucketSeconds, 300);
        QCOMPARE(r.bucketCount(), 12);
        QCOMPARE(r.until.micros(), (kT0Minute + 40) * kMinute);
        QCOMPARE(r.from.micros(), (kT0Minute + 40 - 60) * kMinute);
        // Under a minute is a minute: the rollups keep minutes.
        QCOMPARE(SlaRange::ending(end, 600, 10).bucketSeconds, 60);
        QCOMPARE(SlaRange::ending(end, 600, 10).bucketCount(), 10);
    }

    void emptyBucketsAreKept()
    {
        SlaRange r{atMinute(kT0Minute), atMinute(kT0Minute + 5), 60};
        const SlaReport report = slaReport(erpPosting(), r, samples(kT0Minute + 2, {10, 20}), std::nullopt);
        QCOMPARE(report.buckets.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(report.buckets.at(i).start, atMinute(kT0Minute + i));
            QCOMPARE(report.buckets.at(i).count, i == 2 ? 2 : 0);
        }
        QCOMPARE(report.buckets.at(0).p95, 0.0);
        QCOMPARE(report.count, 2);
        QVERIFY(!report.backlog);
        QVERIFY(!report.buckets.at(4).backlog);
    }

    void nothingInRangeIsAnEmptyReport()
    {
        SlaRange r{atMinute(kT0Minute), atMinute(kT0Minute + 3), 60};
        const SlaReport report = slaReport(erpPosting(), r, {}, std::nullopt);
        QCOMPARE(report.count, 0);
        QCOMPARE(report.p50, 0.0);
        QCOMPARE(report.breaches, 0);
        QCOMPARE(report.buckets.size(), 3);
    }

    void percentilesMatchExactOnesWithTies()
    {
        // 200 samples with heavy ties (every value five times) and a long tail.
        QList<double> v;
        for (int i = 1; i <= 40; ++i) {
            for (int k = 0; k < 5; ++k)
                v << (i <= 36 ? i * 1.5 : i * 40.0);
        }
        SlaRange r{atMinute(kT0Minute), atMinute(kT0Minute + 1), 60};
        const SlaReport report = slaReport(erpPosting(100), r, samples(kT0Minute, v), std::nullopt);
        QCOMPARE(report.count, 200);
        for (auto [p, got] : {std::pair{0.50, report.p50}, {0.95, report.p95}, {0.99, report.p99}}) {
            const double exact = exactNearestRank(v, p);
            QVERIFY2(std::abs(got - exact) <= 0.01 * exact, qPrintable(QStringLiteral("p%1: %2 vs %3").arg(p).arg(got).arg(exact)));
        }
        // 36*5 samples at most 54 s; the 20 from 37*40 s on breach 100 s.
        QCOMPARE(report.breaches, 20);
        QCOMPARE(report.buckets.at(0).breaches, 20);
        QCOMPARE(report.buckets.at(0).p99, report.p99);
    }

    void widerBucketsAddUpMinutes()
    {
        // Two minutes into one 5-minute bucket: the bucket's p50 is that of both minutes' samples.
        QList<LatencyHistogramRow> rows = samples(kT0Minute + 1, {1, 2, 3});
        rows += samples(kT0Minute + 3, {100, 200, 300, 400});
        SlaRange r{atMinute(kT0Minute), atMinute(kT0Minute + 10), 300};
        const SlaReport report = slaReport(erpPosting(250), r, rows, std::nullopt);
        QCOMPARE(report.buckets.size(), 2);
        QCOMPARE(report.buckets.at(0).count, 7);
        QCOMPARE(report.buckets.at(1).count, 0);
        QVERIFY(std::abs(report.buckets.at(0).p50 - 100) <= 1);
        QCOMPARE(report.buckets.at(0).breaches, 2);
    }

    void rowsOutsideTheRangeAreLeftOut()
    {
        QList<LatencyHistogramRow> rows = samples(kT0Minute - 1, {5});
        rows += samples(kT0Minute, {7});
        rows += samples(kT0Minute + 2, {9});
        SlaRange r{atMinute(kT0Minute), atMinute(kT0Minute + 2), 60};
        const SlaReport report = slaReport(erpPosting(), r, rows, std::nullopt);
        QCOMPARE(report.count, 1);
        QCOMPARE(report.buckets.size(), 2);
    }

    void backlogIsARunningCount()
    {
        // 10 started and 4 completed before the range; then per minute 3 in / 1 out, 0 in / 5 out, 2 in / 0 out.
        BacklogCounts counts;
        counts.arrivedBefore = 10;
        counts.completedBefore = 4;
        counts.arrived = {{kT0Minute, 3}, {kT0Minute + 2, 2}};
        counts.completed = {{kT0Minute, 1}, {kT0Minute + 1, 5}};
        SlaRange r{atMinute(kT0Minute), atMinute(kT0Minute + 3), 60};
        const SlaReport report = slaReport(erpPosting(), r, {}, counts);
        QCOMPARE(report.buckets.size(), 3);
        QCOMPARE(*report.buckets.at(0).backlog, 8);  // 13 - 5
        QCOMPARE(*report.buckets.at(1).backlog, 3);  // 13 - 10
        QCOMPARE(*report.buckets.at(2).backlog, 5);  // 15 - 10
        QCOMPARE(*report.backlog, 5);
        // More completed than started (duplicates of the later stage): never below zero.
        counts.completedBefore = 40;
        QCOMPARE(*slaReport(erpPosting(), r, {}, counts).backlog, 0);
    }

    void pageOpensOnTheWorstBucketOfTheBusiestSla()
    {
        SlaRange r{atMinute(kT0Minute), atMinute(kT0Minute + 4), 60};
        QList<LatencyHistogramRow> rows = samples(kT0Minute, {100, 100});
        rows += samples(kT0Minute + 1, {100, 1});
        rows += samples(kT0Minute + 2, {100, 100, 1});
        rows += samples(kT0Minute + 3, {1});
        const SlaReport quiet = slaReport(erpPosting(1000), r, rows, std::nullopt);
        const SlaReport busy = slaReport(erpPosting(50), r, rows, std::nullopt);
        QCOMPARE(busiestSla({quiet, busy}), 1);
        QCOMPARE(busiestSla({quiet, quiet}), 0);
        QCOMPARE(busiestSla({}), -1);
        // Two buckets breach twice: the later one. No breach: the latest bucket with transactions.
        QCOMPARE(worstBucket(busy), 2);
        QCOMPARE(worstBucket(quiet), 3);
        QCOMPARE(worstBucket(slaReport(erpPosting(), r, {}, std::nullopt)), -1);
    }

    void bucketWidthFollowsTheSpan()
    {
        QCOMPARE(slaBucketSecondsFor(3600), 60);
        QCOMPARE(slaBucketSecondsFor(86400), 900);
        QCOMPARE(slaBucketSecondsFor(7 * 86400), 3600);
    }

    void builtInSlasAreAllMeasurable()
    {
        QString error;
        const QList<SlaDefinition>& slas = builtInSlas(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const FlowLibrary& flows = FlowLibrary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList ids;
        for (const SlaDefinition& s : slas) {
            QVERIFY2(slaProblem(s, flows).isEmpty(), qPrintable(slaProblem(s, flows)));
            QVERIFY(arrivalPair(s, flows));
            ids << s.id;
        }
        for (const char* needed : {"order-ingestion", "erp-posting", "inventory-update", "shipment-event", "refund-sync"})
            QVERIFY2(ids.contains(QLatin1String(needed)), needed);
    }

    void slaProblemsAreSentences()
    {
        QString error;
        const FlowLibrary& flows = FlowLibrary::builtIn(&error);
        SlaDefinition s = erpPosting();
        QVERIFY(slaProblem(s, flows).isEmpty());
        s.thresholdSeconds = 0;
        QVERIFY(slaProblem(s, flows).contains(QLatin1String("above zero")));
        s.thresholdSeconds = 31 * 86400.0;
        QVERIFY(slaProblem(s, flows).contains(QLatin1String("30 days")));
        s = erpPosting();
        s.fromStage = QStringLiteral("capture"); // not erp-post's cause
        QVERIFY(slaProblem(s, flows).contains(QLatin1String("not caused by")));
        s = erpPosting();
        s.flow = QStringLiteral("no-such-flow");
        QVERIFY(slaProblem(s, flows).contains(QLatin1String("no flow")));
        s = erpPosting();
        s.toStage = QStringLiteral("nowhere");
        QVERIFY(slaProblem(s, flows).contains(QLatin1String("no stage nowhere")));
        s = erpPosting();
        s.name.clear();
        QVERIFY(!slaProblem(s, flows).isEmpty());
        // A first stage has no arrivals to count a backlog from.
        s = erpPosting();
        s.fromStage = QStringLiteral("capture");
        s.toStage = QStringLiteral("payment");
        QVERIFY(slaProblem(s, flows).isEmpty());
        QVERIFY(!arrivalPair(s, flows));
    }

    void storedSlasReplaceBuiltInsById()
    {
        SlaDefinition a = erpPosting(3600), b = erpPosting(60);
        b.id = QStringLiteral("other");
        SlaDefinition edited = erpPosting(1800);
        SlaDefinition added = erpPosting(10);
        added.id = QStringLiteral("added");
        const QList<SlaDefinition> merged = mergeSlas({a, b}, {added, edited});
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).id, QStringLiteral("erp-posting"));
        QCOMPARE(merged.at(0).thresholdSeconds, 1800.0);
        QCOMPARE(merged.at(1).id, QStringLiteral("other"));
        QCOMPARE(merged.at(2).id, QStringLiteral("added"));
    }

    void malformedCatalogueIsRefused()
    {
        QString error;
        QVERIFY(slasFromJson("[]", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(slasFromJson(R"({"slas": [{"id": "x", "flow": "f", "from": "a", "to": "b"}]})", &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("SLA 1")));
        QVERIFY(slasFromJson(R"({"slas": [{"id": "x", "flow": "f", "from": "a", "to": "b", "threshold_s": 5},
                                          {"id": "x", "flow": "f", "from": "a", "to": "b", "threshold_s": 6}]})", &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("taken")));
        const auto ok = slasFromJson(R"({"slas": [{"id": "x", "flow": "f", "from": "a", "to": "b", "threshold_s": 5}]})", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ok.size(), 1);
        QCOMPARE(ok.at(0).name, QStringLiteral("x")); // no name: its id
    }
};

QTEST_GUILESS_MAIN(TestSlaReport)
#include "tst_slareport.moc"
