// `ctower blocking` on stores made by `ctower demo` with stuck and rejected orders, SQLite and
// PostgreSQL: the orders listed are exactly those of the Overview's in-flight orders that Lineage
// (`reportTransaction`, read one by one here) judges stuck or failed, each with the amount, stage,
// system and time of that verdict; largest first; the limit; usage errors exit 2, failures exit 1.
#include "clirunner.h"
#include "flowlibrary.h"
#include "lineagereport.h"
#include "rollupfigures.h"
#include "store/storefactory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ct;
using namespace ct::test;

namespace {

const QStringList kFaultyDemo{QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--orders-per-day"),
                              QStringLiteral("150"), QStringLiteral("--stores"), QStringLiteral("2"),
                              QStringLiteral("--sales-per-store"), QStringLiteral("10"), QStringLiteral("--skus"),
                              QStringLiteral("50"), QStringLiteral("--fault"), QStringLiteral("stuck=0.15"),
                              QStringLiteral("--fault"), QStringLiteral("business_rule=0.15")};

// The orders in flight as the in-flight rollup counts them, read here straight from the events.
QStringList ordersInFlight(const QString& url, Timestamp since, QString* error)
{
    QStringList ids;
    {
        QSqlDatabase db = addRawDatabase(url, QStringLiteral("blocking-direct"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (url.startsWith(QLatin1String("postgres")))
                q.exec(QStringLiteral("SET search_path TO ctower, public"));
            for (const FlowSpan& span : inFlightSpans()) {
                q.prepare(QStringLiteral("SELECT DISTINCT f.correlation_id FROM events f WHERE f.flow = ? AND f.stage = ? "
                                         "AND f.occurred_at >= ? AND f.correlation_id NOT IN (SELECT l.correlation_id FROM "
                                         "events l WHERE l.flow = ? AND l.stage = ?)"));
                q.addBindValue(span.flow);
                q.addBindValue(span.firstStage);
                q.addBindValue(since.micros());
                q.addBindValue(span.flow);
                q.addBindValue(span.lastStage);
                if (!q.exec())
                    *error = q.lastError().text();
                while (q.next())
                    ids << q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocking-direct"));
    return ids;
}

} // namespace

class TestBlockingCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_pg;
    QMap<QString, QString> m_urls;

    QString urlOf()
    {
        QFETCH(QString, engine);
        return m_urls.value(engine);
    }
    static Timestamp newestOf(const QString& url)
    {
        return Timestamp::fromMicros(queryRaw(url, QStringLiteral("SELECT max(occurred_at) FROM events")).toLongLong());
    }
    static CliRun blocking(const QString& url, const QStringList& args)
    {
        return runCtower(QStringList{QStringLiteral("blocking"), QStringLiteral("--store"), url} + args);
    }
    static QJsonArray rowsOf(const QString& url, const QStringList& args)
    {
        const CliRun run = blocking(url, QStringList{QStringLiteral("--json")} + args);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_urls[QStringLiteral("sqlite")] = m_dir.filePath(QStringLiteral("demo.db"));
        m_pg = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        m_urls[QStringLiteral("postgresql")] = m_pg->url();
        for (const QString& url : std::as_const(m_urls)) {
            const CliRun run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), url} + kFaultyDemo);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
    }

    void rankingEqualsTheLineage_data() { engines(); }
    void rankingEqualsTheLineage()
    {
        const QString url = urlOf();
        const Timestamp now = newestOf(url);
        const QJsonArray rows = rowsOf(url, {QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--at"), now.toIso()});
        QVERIFY(!rows.isEmpty());

        QString error;
        const QStringList inFlight = ordersInFlight(url, overviewInFlightSince(now), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const FlowLibrary& flows = FlowLibrary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto store = openStore(url, OpenMode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error().text));

        // Lineage's verdict of every order in flight, one by one.
        QMap<QString, LineageReport> blocked;
        QSet<QString> verdicts;
        for (const QString& id : inFlight) {
            auto report = reportTransaction(*store.value(), *store.value(), flows, id, now);
            QVERIFY2(report, qPrintable(report.error().text));
            verdicts.insert(verdictName(report->verdict.verdict));
            if (report->verdict.verdict == Verdict::Stuck || report->verdict.verdict == Verdict::Failed)
                blocked.insert(id, report.value());
        }
        QVERIFY(verdicts.contains(QStringLiteral("in_progress")));  // not every open order is blocked

        QSet<QString> listed;
        QSet<QString> listedVerdicts;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"correlation_id", "order", "amount_minor", "currency", "stage", "system", "since", "reason"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            const QString id = o.value(QLatin1String("correlation_id")).toString();
            QVERIFY2(blocked.contains(id), qPrintable(id + QStringLiteral(" is listed but Lineage does not judge it blocked")));
            QVERIFY2(!listed.contains(id), qPrintable(id));
            listed.insert(id);
            const LineageReport& report = blocked[id];
            QCOMPARE(o.value(QLatin1String("verdict")).toString(), verdictName(report.verdict.verdict));
            listedVerdicts.insert(o.value(QLatin1String("verdict")).toString());
            // The demo's order number is its correlation id.
            QCOMPARE(o.value(QLatin1String("order")).toString(), id);

            qint64 amount = -1;
            QString currency;
            for (const Event& e : report.lookup.events) {
                if (e.amountMinor && *e.amountMinor > amount) {
                    amount = *e.amountMinor;
                    currency = e.currency;
                }
            }
            QCOMPARE(o.value(QLatin1String("amount_minor")).toInteger(), amount);
            QCOMPARE(o.value(QLatin1String("currency")).toString(), currency);
            QVERIFY2(amount <= previous, "not ranked by amount");  // the demo has one currency
            previous = amount;

            const StageStatus wanted = report.verdict.verdict == Verdict::Failed ? StageStatus::Failed : StageStatus::Overdue;
            const StageCheck* check = nullptr;
            for (const StageCheck& c : report.verdict.stages) {
                if (!check && c.status == wanted)
                    check = &c;
            }
            QVERIFY(check);
            QCOMPARE(o.value(QLatin1String("stage")).toString(), check->stage);
            QCOMPARE(o.value(QLatin1String("system")).toString(), check->system);
            const Timestamp since = wanted == StageStatus::Failed ? check->occurredAt : check->expectedBy;
            QCOMPARE(o.value(QLatin1String("since")).toString(), since.toIso());
            QCOMPARE(o.value(QLatin1String("reason")).toString(), check->error);
        }
        // Nothing blocked is left out: the ranking is every stuck and failed order in flight.
        QCOMPARE(listed.size(), blocked.size());
        QVERIFY(listedVerdicts.contains(QStringLiteral("stuck")));
        QVERIFY(listedVerdicts.contains(QStringLiteral("failed")));
        // The fault ledger agrees: a rejected order in flight is among them.
        QVERIFY(queryRaw(url, QStringLiteral("SELECT count(*) FROM injected_faults WHERE fault_class = 'business_rule' "
                                             "AND flow IN ('order-to-cash', 'bopis')")).toInt() > 0);

        // By default as of the newest event.
        QCOMPARE(rowsOf(url, {QStringLiteral("--limit"), QStringLiteral("1000")}), rows);

        // The limit keeps the head of the ranking.
        const QJsonArray three = rowsOf(url, {QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--at"), now.toIso()});
        QCOMPARE(three.size(), qMin(3, int(rows.size())));
        for (int i = 0; i < three.size(); ++i)
            QCOMPARE(three.at(i).toObject().value(QLatin1String("correlation_id")), rows.at(i).toObject().value(QLatin1String("correlation_id")));

        const CliRun text = blocking(url, {QStringLiteral("--at"), now.toIso()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("ORDER") && text.out.contains(" EUR"), text.out.constData());
    }

    void usageAndFailures()
    {
        const QString url = m_urls.value(QStringLiteral("sqlite"));
        for (const QStringList& args : {QStringList{QStringLiteral("--limit"), QStringLiteral("0")},
                                        QStringList{QStringLiteral("--limit"), QStringLiteral("many")},
                                        QStringList{QStringLiteral("--at"), QStringLiteral("yesterday")},
                                        QStringList{QStringLiteral("stray")}}) {
            const CliRun run = blocking(url, QStringList{QStringLiteral("--json")} + args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(run.out.isEmpty());
        }
        const CliRun missing = blocking(m_dir.filePath(QStringLiteral("missing.db")), {QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.oneErrorLine());
        QVERIFY(missing.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));  // a read never creates a store
    }

private:
    static void engines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
};

QTEST_GUILESS_MAIN(TestBlockingCli)
#include "tst_blocking_cli.moc"
