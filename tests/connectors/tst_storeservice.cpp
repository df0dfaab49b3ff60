// The asynchronous store service: reads run on a pool of connections off the caller's thread,
// replies come back on it while the requester holds its ticket, and every statement can be
// cancelled or run out of time, on SQLite and PostgreSQL.
#include "store/sqlstore.h"
#include "store/storefactory.h"
#include "storeservice.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace ct;

namespace {

// Counts to a billion: seconds of work for either engine, unless stopped.
const QString kSlowSqlite = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c");
const QString kSlowPostgres = QStringLiteral("SELECT count(*) FROM pg_sleep(60)");

// A requester that may die at any moment: it holds its ticket and writes into itself on reply.
class Requester : public QObject {
public:
    void ask(StoreService& service)
    {
        m_ticket = service.read<bool>(
            this, [](TelemetryStore& store) { return store.isEmpty(); },
            [this](const Expected<bool>& r) { m_answers.append(r.ok()); });
    }
    QList<bool> m_answers;

private:
    StoreTicket m_ticket;
};

struct Engine {
    QString url;
    QString slowSql;
};

} // namespace

class TestStoreService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_pg;

    QString sqliteUrl()
    {
        const QString url = m_dir.filePath(QStringLiteral("s.db"));
        openStore(url, OpenMode::ReadWrite);  // creates it
        return url;
    }

    Engine engine()
    {
        QFETCH(QString, engineName);
        if (engineName == QLatin1String("sqlite"))
            return {sqliteUrl(), kSlowSqlite};
        if (!m_pg) {
            m_pg = std::make_unique<test::ScratchDatabase>();
            if (m_pg->isValid())
                openStore(m_pg->url(), OpenMode::ReadWrite);
        }
        if (!m_pg->isValid())
            qFatal("PostgreSQL is needed: %s", qPrintable(m_pg->error()));
        return {m_pg->url(), kSlowPostgres};
    }

    static StoreService::Work<qint64> slowWork(const QString& sql, std::atomic<int>* code)
    {
        return [sql, code](TelemetryStore& store) -> Expected<qint64> {
            auto r = static_cast<SqlStore&>(store).scalar(sql, QStringLiteral("counting slowly"));
            code->store(int(r ? StoreError::Code::None : r.error().code));
            return r;
        };
    }

private Q_SLOTS:
    void engines_data()
    {
        QTest::addColumn<QString>("engineName");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void runsOffTheCallerThreadAndRepliesOnIt()
    {
        const QString url = sqliteUrl();
        StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
        QThread* workThread = nullptr;
        QThread* replyThread = nullptr;
        int schema = 0;
        bool done = false;
        StoreTicket ticket = service.read<StoreInfo>(
            this,
            [&](TelemetryStore& store) {
                workThread = QThread::currentThread();
                return store.info();
            },
            [&](const Expected<StoreInfo>& info) {
                replyThread = QThread::currentThread();
                schema = info.ok() ? info->schemaVersion : -1;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(replyThread, QThread::currentThread());
        QVERIFY(schema >= 1);
    }

    void aNewerRequestOnTheSameTicketSupersedesTheOlder()
    {
        const QString url = sqliteUrl();
        StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
        QList<int> delivered;
        StoreTicket ticket;
        std::atomic<int> ran{0};
        for (int tag = 1; tag <= 3; ++tag) {
            ticket = service.read<bool>(
                this,
                [&ran](TelemetryStore& store) {
                    ++ran;
                    return store.isEmpty();
                },
                [&delivered, tag](const Expected<bool>&) { delivered << tag; });
        }
        bool other = false;
        StoreTicket otherTicket = service.read<bool>(
            this, [](TelemetryStore& store) { return store.isEmpty(); }, [&other](const Expected<bool>&) { other = true; });
        QTRY_VERIFY(other);
        QTRY_COMPARE(delivered, QList<int>{3});
        ticket.cancel();
        QVERIFY(!ticket.isPending());
        ticket = service.read<bool>(
            this, [](TelemetryStore& store) { return store.isEmpty(); }, [&delivered](const Expected<bool>&) { delivered << 4; });
        ticket.cancel();
        bool fence = false;
        StoreTicket fenceTicket = service.read<bool>(
            this, [](TelemetryStore& store) { return store.isEmpty(); }, [&fence](const Expected<bool>&) { fence = true; });
        QTRY_VERIFY(fence);
        QTest::qWait(50);
        QCOMPARE(delivered, QList<int>{3});
    }

    void reportsAStoreThatCannotOpen()
    {
        StoreService service([] { return openStore(QStringLiteral("/nonexistent/folder/s.db"), OpenMode::ReadOnly); });
        StoreError error;
        bool done = false;
        StoreTicket ticket = service.read<StoreStats>(
            this, [](TelemetryStore& store) { return store.stats(); },
            [&](const Expected<StoreStats>& stats) {
                error = stats.error();
                done = true;
            });
        QTRY_VERIFY(done);
        QCOMPARE(error.code, StoreError::Code::NotFound);
    }

    void dropsRepliesForADeadContext()
    {
        const QString url = sqliteUrl();
        StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
        bool called = false;
        auto* context = new QObject;
        StoreTicket ticket = service.read<bool>(
            context, [](TelemetryStore& store) { return store.isEmpty(); }, [&called](const Expected<bool>&) { called = true; });
        delete context;
        bool fence = false;
        StoreTicket fenceTicket = service.read<bool>(
            this, [](TelemetryStore& store) { return store.isEmpty(); }, [&fence](const Expected<bool>&) { fence = true; });
        QTRY_VERIFY(fence);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // The requester dies on its own thread right after asking, while the reply is on its way.
    void requestersDyingRightAfterTheirRequestAreSafe()
    {
        const QString url = sqliteUrl();
        StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
        int survivorAnswers = 0;
        for (int i = 0; i < 3000; ++i) {
            auto* doomed = new Requester;
            doomed->ask(service);
            if (i % 3 == 0)
                QCoreApplication::processEvents();  // some replies are queued, some still running
            delete doomed;
        }
        Requester survivor;
        survivor.ask(service);
        QTRY_COMPARE(survivor.m_answers.size(), 1);
        survivorAnswers = survivor.m_answers.size();
        QCOMPARE(survivorAnswers, 1);
    }

    void oneSlowReadDoesNotHoldUpTheOthers_data() { engines_data(); }
    void oneSlowReadDoesNotHoldUpTheOthers()
    {
        const Engine e = engine();
        StoreService service(StoreServiceOptions{[url = e.url] { return openStore(url, OpenMode::ReadOnly); }, {}, 2});
        std::atomic<int> code{-1};
        bool slowReplied = false;
        StoreTicket slow = service.read<qint64>(this, slowWork(e.slowSql, &code),
                                                [&](const Expected<qint64>&) { slowReplied = true; });
        bool quick = false;
        StoreTicket quickTicket = service.read<bool>(
            this, [](TelemetryStore& store) { return store.isEmpty(); }, [&quick](const Expected<bool>&) { quick = true; });
        QTRY_VERIFY(quick);
        QVERIFY(!slowReplied);
        slow.cancel();  // interrupts the statement
        QTRY_COMPARE(code.load(), int(StoreError::Code::Cancelled));
        QVERIFY(!slowReplied);
    }

    void aStatementPastItsTimeLimitStops_data() { engines_data(); }
    void aStatementPastItsTimeLimitStops()
    {
        const Engine e = engine();
        StoreServiceOptions options{[url = e.url] { return openStore(url, OpenMode::ReadOnly); }, {}, 1};
        options.statementTimeoutMs = 300;
        StoreService service(options);
        std::atomic<int> code{-1};
        StoreError error;
        StoreTicket slow = service.read<qint64>(this, slowWork(e.slowSql, &code),
                                                [&](const Expected<qint64>& r) { error = r.error(); });
        QTRY_COMPARE_WITH_TIMEOUT(int(error.code), int(StoreError::Code::TimedOut), 20000);
        QVERIFY2(error.text.contains(QLatin1String("took longer than")), qPrintable(error.text));
        // The connection serves the next request as usual.
        bool next = false;
        StoreTicket again = service.read<bool>(
            this, [](TelemetryStore& store) { return store.isEmpty(); }, [&next](const Expected<bool>& r) { next = r.ok(); });
        QTRY_VERIFY(next);
    }

    // Closing the window: the service goes while a statement runs; it stops it rather than wait.
    void destroyingTheServiceStopsARunningStatement_data() { engines_data(); }
    void destroyingTheServiceStopsARunningStatement()
    {
        const Engine e = engine();
        std::atomic<int> code{-1};
        bool replied = false;
        QElapsedTimer timer;
        {
            StoreService service([url = e.url] { return openStore(url, OpenMode::ReadOnly); });
            QSemaphore started;
            StoreTicket slow = service.read<qint64>(
                this,
                [&started, work = slowWork(e.slowSql, &code)](TelemetryStore& store) {
                    started.release();
                    return work(store);
                },
                [&](const Expected<qint64>&) { replied = true; });
            QVERIFY(started.tryAcquire(1, 10000));
            QTest::qWait(100);  // inside the statement
            timer.start();
        }
        const qint64 ms = timer.elapsed();
        QCOMPARE(code.load(), int(StoreError::Code::Cancelled));
        QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));  // the statement alone runs for a minute
        QCoreApplication::processEvents();
        QVERIFY(!replied);
    }

    void writesRunOnTheWriter()
    {
        const QString url = sqliteUrl();
        StoreService service(StoreServiceOptions{[url] { return openStore(url, OpenMode::ReadOnly); },
                                                 [url] { return openStore(url, OpenMode::ReadWrite); }});
        Expected<AuditEntry> written = StoreError{};
        bool done = false;
        StoreTicket ticket = service.write<AuditEntry>(
            this,
            [](TelemetryStore& store) {
                return store.appendAudit(AuditEntry::bySystem(QStringLiteral("test.write"), QStringLiteral("t"), QString()));
            },
            [&](const Expected<AuditEntry>& r) {
                written = r;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY2(written.ok(), qPrintable(written.error().text));

        StoreService readOnly([url] { return openStore(url, OpenMode::ReadOnly); });
        done = false;
        ticket = readOnly.write<AuditEntry>(
            this, [](TelemetryStore& store) { return store.appendAudit(AuditEntry{}); },
            [&](const Expected<AuditEntry>& r) {
                written = r;
                done = true;
            });
        QTRY_VERIFY(done);
        QCOMPARE(written.error().code, StoreError::Code::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestStoreService)
#include "tst_storeservice.moc"
