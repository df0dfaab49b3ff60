// ctower demo --live: the simulated estate keeps running until it is interrupted, and a later --live
// carries on where the last one stopped (ARCHITECTURE.md §6, §10).
#include "clirunner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using ct::test::CliRun;
using ct::test::queryRaw;
using ct::test::runCtower;

namespace {

// Small, and without injected duplicates: a dropped duplicate could then only be an id collision.
const QStringList kSmall{QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--orders-per-day"),
                         QStringLiteral("50"), QStringLiteral("--stores"), QStringLiteral("2"),
                         QStringLiteral("--sales-per-store"), QStringLiteral("20"), QStringLiteral("--skus"),
                         QStringLiteral("50"), QStringLiteral("--fault"), QStringLiteral("duplicate=0")};

// Runs `ctower demo --store URL --live --json ARGS`, sends `signal` after `ms` (counted from the moment
// stderr says `waitFor`, when given), waits for the end.
CliRun runLive(const QString& url, const QStringList& args, int ms, int signal = SIGINT, const QByteArray& waitFor = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CTOWER_STORE"));
    p.setProcessEnvironment(env);
    p.start(ct::test::binaryPath(QStringLiteral("ctower")),
            QStringList{QStringLiteral("demo"), QStringLiteral("--store"), url, QStringLiteral("--live"),
                        QStringLiteral("--json")} + args);
    CliRun run;
    if (!p.waitForStarted(10000))
        return run;
    // A loaded machine may take a while to reach the phase the caller means to interrupt.
    for (int waited = 0; !waitFor.isEmpty() && !run.err.contains(waitFor) && waited < 120000; waited += 50) {
        p.waitForReadyRead(50);
        run.err += p.readAllStandardError();
    }
    QThread::msleep(ms);
    ::kill(pid_t(p.processId()), signal);
    run.finished = p.waitForFinished(120000);
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err += p.readAllStandardError();
    return run;
}

// Microseconds since the epoch of "2026-12-01T21:49:40.583450Z"; -1 when it is not that.
qint64 microsOf(const QString& iso)
{
    const QDateTime seconds = QDateTime::fromString(iso.left(19) + QLatin1Char('Z'), Qt::ISODate);
    if (!seconds.isValid() || iso.size() != 27)
        return -1;
    return seconds.toMSecsSinceEpoch() * 1000 + iso.mid(20, 6).toLongLong();
}

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

qint64 count(const QString& url, const QString& sql)
{
    return queryRaw(url, sql).toLongLong();
}

qint64 statsEvents(const QString& url)
{
    const CliRun run = runCtower({QStringLiteral("stats"), QStringLiteral("--store"), url, QStringLiteral("--json")});
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    return run.exitCode == 0 ? stats.value(QStringLiteral("tables")).toObject().value(QStringLiteral("events")).toInteger(-1)
                             : -1;
}

// Two runs of --live on one store: the first fills it and runs on, the second continues.
void liveTwiceContinues(const QString& url)
{
    const CliRun first = runLive(url, kSmall + QStringList{QStringLiteral("--rate"), QStringLiteral("2000")}, 2500);
    QVERIFY2(first.finished && first.exitCode == 0, first.err.constData());
    const QJsonObject a = jsonOf(first);
    QVERIFY2(a.value(QStringLiteral("filled")).toBool(), first.out.constData());
    QVERIFY2(a.value(QStringLiteral("events")).toInteger() > 0, first.out.constData());
    QCOMPARE(a.value(QStringLiteral("duplicates_dropped")).toInteger(), 0);
    QVERIFY(first.err.contains("events/s"));
    const qint64 afterFirst = statsEvents(url);
    const qint64 fillEvents = count(url, QStringLiteral("SELECT COUNT(*) FROM events WHERE occurred_at < 1793577600000000"));
    QVERIFY(fillEvents > 0);
    QVERIFY2(afterFirst > fillEvents, qPrintable(QString::number(afterFirst)));
    QCOMPARE(afterFirst, a.value(QStringLiteral("fill_events")).toInteger() + a.value(QStringLiteral("events")).toInteger());
    QCOMPARE(count(url, QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE action = 'demo.continued'")), 1);
    // A real estate does not stop at midnight.
    QVERIFY(count(url, QStringLiteral("SELECT COUNT(DISTINCT occurred_at / 86400000000) FROM events "
                                      "WHERE occurred_at >= 1793577600000000")) > 2);
    // No business transaction started twice: every correlation id has one first stage.
    QCOMPARE(count(url, QStringLiteral("SELECT COUNT(*) FROM (SELECT correlation_id FROM events WHERE causation_id = '' "
                                       "GROUP BY correlation_id HAVING COUNT(*) > 1) d")),
             0);

    const qint64 firstEnd = microsOf(a.value(QStringLiteral("to")).toString());
    QVERIFY(firstEnd > 1793577600000000LL);
    const QString before = QStringLiteral("SELECT COUNT(*) FROM events WHERE occurred_at < %1").arg(firstEnd);
    const qint64 beforeEnd = count(url, before);

    // Without arguments: they come from the store's audit trail.
    const CliRun second = runLive(url, {QStringLiteral("--rate"), QStringLiteral("2000")}, 2500);
    QVERIFY2(second.finished && second.exitCode == 0, second.err.constData());
    const QJsonObject b = jsonOf(second);
    QVERIFY2(!b.value(QStringLiteral("filled")).toBool(), second.out.constData());
    QCOMPARE(b.value(QStringLiteral("from")).toString(), a.value(QStringLiteral("to")).toString());
    QVERIFY(b.value(QStringLiteral("events")).toInteger() > 0);
    QCOMPARE(b.value(QStringLiteral("duplicates_dropped")).toInteger(), 0);
    QCOMPARE(statsEvents(url), afterFirst + b.value(QStringLiteral("events")).toInteger());
    QCOMPARE(count(url, before), beforeEnd); // nothing new before where the first run stopped
    QCOMPARE(count(url, QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE action = 'demo.continued'")), 2);
}

} // namespace

class TestDemoLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveRunsOnAndContinuesOnSqlite()
    {
        QTemporaryDir dir;
        liveTwiceContinues(dir.filePath(QStringLiteral("live.db")));
    }

    void liveRunsOnAndContinuesOnPostgres()
    {
        ct::test::ScratchDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        liveTwiceContinues(pg.url());
    }

    void liveRefusesAStoreThatIsNotADemo()
    {
        QTemporaryDir dir;
        const QString url = dir.filePath(QStringLiteral("other.db"));
        QCOMPARE(runCtower({QStringLiteral("migrate"), QStringLiteral("--store"), url}).exitCode, 0);
        const QString error = ct::test::execRaw(
            url, QStringLiteral("INSERT INTO events (key, id, source, correlation_id, flow, stage, type, status, "
                                "occurred_at, recorded_at) VALUES ('k1', 'e1', 'erp', 'c1', 'f', 's', 't', 'ok', "
                                "1793577600000000, 1793577600000000)"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), url,
                                                 QStringLiteral("--live")} + kSmall);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(run.err.contains("not a demo"), run.err.constData());
        QCOMPARE(statsEvents(url), 1);
    }

    void rateNeedsLive()
    {
        const CliRun run = runCtower({QStringLiteral("demo"), QStringLiteral("--store"), QStringLiteral("/tmp/never.db"),
                                      QStringLiteral("--rate"), QStringLiteral("10")});
        QCOMPARE(run.exitCode, 2);
    }

    void sigtermDuringCatchUpLeavesAConsistentStore()
    {
        QTemporaryDir dir;
        const QString url = dir.filePath(QStringLiteral("catchup.db"));
        // Two years to catch up with: still catching up when the signal comes.
        const CliRun run = runLive(url, kSmall + QStringList{QStringLiteral("--orders-per-day"), QStringLiteral("3000"),
                                                             QStringLiteral("--until"),
                                                             QStringLiteral("2024-11-01T00:00:00Z")},
                                   500, SIGTERM, "Catching up");
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("Catching up"), run.err.constData());
        QVERIFY2(!run.err.contains("Caught up"), run.err.constData());
        const QJsonObject live = jsonOf(run);
        const qint64 events = statsEvents(url);
        QVERIFY(events > 0);
        QCOMPARE(events, live.value(QStringLiteral("fill_events")).toInteger() + live.value(QStringLiteral("events")).toInteger());
        const qint64 end = microsOf(live.value(QStringLiteral("to")).toString());
        QVERIFY(end > 1730419200000000LL);
        QVERIFY(end < QDateTime::currentMSecsSinceEpoch() * 1000);
        QCOMPARE(count(url, QStringLiteral("SELECT COUNT(*) FROM events WHERE occurred_at >= %1").arg(end)), 0);
        QCOMPARE(count(url, QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE action = 'demo.continued'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoLive)
#include "tst_demo_live.moc"
