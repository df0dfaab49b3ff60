// The simulated estate is a pure function of its arguments: the same `ctower demo` arguments give the
// same rows and byte-equal `ctower stats --json` on SQLite and on PostgreSQL.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using ct::test::CliRun;
using ct::test::runCtower;

namespace {

const QStringList kArgs{QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--orders-per-day"),
                        QStringLiteral("300"), QStringLiteral("--sales-per-store"), QStringLiteral("60"),
                        QStringLiteral("--stores"), QStringLiteral("5"), QStringLiteral("--skus"), QStringLiteral("200"),
                        QStringLiteral("--fault"), QStringLiteral("stuck=0.03"), QStringLiteral("--fault"),
                        QStringLiteral("business_rule=0.03"), QStringLiteral("--peak")};

// Content columns of each table (no engine-assigned sequence numbers), in a total order.
const QList<QPair<QString, QString>> kTables{
    {QStringLiteral("events"),
     QStringLiteral("SELECT key, id, source, correlation_id, causation_id, flow, stage, type, node, subject, status, "
                    "occurred_at, recorded_at, sku, quantity, amount_minor, currency, content_type, payload, attributes "
                    "FROM ctower_events ORDER BY key")},
    {QStringLiteral("failed_messages"),
     QStringLiteral("SELECT key, message_id, correlation_id, event_id, source, flow, stage, broker, queue, "
                    "original_exchange, original_routing_key, death_reason, death_count, first_death_at, last_death_at, "
                    "error_class, error_text, headers, content_type, payload, state, sku, node, quantity, amount_minor, "
                    "currency FROM ctower_failed_messages ORDER BY key")},
    {QStringLiteral("inventory_positions"),
     QStringLiteral("SELECT sku, node, system, on_hand, reserved, as_of, unit_cost_minor, cost_currency "
                    "FROM ctower_inventory_positions "
                    "ORDER BY sku, node, system")},
    {QStringLiteral("price_positions"),
     QStringLiteral("SELECT sku, node, system, price_minor, currency, promotion_id, as_of FROM ctower_price_positions "
                    "ORDER BY sku, node, system")},
    {QStringLiteral("injected_faults"),
     QStringLiteral("SELECT correlation_id, fault_class, flow, stage, system, event_id, sku, node, quantity, detail "
                    "FROM ctower_injected_faults ORDER BY correlation_id, fault_class, system, sku, node, event_id")},
};

// A digest of every row of a table, engine-neutral: each value as text, NULL marked.
QByteArray tableDigest(const QString& storeUrl, const QString& table, QString* error)
{
    const bool pg = storeUrl.startsWith(QLatin1String("postgres"));
    QString sql;
    for (const auto& t : kTables) {
        if (t.first == table)
            sql = t.second;
    }
    sql.replace(QLatin1String("ctower_"), pg ? QStringLiteral("ctower.") : QString());
    const QString connection = QStringLiteral("digest-") + table + (pg ? QStringLiteral("-pg") : QStringLiteral("-lite"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connection);
        if (pg) {
            const QUrl url(storeUrl);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(storeUrl);
        }
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(sql))
                *error = q.lastError().text();
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    hash.addData(v.isNull() ? QByteArrayView("\\N") : QByteArrayView(v.toByteArray()));
                    hash.addData(QByteArrayView("\x1f"));
                }
                hash.addData(QByteArrayView("\x1e"));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return hash.result().toHex();
}

QByteArray statsJson(const QString& url)
{
    const CliRun run = runCtower({QStringLiteral("stats"), QStringLiteral("--store"), url, QStringLiteral("--json")});
    return run.exitCode == 0 ? run.out : QByteArray("failed: ") + run.err;
}

bool demo(const QString& url, const QStringList& extra = {})
{
    const CliRun run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), url} + kArgs + extra);
    if (run.exitCode != 0)
        qWarning("demo failed: %s", run.err.constData());
    return run.exitCode == 0;
}

} // namespace

class TestDemoEngines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameArgumentsSameContentOnEveryEngine()
    {
        QTemporaryDir dir;
        const QString liteA = dir.filePath(QStringLiteral("a.db"));
        const QString liteB = dir.filePath(QStringLiteral("b.db"));
        ct::test::ScratchDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        QVERIFY(demo(liteA));
        QVERIFY(demo(liteB));
        QVERIFY(demo(pg.url()));

        const QByteArray stats = statsJson(liteA);
        QVERIFY2(stats.startsWith('{'), stats.constData());
        QCOMPARE(statsJson(liteB), stats);
        QCOMPARE(statsJson(pg.url()), stats);

        for (const auto& table : kTables) {
            QString error;
            const QByteArray a = tableDigest(liteA, table.first, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(tableDigest(liteB, table.first, &error), a);
            const QByteArray p = tableDigest(pg.url(), table.first, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(p == a, qPrintable(QStringLiteral("%1 differs between SQLite and PostgreSQL").arg(table.first)));
        }
    }

    // The estate of the default arguments, as it was before the store layer grew rollups and
    // workflow columns: content may not change, only one audit entry per migration since schema 1.
    void defaultEstateMatchesTheGoldenStats()
    {
        QFile file(QStringLiteral(CT_GOLDEN_DIR "/stats-default.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject golden = QJsonDocument::fromJson(file.readAll()).object();
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("default.db"));
        // The default estate takes minutes on a loaded two-core machine.
        const CliRun run = runCtower({QStringLiteral("demo"), QStringLiteral("--store"), store}, {}, {}, 600000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject stats = QJsonDocument::fromJson(statsJson(store)).object();
        const CliRun info = runCtower({QStringLiteral("info"), QStringLiteral("--store"), store, QStringLiteral("--json")});
        const int schema = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("schema_version")).toInt();
        QVERIFY(schema >= 1);

        QJsonObject goldenTables = golden.value(QStringLiteral("tables")).toObject();
        QJsonObject tables = stats.value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("audit_entries")).toInteger(),
                 goldenTables.value(QStringLiteral("audit_entries")).toInteger() + schema - 1);
        goldenTables.remove(QStringLiteral("audit_entries"));
        tables.remove(QStringLiteral("audit_entries"));
        golden.insert(QStringLiteral("tables"), goldenTables);
        stats.insert(QStringLiteral("tables"), tables);
        QCOMPARE(QJsonDocument(stats).toJson(), QJsonDocument(golden).toJson());
    }

    void anotherSeedAnotherEstate()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.db"));
        const QString b = dir.filePath(QStringLiteral("b.db"));
        QVERIFY(demo(a));
        QVERIFY(demo(b, {QStringLiteral("--seed"), QStringLiteral("7")}));
        QString error;
        QVERIFY(tableDigest(a, QStringLiteral("events"), &error) != tableDigest(b, QStringLiteral("events"), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDemoEngines)
#include "tst_demo_engines.moc"
