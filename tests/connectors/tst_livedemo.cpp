// The live demo engine against real stores: a continuation is a pure function of the estate's arguments
// and its window, it finishes what the window before it left under way, and LiveDemoJob runs it on its
// own thread and connection until cancelled.
#include "simulator/livedemo.h"
#include "simulator/livedemojob.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using ct::test::queryRaw;

namespace {

constexpr qint64 kDay = 86'400'000'000LL;

SimulationConfig smallEstate()
{
    QString error;
    SimulationConfig config = SimulationConfig::withDefaults(&error);
    config.days = 1;
    config.ordersPerDay = 200;
    config.salesPerStorePerDay = 40;
    config.stores = 3;
    config.skus = 100;
    config.faultRates.insert(QStringLiteral("duplicate"), 0.0);
    return config;
}

// Runs the estate on from where the store's demo stops up to `stopAt`.
Expected<LiveDemoOutcome> continueTo(const QString& path, const SimulationConfig& config, Timestamp stopAt)
{
    auto store = openStore(path, OpenMode::ReadWrite);
    if (!store)
        return store.error();
    LiveDemoOptions options;
    options.stopAt = stopAt;
    return runLiveDemo(*store.value(), config, options, {}, nullptr);
}

QString eventsDigest(const QString& path)
{
    return queryRaw(path, QStringLiteral("SELECT group_concat(x, ';') FROM (SELECT key || '|' || id || '|' || source "
                                         "|| '|' || correlation_id || '|' || occurred_at || '|' || hex(payload) AS x "
                                         "FROM events ORDER BY key)"))
        .toString();
}

qint64 count(const QString& path, const QString& sql)
{
    return queryRaw(path, sql).toLongLong();
}

} // namespace

class TestLiveDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void continuationIsAPureFunctionOfItsWindow()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.db"));
        const QString b = dir.filePath(QStringLiteral("b.db"));
        const SimulationConfig config = smallEstate();
        // Across midnight twice: from 00:00 on, to 12:00 the next day, then to 06:00 the day after.
        const Timestamp first = config.until.plusMicros(kDay + kDay / 2);
        const Timestamp second = first.plusMicros(kDay * 3 / 4);
        for (const QString& path : {a, b}) {
            auto one = continueTo(path, config, first);
            QVERIFY2(one.ok(), qPrintable(one.error().text));
            QVERIFY(one->fill.has_value());
            QCOMPARE(one->to, first);
            auto two = continueTo(path, config, second);
            QVERIFY2(two.ok(), qPrintable(two.error().text));
            QVERIFY(!two->fill.has_value());
            QCOMPARE(two->from, first);
            QCOMPARE(two->to, second);
            QVERIFY(two->ingested.eventsInserted > 0);
            QCOMPARE(two->ingested.eventsDuplicate, 0);
        }
        const QString digest = eventsDigest(a);
        QVERIFY(digest.size() > 1000);
        QCOMPARE(eventsDigest(b), digest);
        QCOMPARE(count(a, QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE action = 'demo.continued'")), 2);
        QCOMPARE(count(a, QStringLiteral("SELECT COUNT(*) FROM events WHERE occurred_at >= %1").arg(second.micros())), 0);
    }

    void continuationFinishesWhatWasUnderWay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        const SimulationConfig config = smallEstate();
        auto one = continueTo(path, config, config.until.plusMicros(kDay / 2));
        QVERIFY2(one.ok(), qPrintable(one.error().text));
        auto two = continueTo(path, config, config.until.plusMicros(kDay));
        QVERIFY2(two.ok(), qPrintable(two.error().text));
        // Every cause is in the store: nothing refers to an event that was never written.
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM events e WHERE causation_id <> '' AND NOT EXISTS "
                                            "(SELECT 1 FROM events c WHERE c.id = e.causation_id)")),
                 0);
        // Transactions under way at the end of the first fill go on after it.
        QVERIFY(count(path, QStringLiteral("SELECT COUNT(DISTINCT correlation_id) FROM events WHERE occurred_at >= %1 "
                                           "AND correlation_id IN (SELECT correlation_id FROM events WHERE "
                                           "causation_id = '' AND occurred_at < %1)")
                                .arg(config.until.micros()))
                > 0);
        // Transactions under way when the first continuation stopped go on in the second.
        const qint64 cut = config.until.plusMicros(kDay / 2).micros();
        QVERIFY(count(path, QStringLiteral("SELECT COUNT(DISTINCT correlation_id) FROM events WHERE occurred_at >= %1 "
                                           "AND correlation_id IN (SELECT correlation_id FROM events WHERE "
                                           "causation_id = '' AND occurred_at >= %2 AND occurred_at < %1)")
                                .arg(QString::number(cut), QString::number(config.until.micros())))
                > 0);
        // No business transaction was started twice.
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM (SELECT correlation_id FROM events WHERE "
                                            "causation_id = '' GROUP BY correlation_id HAVING COUNT(*) > 1)")),
                 0);
    }

    void jobKeepsPaceUntilCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.db"));
        SimulationConfig config = smallEstate();
        config.until = Timestamp::now().plusMicros(-kDay / 4);
        LiveDemoJob job([path] { return openStore(path, OpenMode::ReadWrite); }, config, LiveDemoOptions{});
        QSignalSpy filled(&job, &LiveDemoJob::filled);
        QSignalSpy caughtUp(&job, &LiveDemoJob::caughtUp);
        QSignalSpy batches(&job, &LiveDemoJob::batchWritten);
        QSignalSpy stopped(&job, &LiveDemoJob::stopped);
        QSignalSpy failed(&job, &LiveDemoJob::failed);
        QSignalSpy finished(&job, &LiveDemoJob::finished);
        LiveDemoOutcome outcome;
        connect(&job, &LiveDemoJob::stopped, this, [&outcome](const LiveDemoOutcome& o) { outcome = o; });
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 60000);
        const qsizetype before = batches.size();
        QTRY_VERIFY_WITH_TIMEOUT(batches.size() > before + 1, 5000); // keeping pace: a batch every quarter second
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(filled.size(), 1);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(outcome.from, config.until);
        QVERIFY(outcome.to > config.until);
        auto store = openStore(path, OpenMode::ReadOnly);
        QVERIFY(store.ok());
        auto trail = store.value()->auditTrail();
        QVERIFY(trail.ok());
        QCOMPARE(trail->last().action, QStringLiteral("demo.continued"));
        QString error;
        const auto history = readDemoHistory(trail.value(), &error);
        QVERIFY2(history.has_value(), qPrintable(error));
        QCOMPARE(history->end(), outcome.to);
    }
};

QTEST_GUILESS_MAIN(TestLiveDemo)
#include "tst_livedemo.moc"
