#include "storelocation.h"

#include <QTest>

using ct::StoreLocation;

class TestStoreLocation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesSqlite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("url") << QStringLiteral("sqlite:///tmp/a.db") << QStringLiteral("/tmp/a.db");
        QTest::newRow("bare absolute") << QStringLiteral("/var/x/store.db") << QStringLiteral("/var/x/store.db");
        QTest::newRow("percent-encoded") << QStringLiteral("sqlite:///tmp/my%20store.db") << QStringLiteral("/tmp/my store.db");
        QTest::newRow("dots cleaned") << QStringLiteral("/tmp/a/../b.db") << QStringLiteral("/tmp/b.db");
    }
    void parsesSqlite()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const auto loc = StoreLocation::parse(text);
        QVERIFY2(loc.ok(), qPrintable(loc.error().text));
        QCOMPARE(loc->engine, StoreLocation::Engine::Sqlite);
        QCOMPARE(loc->path, path);
    }

    void parsesPostgres()
    {
        const auto loc = StoreLocation::parse(
            QStringLiteral("postgresql://ops:s%40cret@db.example.com:6543/telemetry?sslmode=verify-ca&connect_timeout=3"));
        QVERIFY2(loc.ok(), qPrintable(loc.error().text));
        QCOMPARE(loc->engine, StoreLocation::Engine::Postgres);
        QCOMPARE(loc->user, QStringLiteral("ops"));
        QCOMPARE(loc->password, QStringLiteral("s@cret"));
        QCOMPARE(loc->host, QStringLiteral("db.example.com"));
        QCOMPARE(loc->port, 6543);
        QCOMPARE(loc->database, QStringLiteral("telemetry"));
        QCOMPARE(loc->connectTimeoutSeconds(), 3);
        QVERIFY(loc->postgresConnectOptions().contains(QStringLiteral("sslmode=verify-ca")));
        QVERIFY(!loc->redacted().contains(QStringLiteral("cret")));
        QVERIFY(loc->redacted().contains(QStringLiteral("***")));
    }

    void demandsVerifiedTlsOffLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("remote") << QStringLiteral("postgresql://u@db.example.com/x") << QStringLiteral("sslmode=verify-full");
        QTest::newRow("private range is not loopback") << QStringLiteral("postgresql://u@10.0.0.5/x") << QStringLiteral("sslmode=verify-full");
        QTest::newRow("loopback v4") << QStringLiteral("postgresql://u@127.0.0.1/x") << QStringLiteral("sslmode=prefer");
        QTest::newRow("localhost") << QStringLiteral("postgresql://u@localhost/x") << QStringLiteral("sslmode=prefer");
        QTest::newRow("loopback v6") << QStringLiteral("postgresql://u@[::1]/x") << QStringLiteral("sslmode=prefer");
        QTest::newRow("socket") << QStringLiteral("postgresql://u@/x?host=/run/postgresql") << QStringLiteral("sslmode=prefer");
    }
    void demandsVerifiedTlsOffLoopback()
    {
        QFETCH(QString, url);
        QFETCH(QString, sslmode);
        const auto loc = StoreLocation::parse(url);
        QVERIFY2(loc.ok(), qPrintable(loc.error().text));
        QVERIFY2(loc->postgresConnectOptions().contains(sslmode), qPrintable(loc->postgresConnectOptions()));
        QVERIFY(loc->postgresConnectOptions().contains(QStringLiteral("connect_timeout=5")));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://u@h/db");
        QTest::newRow("relative sqlite url") << QStringLiteral("sqlite:relative.db");
        QTest::newRow("sqlite host") << QStringLiteral("sqlite://host/x.db");
        QTest::newRow("folder") << QStringLiteral("/tmp/");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@host");
        QTest::newRow("two path parts") << QStringLiteral("postgresql://u@host/a/b");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u@host:99999/db");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://u@host:abc/db");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://u@host/db?password=x");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://u@host/db?sslmode=maybe");
        QTest::newRow("bad timeout") << QStringLiteral("postgresql://u@host/db?connect_timeout=0");
        QTest::newRow("no host") << QStringLiteral("postgresql:///db");
    }
    void rejectsMalformed()
    {
        QFETCH(QString, text);
        const auto loc = StoreLocation::parse(text);
        QVERIFY(!loc.ok());
        QCOMPARE(loc.error().code, ct::StoreError::Code::InvalidLocation);
        QVERIFY(!loc.error().text.isEmpty());
        QVERIFY(!loc.error().text.contains(QLatin1Char('\n')));
    }
};

QTEST_APPLESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
