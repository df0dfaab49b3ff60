// `ctower audit` (ARCHITECTURE.md §10) on stores made by `ctower demo`: the trail as JSON and text,
// its filters (nothing matched: exit 3), and --verify, which finds the first row that plain SQL
// behind the store's back rewrote or removed, on SQLite and on PostgreSQL. A read never creates a store.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ct::test;

namespace {

const QStringList kSmallDemo{QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--orders-per-day"),
                             QStringLiteral("50"), QStringLiteral("--stores"), QStringLiteral("2"),
                             QStringLiteral("--sales-per-store"), QStringLiteral("20"), QStringLiteral("--skus"),
                             QStringLiteral("50")};

CliRun audit(const QString& url, const QStringList& args)
{
    return runCtower(QStringList{QStringLiteral("audit"), QStringLiteral("--store"), url} + args);
}

QJsonArray trailJson(const QString& url, const QStringList& args = {})
{
    return QJsonDocument::fromJson(audit(url, QStringList{QStringLiteral("--json")} + args).out).array();
}

QJsonObject verifyJson(const QString& url, int* exitCode)
{
    const CliRun run = audit(url, {QStringLiteral("--verify"), QStringLiteral("--json")});
    *exitCode = run.exitCode;
    return QJsonDocument::fromJson(run.out).object();
}

QString makeDemo(const QString& url)
{
    const CliRun run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), url} + kSmallDemo);
    return run.exitCode == 0 ? QString() : QString::fromUtf8(run.err);
}

// Plain SQL behind the store's back: first the append-only guard goes, as anyone with the file or
// the database owner's rights can make it go.
void tamper(const QString& url, const QString& sql)
{
    const bool pg = url.startsWith(QLatin1String("postgres"));
    const QStringList guards = pg ? QStringList{QStringLiteral("ALTER TABLE audit_entries DISABLE TRIGGER USER")}
                                  : QStringList{QStringLiteral("DROP TRIGGER IF EXISTS audit_entries_no_update"),
                                                QStringLiteral("DROP TRIGGER IF EXISTS audit_entries_no_delete")};
    for (const QString& statement : guards + QStringList{sql}) {
        const QString error = execRaw(url, statement);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

// On a fresh demo store: intact; one detail rewritten: a hash mismatch at its seq; put back and the
// row before it removed: the row after the gap does not link.
void verifyFindsTampering(const QString& url)
{
    const QString error = makeDemo(url);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray trail = trailJson(url);
    QVERIFY2(trail.size() >= 3, qPrintable(QString::number(trail.size())));

    int rc = -1;
    QJsonObject v = verifyJson(url, &rc);
    QCOMPARE(rc, 0);
    QCOMPARE(v.value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(v.value(QLatin1String("entries")).toInteger(), trail.size());
    QCOMPARE(v.value(QLatin1String("last_hash")).toString(), trail.last().toObject().value(QLatin1String("hash")).toString());

    const QJsonObject victim = trail.at(1).toObject();
    const qint64 seq = victim.value(QLatin1String("seq")).toInteger();
    tamper(url, QStringLiteral("UPDATE audit_entries SET detail = 'nothing to see' WHERE seq = %1").arg(seq));
    if (QTest::currentTestFailed())
        return;
    const CliRun text = audit(url, {QStringLiteral("--verify")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.oneErrorLine(), text.err.constData());
    QVERIFY2(text.err.contains(QStringLiteral("seq %1").arg(seq).toUtf8()) && text.err.contains("hash mismatch"),
             text.err.constData());
    v = verifyJson(url, &rc);
    QCOMPARE(rc, 1);
    QCOMPARE(v.value(QLatin1String("intact")).toBool(true), false);
    QCOMPARE(v.value(QLatin1String("first_broken_seq")).toInteger(), seq);
    QCOMPARE(v.value(QLatin1String("reason")).toString(), QStringLiteral("hash_mismatch"));
    QCOMPARE(v.value(QLatin1String("entries")).toInteger(), trail.size());

    tamper(url, QStringLiteral("UPDATE audit_entries SET detail = '%1' WHERE seq = %2")
                    .arg(victim.value(QLatin1String("detail")).toString().replace(QLatin1Char('\''), QStringLiteral("''")))
                    .arg(seq));
    QCOMPARE(audit(url, {QStringLiteral("--verify")}).exitCode, 0);
    tamper(url, QStringLiteral("DELETE FROM audit_entries WHERE seq = %1").arg(seq));
    if (QTest::currentTestFailed())
        return;
    v = verifyJson(url, &rc);
    QCOMPARE(rc, 1);
    QCOMPARE(v.value(QLatin1String("first_broken_seq")).toInteger(), trail.at(2).toObject().value(QLatin1String("seq")).toInteger());
    QCOMPARE(v.value(QLatin1String("reason")).toString(), QStringLiteral("broken_link"));
    const CliRun gap = audit(url, {QStringLiteral("--verify")});
    QVERIFY2(gap.err.contains("does not link"), gap.err.constData());
}

} // namespace

class TestAuditCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("demo.db"));
        const QString error = makeDemo(m_store);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void listsTheTrailOldestFirst()
    {
        const QJsonArray trail = trailJson(m_store);
        QVERIFY(trail.size() >= 3);
        const QJsonObject first = trail.first().toObject();
        for (const char* field : {"seq", "at", "actor", "role", "action", "target", "before", "after", "result", "detail",
                                  "prev_hash", "hash"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(first.value(QLatin1String("action")).toString(), QStringLiteral("store.created"));
        QVERIFY(first.value(QLatin1String("prev_hash")).toString().isEmpty());
        QVERIFY(first.value(QLatin1String("at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(first.value(QLatin1String("hash")).toString(), trail.at(1).toObject().value(QLatin1String("prev_hash")).toString());
        QVERIFY(trail.at(1).toObject().value(QLatin1String("seq")).toInteger() > first.value(QLatin1String("seq")).toInteger());

        const CliRun text = audit(m_store, {});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("SEQ "));
        QVERIFY(text.out.contains("demo.generated"));
        QCOMPARE(text.out.count('\n'), trail.size() + 1);
    }

    void filters()
    {
        const QJsonArray all = trailJson(m_store);
        const QJsonArray schema = trailJson(m_store, {QStringLiteral("--action"), QStringLiteral("schema")});
        QVERIFY(!schema.isEmpty() && schema.size() < all.size());
        for (const QJsonValue& e : schema)
            QVERIFY(e.toObject().value(QLatin1String("action")).toString().startsWith(QLatin1String("schema.")));
        const QString actor = all.first().toObject().value(QLatin1String("actor")).toString();
        QCOMPARE(trailJson(m_store, {QStringLiteral("--actor"), actor, QStringLiteral("--result"), QStringLiteral("ok")}).size(),
                 all.size());
        const QString lastAt = all.last().toObject().value(QLatin1String("at")).toString();
        const QJsonArray since = trailJson(m_store, {QStringLiteral("--since"), lastAt});
        QVERIFY(!since.isEmpty());
        for (const QJsonValue& e : since)
            QVERIFY(e.toObject().value(QLatin1String("at")).toString() >= lastAt);
    }

    void nothingMatchedIsExit3()
    {
        for (const QStringList& filter : {QStringList{QStringLiteral("--actor"), QStringLiteral("nobody-at-all")},
                                          QStringList{QStringLiteral("--result"), QStringLiteral("refused")},
                                          QStringList{QStringLiteral("--since"), QStringLiteral("2999-01-01T00:00:00Z")}}) {
            const CliRun run = audit(m_store, filter + QStringList{QStringLiteral("--json")});
            QCOMPARE(run.exitCode, 3);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.oneErrorLine(), run.err.constData());
        }
    }

    void verifiesAFreshStore()
    {
        const CliRun run = audit(m_store, {QStringLiteral("--verify")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Audit trail intact: "), run.out.constData());
        QVERIFY(run.err.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(audit(m_store, {QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode, 2);
        QCOMPARE(audit(m_store, {QStringLiteral("--verify"), QStringLiteral("--actor"), QStringLiteral("ana")}).exitCode, 2);
        QCOMPARE(audit(m_store, {QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(runCtower({QStringLiteral("audit")}).exitCode, 2);  // no store
    }

    void aMissingStoreIsNotCreated()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.db"));
        for (const QStringList& args : {QStringList{QStringLiteral("--json")},
                                        QStringList{QStringLiteral("--verify"), QStringLiteral("--json")}}) {
            const CliRun run = audit(missing, args);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.oneErrorLine(), run.err.constData());
            QVERIFY(!QFile::exists(missing));
        }
    }

    void verifyFindsTamperingOnSqlite()
    {
        QTemporaryDir dir;
        verifyFindsTampering(dir.filePath(QStringLiteral("tampered.db")));
    }

    void verifyFindsTamperingOnPostgres()
    {
        ScratchDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        verifyFindsTampering(pg.url());
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_audit_cli.moc"
