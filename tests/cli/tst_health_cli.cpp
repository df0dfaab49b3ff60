// `ctower health` and `ctower quality` on a demo store: the contract's fields, buckets that add up to
// the range's figures, the filters, violations that open their transactions, an edited rules file
// changing what is found, and usage errors as one sentence with exit status 2.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ct::test;

namespace {

const QString kSince = QStringLiteral("2026-10-01T00:00:00Z");

} // namespace

class TestHealthCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString store() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    CliRun run(const QString& command, const QStringList& args)
    {
        return runCtower(QStringList{command, QStringLiteral("--store"), store()} + args);
    }
    QJsonDocument json(const QString& command, const QStringList& args, int expectedExit = 0)
    {
        const CliRun r = run(command, QStringList{QStringLiteral("--json")} + args);
        if (r.exitCode != expectedExit)
            qWarning("%s exited %d: %s", qPrintable(command), r.exitCode, r.err.constData());
        return QJsonDocument::fromJson(r.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliRun demo = runCtower({QStringLiteral("demo"), QStringLiteral("--store"), store(), QStringLiteral("--days"),
                                       QStringLiteral("1"), QStringLiteral("--orders-per-day"), QStringLiteral("300"),
                                       QStringLiteral("--stores"), QStringLiteral("4"), QStringLiteral("--skus"), QStringLiteral("100"),
                                       QStringLiteral("--sales-per-store"), QStringLiteral("40"), QStringLiteral("--fault"),
                                       QStringLiteral("semantic=0.2")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void healthPerSystemPair()
    {
        const QJsonObject doc = json(QStringLiteral("health"), {QStringLiteral("--bucket"), QStringLiteral("1h")}).object();
        QCOMPARE(doc.value(QLatin1String("bucket_s")).toInteger(), 3600);
        const QJsonArray pairs = doc.value(QLatin1String("pairs")).toArray();
        QVERIFY(pairs.size() > 10);
        int measured = 0;
        for (const QJsonValue& v : pairs) {
            const QJsonObject p = v.toObject();
            for (const char* field : {"from_system", "to_system", "count", "p50_s", "p95_s", "integrity_rate", "errors", "buckets"})
                QVERIFY2(p.contains(QLatin1String(field)), field);
            QVERIFY(p.value(QLatin1String("from_system")).toString() != p.value(QLatin1String("to_system")).toString());
            const QJsonArray buckets = p.value(QLatin1String("buckets")).toArray();
            QCOMPARE(buckets.size(), 24);
            qint64 count = 0, errors = 0;
            for (const QJsonValue& b : buckets) {
                count += b.toObject().value(QLatin1String("count")).toInteger();
                errors += b.toObject().value(QLatin1String("errors")).toInteger();
            }
            QCOMPARE(count, p.value(QLatin1String("count")).toInteger());
            QCOMPARE(errors, p.value(QLatin1String("errors")).toInteger());
            if (count > 0) {
                ++measured;
                QVERIFY(p.value(QLatin1String("p50_s")).toDouble() <= p.value(QLatin1String("p95_s")).toDouble());
            } else {
                QVERIFY(p.value(QLatin1String("p50_s")).isNull());
            }
            const QJsonValue rate = p.value(QLatin1String("integrity_rate"));
            QVERIFY(rate.isNull() || (rate.toDouble() >= 0 && rate.toDouble() <= 1));
        }
        QVERIFY(measured > 10);
        const CliRun text = run(QStringLiteral("health"), {});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("INTEGRITY"));
    }

    void qualityCountsAndList()
    {
        const QJsonObject doc = json(QStringLiteral("quality"), {QStringLiteral("--since"), kSince}).object();
        const qint64 total = doc.value(QLatin1String("violations")).toInteger();
        QVERIFY(total > 50);
        QVERIFY(doc.value(QLatin1String("events_checked")).toInteger() > total);
        qint64 sum = 0;
        QSet<QString> rules;
        for (const QJsonValue& v : doc.value(QLatin1String("rules")).toArray()) {
            const QJsonObject r = v.toObject();
            rules.insert(r.value(QLatin1String("rule")).toString());
            qint64 inBuckets = 0;
            for (const QJsonValue& b : r.value(QLatin1String("buckets")).toArray())
                inBuckets += b.toObject().value(QLatin1String("count")).toInteger();
            QCOMPARE(inBuckets, r.value(QLatin1String("count")).toInteger());
            sum += inBuckets;
        }
        QCOMPARE(sum, total);
        QCOMPARE(rules.size(), 6);

        const QJsonArray list = json(QStringLiteral("quality"), {QStringLiteral("--since"), kSince, QStringLiteral("--list")}).array();
        QCOMPARE(qint64(list.size()), total);
        const QString correlation = list.at(0).toObject().value(QLatin1String("correlation_id")).toString();
        QVERIFY(!correlation.isEmpty());
        // Each violation opens its transaction.
        const CliRun lineage = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), store(), correlation});
        QCOMPARE(lineage.exitCode, 0);

        const QJsonArray negative = json(QStringLiteral("quality"), {QStringLiteral("--since"), kSince, QStringLiteral("--list"),
                                                                     QStringLiteral("--rule"), QStringLiteral("negative_quantity")}).array();
        QVERIFY(!negative.isEmpty());
        for (const QJsonValue& v : negative)
            QCOMPARE(v.toObject().value(QLatin1String("rule")).toString(), QStringLiteral("negative_quantity"));
        const QJsonArray oms = json(QStringLiteral("quality"), {QStringLiteral("--since"), kSince, QStringLiteral("--list"),
                                                                QStringLiteral("--system"), QStringLiteral("oms")}).array();
        for (const QJsonValue& v : oms)
            QCOMPARE(v.toObject().value(QLatin1String("system")).toString(), QStringLiteral("oms"));
        const CliRun none = run(QStringLiteral("quality"), {QStringLiteral("--since"), kSince, QStringLiteral("--list"),
                                                            QStringLiteral("--system"), QStringLiteral("nosuchsystem")});
        QCOMPARE(none.exitCode, 3);
    }

    void editedRulesChangeWhatIsFound()
    {
        QFile file(m_dir.filePath(QStringLiteral("rules.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"rules\": [{\"id\": \"negative_quantity\", \"check\": \"not_negative\", \"fields\": [\"/lines/*/quantity\"]}]}");
        file.close();
        const QJsonObject all = json(QStringLiteral("quality"), {QStringLiteral("--since"), kSince}).object();
        const QJsonObject one = json(QStringLiteral("quality"), {QStringLiteral("--since"), kSince, QStringLiteral("--rules"), file.fileName()}).object();
        qint64 negative = 0;
        for (const QJsonValue& v : all.value(QLatin1String("rules")).toArray()) {
            if (v.toObject().value(QLatin1String("rule")).toString() == QLatin1String("negative_quantity"))
                negative += v.toObject().value(QLatin1String("count")).toInteger();
        }
        QVERIFY(negative > 0);
        QCOMPARE(one.value(QLatin1String("violations")).toInteger(), negative);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bucket") << QStringLiteral("health") << QStringList{QStringLiteral("--bucket"), QStringLiteral("2m")};
        QTest::newRow("since") << QStringLiteral("health") << QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")};
        QTest::newRow("since after until") << QStringLiteral("health")
                                           << QStringList{QStringLiteral("--since"), QStringLiteral("2026-11-02T00:00:00Z"),
                                                          QStringLiteral("--until"), QStringLiteral("2026-11-01T00:00:00Z")};
        QTest::newRow("rule") << QStringLiteral("quality") << QStringList{QStringLiteral("--rule"), QStringLiteral("nope")};
        QTest::newRow("quality since") << QStringLiteral("quality") << QStringList{QStringLiteral("--since"), QStringLiteral("x")};
    }
    void usageErrors()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        const CliRun r = run(command, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.size() > 10);
    }
};

QTEST_GUILESS_MAIN(TestHealthCli)
#include "tst_health_cli.moc"
