// `ctower find` (ARCHITECTURE.md §10) and `ctower lineage` by business key, on a demo store: every
// transaction a key names, all keys required, exit 3 for nothing, 4 for a key that names several
// transactions in lineage, 2 for usage errors, and never a created store.
#include "clirunner.h"
#include "demostorefixture.h"
#include "store/storefactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::test;

class TestFindCli : public QObject {
    Q_OBJECT

    CliRun find(const QStringList& args) { return runCtower(QStringList{QStringLiteral("find"), QStringLiteral("--store"), m_store} + args); }

    DemoStoreFixture m_demo;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = m_demo.path();
    }

    void findsEveryTransactionOfAKey()
    {
        const CliRun run = find({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("100000"),
                                 QStringLiteral("ST-002")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QVERIFY(rows.size() > 10);
        // The same set the events say: every transaction with an event at ST-002.
        const QVariant expected = queryRaw(m_store, QStringLiteral("SELECT count(DISTINCT correlation_id) FROM events WHERE node = 'ST-002'"));
        QVERIFY(rows.size() >= expected.toLongLong());
        const QJsonObject first = rows.first().toObject();
        for (const char* field : {"correlation_id", "flow", "first_at", "last_at", "failed", "keys_matched"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(first.value(QLatin1String("keys_matched")).toArray().first().toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("ST-002"));
        QVERIFY(run.err.isEmpty());
    }

    void needsEveryKey()
    {
        const QString sku = queryRaw(m_store, QStringLiteral("SELECT sku FROM events WHERE node = 'ST-002' AND sku <> '' "
                                                             "ORDER BY occurred_at LIMIT 1")).toString();
        QVERIFY(!sku.isEmpty());
        const CliRun both = find({QStringLiteral("--json"), sku, QStringLiteral("ST-002")});
        QCOMPARE(both.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(both.out).array();
        QVERIFY(!rows.isEmpty());
        const CliRun skuOnly = find({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("100000"), sku});
        QVERIFY(QJsonDocument::fromJson(skuOnly.out).array().size() >= rows.size());
        const CliRun text = find({sku, QStringLiteral("ST-002")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(rows.first().toObject().value(QLatin1String("correlation_id")).toString().toUtf8()));
    }

    // The command line is English: "1 transaction touched", "7 transactions touched".
    void textCountsTransactionsInWords()
    {
        const QString payment =
            queryRaw(m_store, QStringLiteral("SELECT key FROM business_keys WHERE kind = 'payment' LIMIT 1"))
                .toString();
        QVERIFY(!payment.isEmpty());
        const CliRun one = find({payment});
        QCOMPARE(one.exitCode, 0);
        const QString first = QStringLiteral("1 transaction touched %1 (payment):\n").arg(payment);
        QVERIFY2(QString::fromUtf8(one.out).startsWith(first), one.out.constData());
        const CliRun many = find({QStringLiteral("--limit"), QStringLiteral("7"), QStringLiteral("ST-002")});
        QCOMPARE(many.exitCode, 0);
        QVERIFY2(many.out.startsWith("7 transactions touched ST-002 (node):\n"), many.out.constData());
    }

    void nothingMatchedExitsThree()
    {
        const CliRun run = find({QStringLiteral("--json"), QStringLiteral("NO-SUCH-KEY")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.oneErrorLine(), run.err.constData());
    }

    void personalDataIsNeverFound()
    {
        const QString email = queryRaw(m_store, QStringLiteral("SELECT key FROM business_keys WHERE key LIKE '%@%' LIMIT 1")).toString();
        QVERIFY2(email.isEmpty(), qPrintable(email));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no key") << QStringList{};
        QTest::newRow("empty key") << QStringList{QStringLiteral(" ")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("ST-002")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("ST-002")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun run = find(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("Usage"));
    }

    void lineageTakesAKeyOfOneTransaction()
    {
        const QString order = queryRaw(m_store, QStringLiteral("SELECT key FROM business_keys WHERE kind = 'payment' LIMIT 1")).toString();
        QVERIFY(!order.isEmpty());
        const CliRun run = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), m_store, order, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("matched_by")).toString(),
                 QStringLiteral("business_key"));
        const CliRun several = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), m_store,
                                          QStringLiteral("ST-002"), QStringLiteral("--json")});
        QCOMPARE(several.exitCode, 4);
        QVERIFY(several.out.isEmpty());
        QVERIFY2(several.oneErrorLine(), several.err.constData());
        QVERIFY(several.err.contains("ctower find"));
    }

    void neverCreatesAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.db"));
        const CliRun run = runCtower({QStringLiteral("find"), QStringLiteral("--store"), path, QStringLiteral("ST-002")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestFindCli)
#include "tst_find_cli.moc"
