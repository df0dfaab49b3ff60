// The change feed: a commit by another connection or another process reaches the feed, on SQLite
// (data_version polling) and PostgreSQL (LISTEN); a dropped LISTEN connection reconnects and asks
// for a resync; bursts are coalesced.
#include "changecoalescer.h"
#include "store/postgreschangewatcher.h"
#include "store/storechangefeed.h"
#include "store/storefactory.h"
#include "testsupport.h"
#include "uuid.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

IngestBatch someEvents(int from, int count)
{
    IngestBatch batch;
    for (int i = from; i < from + count; ++i) {
        Event e;
        e.key = uuidV7(1793577600000 + i, quint64(i), 7);
        e.id = QStringLiteral("evt-%1").arg(i);
        e.source = QStringLiteral("erp");
        e.correlationId = QStringLiteral("ORD-%1").arg(i);
        e.flow = QStringLiteral("order-to-cash");
        e.stage = QStringLiteral("erp-post");
        e.type = QStringLiteral("erp.sales_order.posted");
        e.occurredAt = Timestamp::fromMicros(1793577600000000 + qint64(i) * 1'000'000);
        e.recordedAt = e.occurredAt;
        batch.events << e;
    }
    return batch;
}

} // namespace

class TestChangeFeed : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_pg;
    int m_stores = 0;

    QString storeUrl()
    {
        QFETCH(QString, engineName);
        if (engineName == QLatin1String("sqlite")) {
            const QString url = m_dir.filePath(QStringLiteral("feed-%1.db").arg(++m_stores));
            openStore(url, OpenMode::ReadWrite);
            return url;
        }
        m_pg = std::make_unique<test::ScratchDatabase>();
        if (!m_pg->isValid())
            qFatal("PostgreSQL is needed: %s", qPrintable(m_pg->error()));
        openStore(m_pg->url(), OpenMode::ReadWrite);
        return m_pg->url();
    }

    static std::unique_ptr<ChangeFeed> liveFeed(const QString& url)
    {
        auto feed = openChangeFeed(StoreLocation::parse(url).value());
        QSignalSpy states(feed.get(), &ChangeFeed::stateChanged);
        feed->start();
        const auto live = [&states] {
            for (const auto& s : states) {
                if (s.at(0).value<ChangeFeed::State>() == ChangeFeed::State::Live)
                    return true;
            }
            return false;
        };
        if (!QTest::qWaitFor(live, 10000))
            return nullptr;
        return feed;
    }

private Q_SLOTS:
    void engines_data()
    {
        QTest::addColumn<QString>("engineName");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void hearsACommitOnAnotherConnection_data() { engines_data(); }
    void hearsACommitOnAnotherConnection()
    {
        const QString url = storeUrl();
        auto feed = liveFeed(url);
        QVERIFY(feed);
        QSignalSpy changes(feed.get(), &ChangeFeed::changed);
        auto writer = openStore(url, OpenMode::ReadWrite);
        QVERIFY(writer);
        QVERIFY(writer.value()->ingest(someEvents(0, 4)).ok());
        QTRY_VERIFY(changes.size() >= 1);
        if (url.startsWith(QLatin1String("postgres"))) {
            const auto change = changes.first().at(0).value<StoreChange>();
            QCOMPARE(change.what, QStringLiteral("ingest"));
            QCOMPARE(change.events, 4);
        }
        changes.clear();
        QVERIFY(writer.value()->clearTelemetry().ok());
        QTRY_VERIFY(changes.size() >= 1);
    }

    void hearsACommitByAnotherProcess_data() { engines_data(); }
    void hearsACommitByAnotherProcess()
    {
        const QString url = storeUrl();
        auto feed = liveFeed(url);
        QVERIFY(feed);
        QSignalSpy changes(feed.get(), &ChangeFeed::changed);
        QProcess demo;
        demo.start(test::binaryPath(QStringLiteral("ctower")),
                   {QStringLiteral("demo"), QStringLiteral("--store"), url, QStringLiteral("--days"), QStringLiteral("1"),
                    QStringLiteral("--orders-per-day"), QStringLiteral("20"), QStringLiteral("--stores"), QStringLiteral("1"),
                    QStringLiteral("--sales-per-store"), QStringLiteral("5"), QStringLiteral("--skus"), QStringLiteral("20")});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
        QTRY_VERIFY(changes.size() >= 1);
    }

    void aDroppedListenConnectionReconnectsAndResyncs()
    {
        m_pg = std::make_unique<test::ScratchDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        const QString url = m_pg->url();
        QVERIFY(openStore(url, OpenMode::ReadWrite));
        auto feed = liveFeed(url);
        QVERIFY(feed);
        QSignalSpy states(feed.get(), &ChangeFeed::stateChanged);
        QSignalSpy resyncs(feed.get(), &ChangeFeed::resynced);
        QSignalSpy changes(feed.get(), &ChangeFeed::changed);
        const QString kill = QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'")
                                 .arg(QLatin1String(PostgresChangeWatcher::kApplicationName));
        QCOMPARE(test::execRaw(url, kill), QString());
        QTRY_VERIFY_WITH_TIMEOUT(resyncs.size() == 1, 10000);
        bool sawReconnecting = false;
        for (const auto& s : states)
            sawReconnecting = sawReconnecting || s.at(0).value<ChangeFeed::State>() == ChangeFeed::State::Reconnecting;
        QVERIFY(sawReconnecting);
        QCOMPARE(states.constLast().at(0).value<ChangeFeed::State>(), ChangeFeed::State::Live);
        // And it hears the next commit on its new connection.
        auto writer = openStore(url, OpenMode::ReadWrite);
        QVERIFY(writer.value()->ingest(someEvents(10, 2)).ok());
        QTRY_VERIFY(changes.size() >= 1);
    }

    void aStoreThatCannotBeReachedIsRetried()
    {
        auto feed = openChangeFeed(
            StoreLocation::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")).value());
        QSignalSpy states(feed.get(), &ChangeFeed::stateChanged);
        feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 3, 10000);  // connecting, then reconnecting again and again
        QCOMPARE(states.at(1).at(0).value<ChangeFeed::State>(), ChangeFeed::State::Reconnecting);
        QVERIFY(!states.at(1).at(1).toString().isEmpty());
    }

    void coalescesABurstIntoTwoNotifications()
    {
        ChangeCoalescer coalescer(100);
        QSignalSpy out(&coalescer, &ChangeCoalescer::changed);
        coalescer.add(StoreChange{QStringLiteral("ingest"), 2});
        QTRY_COMPARE(out.size(), 1);  // the first after a quiet spell goes at once
        for (int i = 1; i < 500; ++i)
            coalescer.add(StoreChange{QStringLiteral("ingest"), 2});
        QCoreApplication::processEvents();
        QCOMPARE(out.size(), 1);      // the burst waits for the end of the interval
        QTRY_COMPARE(out.size(), 2);  // and goes out as one
        qint64 events = 0;
        int changes = 0;
        for (const auto& o : out) {
            events += o.at(0).value<ChangeDigest>().events;
            changes += o.at(0).value<ChangeDigest>().changes;
        }
        QCOMPARE(events, 1000);
        QCOMPARE(changes, 500);
        QTest::qWait(250);
        QCOMPARE(out.size(), 2);
        coalescer.addResync();
        QTRY_COMPARE(out.size(), 3);
        QVERIFY(out.last().at(0).value<ChangeDigest>().resync);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
