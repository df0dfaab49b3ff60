// `ctower sla` (ARCHITECTURE.md §10) on a demo store: the contract's fields for every SLA, buckets that
// add up to the range's figures, percentiles within 1% of the exact ones computed from the events
// themselves, the filters, the transactions behind the breaches, and threshold edits kept in the
// store and audited (a viewer refused).
#include "clirunner.h"
#include "demostorefixture.h"
#include "rollupfigures.h"
#include "slacatalogue.h"
#include "store/storefactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>

using namespace ct;
using namespace ct::test;

class TestSlaCli : public QObject {
    Q_OBJECT

    CliRun sla(const QStringList& args) { return runCtower(QStringList{QStringLiteral("sla"), QStringLiteral("--store"), m_demo.path()} + args); }
    QJsonArray reports(const QStringList& args)
    {
        const CliRun run = sla(QStringList{QStringLiteral("--json")} + args);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }
    QJsonObject report(const QString& id, const QStringList& args = {})
    {
        const QJsonArray one = reports(QStringList{QStringLiteral("--sla"), id} + args);
        return one.size() == 1 ? one.at(0).toObject() : QJsonObject();
    }

    DemoStoreFixture m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everySlaWithItsBuckets()
    {
        QString error;
        const QJsonArray all = reports({});
        QCOMPARE(all.size(), builtInSlas(&error).size());
        qint64 completed = 0;
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"sla", "name", "flow", "from_stage", "to_stage", "threshold_s", "count", "p50_s",
                                      "p95_s", "p99_s", "breaches", "backlog", "buckets", "since", "until", "bucket_s"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            QCOMPARE(o.value(QLatin1String("bucket_s")).toInteger(), 300);
            const QJsonArray buckets = o.value(QLatin1String("buckets")).toArray();
            QCOMPARE(buckets.size(), 288); // 24 h of 5 minutes
            qint64 count = 0, breaches = 0;
            for (const QJsonValue& b : buckets) {
                const QJsonObject bucket = b.toObject();
                count += bucket.value(QLatin1String("count")).toInteger();
                breaches += bucket.value(QLatin1String("breaches")).toInteger();
                if (bucket.value(QLatin1String("count")).toInteger() == 0) {
                    QVERIFY(bucket.value(QLatin1String("p95_s")).isNull());
                } else {
                    QVERIFY(bucket.value(QLatin1String("p50_s")).toDouble() <= bucket.value(QLatin1String("p95_s")).toDouble());
                    QVERIFY(bucket.value(QLatin1String("p95_s")).toDouble() <= bucket.value(QLatin1String("p99_s")).toDouble());
                }
                QVERIFY(bucket.value(QLatin1String("backlog")).toInteger() >= 0);
            }
            QCOMPARE(count, o.value(QLatin1String("count")).toInteger());
            QCOMPARE(breaches, o.value(QLatin1String("breaches")).toInteger());
            QCOMPARE(buckets.last().toObject().value(QLatin1String("backlog")), o.value(QLatin1String("backlog")));
            completed += count;
        }
        QVERIFY(completed > 100);
        const CliRun text = sla({});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("erp-posting"));
        QVERIFY(text.out.contains("BACKLOG"));
    }

    // The rollups' figures against the events': every transaction's exact latency (a breach list with
    // no threshold to speak of) has the same count, and nearest-rank percentiles within 1%.
    void percentilesMatchTheEvents()
    {
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        QVERIFY(store);
        QString error;
        for (const SlaDefinition& s : builtInSlas(&error)) {
            const QJsonObject o = report(s.id);
            const qint64 count = o.value(QLatin1String("count")).toInteger();
            if (count == 0)
                continue;
            const auto since = Timestamp::fromIso(o.value(QLatin1String("since")).toString());
            const auto until = Timestamp::fromIso(o.value(QLatin1String("until")).toString());
            QVERIFY(since && until);
            auto all = store.value()->slaBreaches(slaPair(s), -1e9, *since, *until, 1'000'000);
            QVERIFY2(all, qPrintable(all ? QString() : all.error().text));
            QCOMPARE(qint64(all->size()), count);
            QList<double> seconds;
            for (const SlaBreach& b : all.value())
                seconds << b.seconds;
            std::sort(seconds.begin(), seconds.end());
            for (auto [p, field] : {std::pair{0.50, "p50_s"}, {0.95, "p95_s"}, {0.99, "p99_s"}}) {
                const double exact = seconds.at(qsizetype(nearestRank(p, seconds.size())) - 1);
                const double got = o.value(QLatin1String(field)).toDouble();
                QVERIFY2(std::abs(got - exact) <= 0.01 * std::abs(exact) + 1e-6,
                         qPrintable(QStringLiteral("%1 %2: %3 vs exact %4").arg(s.id, QLatin1String(field)).arg(got).arg(exact)));
            }
        }
    }

    void filtersAndUsage()
    {
        const QJsonArray refunds = reports({QStringLiteral("--flow"), QStringLiteral("return-refund")});
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.at(0).toObject().value(QLatin1String("sla")).toString(), QStringLiteral("refund-sync"));
        const QJsonObject hourly = report(QStringLiteral("erp-posting"), {QStringLiteral("--bucket"), QStringLiteral("1h")});
        QCOMPARE(hourly.value(QLatin1String("bucket_s")).toInteger(), 3600);
        QCOMPARE(hourly.value(QLatin1String("buckets")).toArray().size(), 24);
        QCOMPARE(hourly.value(QLatin1String("count")), report(QStringLiteral("erp-posting")).value(QLatin1String("count")));

        const CliRun unknown = sla({QStringLiteral("--sla"), QStringLiteral("no-such-sla")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.oneErrorLine());
        QVERIFY(unknown.err.contains("erp-posting"));
        QCOMPARE(sla({QStringLiteral("--bucket"), QStringLiteral("2m")}).exitCode, 2);
        QCOMPARE(sla({QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode, 2);
        QCOMPARE(sla({QStringLiteral("--breaches")}).exitCode, 2);
        QCOMPARE(sla({QStringLiteral("--set"), QStringLiteral("erp-posting")}).exitCode, 2);
        const CliRun json = sla({QStringLiteral("--json"), QStringLiteral("--sla"), QStringLiteral("nope")});
        QVERIFY(json.out.isEmpty());
    }

    void breachesListTheSlowTransactions()
    {
        // The demo's thresholds are rarely breached in a day: hold ERP posting to its median for a while.
        const QString id = QStringLiteral("erp-posting");
        const QString median = QString::number(report(id).value(QLatin1String("p50_s")).toDouble(), 'f', 1);
        QCOMPARE(sla({QStringLiteral("--set"), id, QStringLiteral("--threshold"), median}).exitCode, 0);
        const auto restore = qScopeGuard([this, id] {
            sla({QStringLiteral("--set"), id, QStringLiteral("--threshold"), QStringLiteral("3600")});
        });
        const QJsonObject worst = report(id);
        QVERIFY(worst.value(QLatin1String("breaches")).toInteger() > 10);
        const double threshold = worst.value(QLatin1String("threshold_s")).toDouble();
        const CliRun run = sla({QStringLiteral("--sla"), id, QStringLiteral("--breaches"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!list.isEmpty());
        // Histogram buckets straddle the threshold by at most 1%: the counts agree within that.
        QVERIFY(std::abs(list.size() - worst.value(QLatin1String("breaches")).toInteger()) <= 1 + list.size() / 50);
        double previous = 1e18;
        for (const QJsonValue& v : list) {
            const QJsonObject b = v.toObject();
            QVERIFY(!b.value(QLatin1String("correlation_id")).toString().isEmpty());
            QVERIFY(Timestamp::fromIso(b.value(QLatin1String("at")).toString()));
            const double took = b.value(QLatin1String("latency_s")).toDouble();
            QVERIFY(took > threshold);
            QVERIFY(took <= previous); // slowest first
            previous = took;
        }
        const CliRun none = sla({QStringLiteral("--sla"), id, QStringLiteral("--breaches"), QStringLiteral("--since"),
                                 QStringLiteral("2001-01-01T00:00:00Z"), QStringLiteral("--until"), QStringLiteral("2001-01-02T00:00:00Z")});
        QCOMPARE(none.exitCode, 3);
        QVERIFY(none.out.contains("No transaction breached"));
    }

    void thresholdEditsAreKeptAndAudited()
    {
        const QJsonObject before = report(QStringLiteral("erp-posting"));
        const CliRun viewer = sla({QStringLiteral("--set"), QStringLiteral("erp-posting"), QStringLiteral("--threshold"),
                                   QStringLiteral("60"), QStringLiteral("--role"), QStringLiteral("viewer")});
        QCOMPARE(viewer.exitCode, 1);
        QVERIFY(viewer.oneErrorLine());
        QCOMPARE(report(QStringLiteral("erp-posting")).value(QLatin1String("threshold_s")).toDouble(), 3600.0);
        const CliRun zero = sla({QStringLiteral("--set"), QStringLiteral("erp-posting"), QStringLiteral("--threshold"), QStringLiteral("0")});
        QCOMPARE(zero.exitCode, 1);
        QVERIFY(zero.err.contains("above zero"));

        const CliRun set = sla({QStringLiteral("--set"), QStringLiteral("erp-posting"), QStringLiteral("--threshold"),
                                QStringLiteral("60"), QStringLiteral("--note"), QStringLiteral("peak weeks")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("ERP posting now allows 1 min"));
        const QJsonObject after = report(QStringLiteral("erp-posting"));
        QCOMPARE(after.value(QLatin1String("threshold_s")).toDouble(), 60.0);
        QCOMPARE(after.value(QLatin1String("count")), before.value(QLatin1String("count")));
        QVERIFY(after.value(QLatin1String("breaches")).toInteger() > before.value(QLatin1String("breaches")).toInteger());

        const CliRun audit = runCtower({QStringLiteral("audit"), QStringLiteral("--store"), m_demo.path(), QStringLiteral("--action"),
                                        QStringLiteral("sla."), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(audit.out).array();
        QStringList results;
        for (const QJsonValue& v : entries) {
            QCOMPARE(v.toObject().value(QLatin1String("target")).toString(), QStringLiteral("erp-posting"));
            results << v.toObject().value(QLatin1String("result")).toString();
        }
        QVERIFY2(results.contains(QStringLiteral("refused")) && results.contains(QStringLiteral("ok")), qPrintable(results.join(u',')));
        QVERIFY(QString::fromUtf8(audit.out).contains(QLatin1String("peak weeks")));
        // Back as it was, for the other tests.
        QCOMPARE(sla({QStringLiteral("--set"), QStringLiteral("erp-posting"), QStringLiteral("--threshold"), QStringLiteral("3600")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSlaCli)
#include "tst_sla_cli.moc"
