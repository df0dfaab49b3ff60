#include "stagelatency.h"

#include <QTest>

using namespace ct;

class TestStageLatency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bucketsWithExactPercentiles()
    {
        QList<LatencySample> samples;
        for (int i = 1; i <= 100; ++i)  // bucket 0: 1..100 s
            samples.append({Timestamp::fromSeconds(i), double(i)});
        samples.append({Timestamp::fromSeconds(3600 + 5), 7200});  // bucket 1: one slow transaction
        std::reverse(samples.begin(), samples.end());               // input order does not matter
        const QList<LatencyBucket> buckets = bucketLatencies(samples, 3600, 90);
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets.at(0).start, Timestamp::fromSeconds(0));
        QCOMPARE(buckets.at(0).count, 100);
        QCOMPARE(buckets.at(0).p50, 50.0);
        QCOMPARE(buckets.at(0).p95, 95.0);
        QCOMPARE(buckets.at(0).max, 100.0);
        QCOMPARE(buckets.at(0).breaches, 10);
        QCOMPARE(buckets.at(1).start, Timestamp::fromSeconds(3600));
        QCOMPARE(buckets.at(1).p50, 7200.0);
        QCOMPARE(buckets.at(1).breaches, 1);
        QVERIFY(bucketLatencies({}, 3600, 1).isEmpty());
        QVERIFY(bucketLatencies(samples, 0, 1).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestStageLatency)
#include "tst_stagelatency.moc"
