// The command-line contract of ARCHITECTURE.md §10: exit statuses, one-sentence failures on stderr,
// nothing on stdout for a failed --json, and read commands that never create a store.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using ct::test::CliRun;
using ct::test::runCtower;

namespace {

const QStringList kSmallDemo{QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--orders-per-day"),
                             QStringLiteral("200"), QStringLiteral("--sales-per-store"), QStringLiteral("40"),
                             QStringLiteral("--stores"), QStringLiteral("4"), QStringLiteral("--skus"),
                             QStringLiteral("100")};

QByteArray digestOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QProcessEnvironment envWith(const QString& key, const QString& value)
{
    QProcessEnvironment env;
    env.insert(key, value);
    return env;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--bogus")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("stats"), QStringLiteral("--store"),
                                                       QStringLiteral("/tmp/x.db"), QStringLiteral("extra")};
        QTest::newRow("no store") << QStringList{QStringLiteral("stats")};
        QTest::newRow("store without value") << QStringList{QStringLiteral("info"), QStringLiteral("--store")};
        QTest::newRow("demo without store") << QStringList{QStringLiteral("demo")};
        QTest::newRow("demo bad days") << QStringList{QStringLiteral("demo"), QStringLiteral("--store"),
                                                      QStringLiteral("/tmp/never.db"), QStringLiteral("--days"),
                                                      QStringLiteral("0")};
        QTest::newRow("demo bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--store"),
                                                      QStringLiteral("/tmp/never.db"), QStringLiteral("--seed"),
                                                      QStringLiteral("x")};
        QTest::newRow("demo unknown fault") << QStringList{QStringLiteral("demo"), QStringLiteral("--store"),
                                                           QStringLiteral("/tmp/never.db"), QStringLiteral("--fault"),
                                                           QStringLiteral("gremlins=0.1")};
        QTest::newRow("demo bad rate") << QStringList{QStringLiteral("demo"), QStringLiteral("--store"),
                                                      QStringLiteral("/tmp/never.db"), QStringLiteral("--fault"),
                                                      QStringLiteral("stuck=1.5")};
        QTest::newRow("demo bad until") << QStringList{QStringLiteral("demo"), QStringLiteral("--store"),
                                                       QStringLiteral("/tmp/never.db"), QStringLiteral("--until"),
                                                       QStringLiteral("tomorrow")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const CliRun run = runCtower(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("Usage:"), run.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never.db")));
    }

    void demoNeverTakesTheStoreFromTheEnvironment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("env.db"));
        const CliRun run = runCtower({QStringLiteral("demo")}, envWith(QStringLiteral("CTOWER_STORE"), path));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(path));
    }

    void helpAndVersion()
    {
        CliRun run = runCtower({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("demo"));
        run = runCtower({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("ctower "));
        run = runCtower({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--replace"));
    }

    void readCommandsNeverCreateAStore_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("json");
        QTest::newRow("stats") << QStringLiteral("stats") << false;
        QTest::newRow("stats --json") << QStringLiteral("stats") << true;
        QTest::newRow("info") << QStringLiteral("info") << false;
        QTest::newRow("info --json") << QStringLiteral("info") << true;
    }
    void readCommandsNeverCreateAStore()
    {
        QFETCH(QString, command);
        QFETCH(bool, json);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.db"));
        QStringList args{command, QStringLiteral("--store"), path};
        if (json)
            args << QStringLiteral("--json");
        const CliRun run = runCtower(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.err.contains("does not exist"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{});
    }

    void storeFromTheEnvironment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        QCOMPARE(runCtower({QStringLiteral("migrate"), QStringLiteral("--store"), path}).exitCode, 0);
        const CliRun run = runCtower({QStringLiteral("info"), QStringLiteral("--json")},
                                     envWith(QStringLiteral("CTOWER_STORE"), path));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(info.value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
        QVERIFY(info.value(QStringLiteral("schema_version")).toInt() >= 1);
        QVERIFY(info.value(QStringLiteral("location")).toString().endsWith(QStringLiteral("s.db")));
    }

    void placeholdersInTheLocationAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store %1 %2 %5.db"));
        const QByteArray location = QString(QStringLiteral("sqlite://") + QDir::cleanPath(path)).toUtf8();
        const CliRun migrate = runCtower({QStringLiteral("migrate"), QStringLiteral("--store"), path});
        QCOMPARE(migrate.exitCode, 0);
        QVERIFY2(migrate.out.startsWith(QByteArray(location + " is at schema version ")), migrate.out.constData());
        const CliRun info = runCtower({QStringLiteral("info"), QStringLiteral("--store"), path});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QByteArray("Location:        " + location + '\n')), info.out.constData());
        QVERIFY2(info.out.contains("Schema version:  "), info.out.constData());
    }

    void malformedStoreUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://root@localhost/x");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@127.0.0.1:5432");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u@127.0.0.1:70000/db");
        QTest::newRow("relative sqlite url") << QStringLiteral("sqlite:store.db");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent-folder/x/store.db");
    }
    void malformedStoreUrls()
    {
        QFETCH(QString, url);
        for (const QString& command : {QStringLiteral("stats"), QStringLiteral("demo"), QStringLiteral("migrate")}) {
            const CliRun run = runCtower({command, QStringLiteral("--store"), url});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.oneErrorLine(), run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
    }

    void passwordsNeverPrinted()
    {
        const int port = ct::test::freeLoopbackPort();
        const CliRun run = runCtower({QStringLiteral("stats"), QStringLiteral("--store"),
                                      QStringLiteral("postgresql://ops:hunter2@127.0.0.1:%1/telemetry").arg(port)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(!run.err.contains("hunter2"));
    }

    void unreachablePostgres()
    {
        const int port = ct::test::freeLoopbackPort();
        const CliRun run = runCtower({QStringLiteral("info"), QStringLiteral("--store"),
                                      QStringLiteral("postgresql://u@127.0.0.1:%1/db").arg(port)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(run.err.contains(QByteArray::number(port)), run.err.constData());
    }

    void blackholedPostgresTimesOut()
    {
        // A server that accepts the connection and never answers: the connect timeout must end the wait.
        ct::test::Blackhole hole;
        const int port = hole.port();
        const CliRun run = runCtower({QStringLiteral("stats"), QStringLiteral("--store"),
                                      QStringLiteral("postgresql://u@127.0.0.1:%1/db?connect_timeout=2").arg(port)},
                                     {}, {}, 60000);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
    }

    void corruptSqliteFileLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        const QByteArray before = digestOf(path);
        for (const QStringList& args : {QStringList{QStringLiteral("stats"), QStringLiteral("--store"), path},
                                        QStringList{QStringLiteral("migrate"), QStringLiteral("--store"), path},
                                        QStringList{QStringLiteral("demo"), QStringLiteral("--store"), path}}) {
            const CliRun run = runCtower(args);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.oneErrorLine(), run.err.constData());
            QVERIFY2(run.err.contains("damaged"), run.err.constData());
        }
        QCOMPARE(digestOf(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("corrupt.db")});
    }

    void readOnlySqliteFileLeftAlone()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup);
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        QCOMPARE(runCtower({QStringLiteral("migrate"), QStringLiteral("--store"), path}).exitCode, 0);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QByteArray before = digestOf(path);
        // Root writes a 0444 file anyway: run as an unprivileged user then, from a copy it can reach.
        const QString user = ::geteuid() == 0 ? QStringLiteral("nobody") : QString();
        const QString copy = dir.filePath(QStringLiteral("ctower"));
        QVERIFY(QFile::copy(ct::test::binaryPath(QStringLiteral("ctower")), copy));
        const CliRun run = runCtower({QStringLiteral("demo"), QStringLiteral("--store"), path}, {}, user, 120000, copy);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(run.err.contains("read-only"), run.err.constData());
        QCOMPARE(digestOf(path), before);
    }

    void demoRefusesANonEmptyStoreUnlessReplace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        CliRun run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), path} + kSmallDemo);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const CliRun stats1 = runCtower({QStringLiteral("stats"), QStringLiteral("--store"), path, QStringLiteral("--json")});
        QCOMPARE(stats1.exitCode, 0);
        const QJsonObject tables = QJsonDocument::fromJson(stats1.out).object().value(QStringLiteral("tables")).toObject();
        QVERIFY(tables.value(QStringLiteral("events")).toInteger() > 1000);

        run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), path, QStringLiteral("--seed"),
                                    QStringLiteral("2")} + kSmallDemo);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.err.contains("--replace"));
        // The refused run wrote nothing, not even an audit entry.
        QCOMPARE(runCtower({QStringLiteral("stats"), QStringLiteral("--store"), path, QStringLiteral("--json")}).out,
                 stats1.out);

        run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), path, QStringLiteral("--replace")}
                        + kSmallDemo);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
