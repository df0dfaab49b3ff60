// `ctower posting` (ARCHITECTURE.md §10) on stores made by `ctower demo`, SQLite and PostgreSQL: the
// contract's fields; every kind, state and currency's count, amount and tax equal to a sum computed
// here from the events table itself; the per-day rows, aging buckets, rejection reasons and the list
// adding up to the same totals; the filters; usage errors (exit 2, stdout empty with --json).
#include "clirunner.h"
#include "flowdefinitions.h"
#include "flowlibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>
#include <memory>
#include <set>
#include <tuple>

using namespace ct;
using namespace ct::test;

namespace {

const QStringList kSmallDemo{QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--orders-per-day"),
                             QStringLiteral("120"), QStringLiteral("--stores"), QStringLiteral("2"),
                             QStringLiteral("--sales-per-store"), QStringLiteral("20"), QStringLiteral("--skus"),
                             QStringLiteral("50"),
                             // ERP rejections to group by reason
                             QStringLiteral("--fault"), QStringLiteral("business_rule=0.2")};

struct Sum {
    qint64 count = 0, amount = 0, tax = 0;
    bool anyTax = false;
    bool operator==(const Sum& o) const
    {
        return count == o.count && amount == o.amount && tax == o.tax && anyTax == o.anyTax;
    }
};
using Key = std::tuple<QString, QString, QString>;  // kind, state, currency
using Sums = std::map<Key, Sum>;

QString describe(const Sums& sums)
{
    QString text;
    for (const auto& [key, s] : sums)
        text += QStringLiteral("%1/%2/%3: %4 %5 %6\n")
                    .arg(std::get<0>(key), std::get<1>(key), std::get<2>(key), QString::number(s.count),
                         QString::number(s.amount), s.anyTax ? QString::number(s.tax) : QStringLiteral("-"));
    return text;
}

void add(Sum& s, qint64 amount, const QVariant& tax)
{
    ++s.count;
    s.amount += amount;
    if (!tax.isNull()) {
        s.tax += tax.toLongLong();
        s.anyTax = true;
    }
}

// The postings as finance defines them, straight from the events: every posting event (ok: posted,
// failed: rejected) with its own amount, and each transaction past a posting's cause without a posting
// event (awaiting) with the transaction's largest amount, tax and currency.
Sums directSums(const QString& url, QString* error)
{
    QString why;
    const QList<PostingStage> stages = postingStages(FlowLibrary::builtIn(&why));
    Sums sums;
    struct Row {
        QString flow, stage, status, currency;
        qint64 amount;
        bool hasAmount;
        QVariant tax;
    };
    std::map<QString, QList<Row>> byCorrelation;
    {
        QSqlDatabase db = addRawDatabase(url, QStringLiteral("posting-direct"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (url.startsWith(QLatin1String("postgres")))
                q.exec(QStringLiteral("SET search_path TO ctower, public"));
            if (!q.exec(QStringLiteral("SELECT correlation_id, flow, stage, status, amount_minor, currency, tax_minor FROM events")))
                *error = q.lastError().text();
            while (q.next())
                byCorrelation[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                             q.value(5).toString(), q.value(4).toLongLong(), !q.value(4).isNull(),
                                                             q.value(6)});
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("posting-direct"));
    for (const auto& [correlation, rows] : byCorrelation) {
        for (const PostingStage& s : stages) {
            bool posting = false;
            for (const Row& r : rows) {
                if (r.flow != s.flow)
                    continue;
                if (r.stage == s.stage) {
                    posting = true;
                    if (r.status == QLatin1String("ok") || r.status == QLatin1String("failed"))
                        add(sums[{s.kind, r.status == QLatin1String("ok") ? QStringLiteral("posted") : QStringLiteral("rejected"), r.currency}],
                            r.amount, r.tax);
                }
            }
            if (posting)
                continue;
            std::optional<qint64> amount;
            QVariant tax;
            QString currency;
            for (const Row& r : rows) {
                if (r.hasAmount && (!amount || r.amount > *amount))
                    amount = r.amount;
                if (!r.tax.isNull() && (tax.isNull() || r.tax.toLongLong() > tax.toLongLong()))
                    tax = r.tax;
                currency = qMax(currency, r.currency);
            }
            for (const Row& r : rows) {
                if (r.flow == s.flow && r.stage == s.causeStage && r.status == QLatin1String("ok"))
                    add(sums[{s.kind, QStringLiteral("awaiting"), currency}], amount.value_or(0), tax);
            }
        }
    }
    return sums;
}

CliRun posting(const QString& url, const QStringList& args)
{
    return runCtower(QStringList{QStringLiteral("posting"), QStringLiteral("--store"), url} + args);
}

QJsonArray rowsOf(const QString& url, const QStringList& args)
{
    const CliRun run = posting(url, QStringList{QStringLiteral("--json")} + args);
    if (run.exitCode != 0 && run.exitCode != 3)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

Sums sumsOf(const QJsonArray& rows)
{
    Sums sums;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        Sum& s = sums[{o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("state")).toString(),
                       o.value(QLatin1String("currency")).toString()}];
        s.count += o.value(QLatin1String("count")).toInteger(1);
        s.amount += o.value(QLatin1String("amount_minor")).toInteger();
        if (!o.value(QLatin1String("tax_minor")).isNull()) {
            s.tax += o.value(QLatin1String("tax_minor")).toInteger();
            s.anyTax = true;
        }
    }
    return sums;
}

qint64 total(const QJsonArray& rows, const char* field)
{
    qint64 n = 0;
    for (const QJsonValue& v : rows)
        n += v.toObject().value(QLatin1String(field)).toInteger();
    return n;
}

} // namespace

class TestPostingCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_pg;
    QMap<QString, QString> m_urls;

    QString urlOf()
    {
        QFETCH(QString, engine);
        return m_urls.value(engine);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_urls[QStringLiteral("sqlite")] = m_dir.filePath(QStringLiteral("demo.db"));
        m_pg = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        m_urls[QStringLiteral("postgresql")] = m_pg->url();
        for (const QString& url : std::as_const(m_urls)) {
            const CliRun run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), url} + kSmallDemo);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
    }

    void totalsEqualTheEvents_data() { engines(); }
    void totalsEqualTheEvents()
    {
        const QString url = urlOf();
        const QJsonArray rows = rowsOf(url, {});
        QVERIFY(!rows.isEmpty());
        std::set<QString> states;
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"kind", "state", "currency", "count", "amount_minor", "tax_minor", "oldest_at"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            QVERIFY(QStringList({QStringLiteral("order"), QStringLiteral("refund"), QStringLiteral("settlement")})
                        .contains(o.value(QLatin1String("kind")).toString()));
            const QString state = o.value(QLatin1String("state")).toString();
            states.insert(state);
            QCOMPARE(o.value(QLatin1String("oldest_at")).isNull(), state == QLatin1String("posted"));
        }
        QVERIFY(states.count(QStringLiteral("posted")) && states.count(QStringLiteral("awaiting")));
        QString error;
        const Sums direct = directSums(url, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Sums reported = sumsOf(rows);
        if (!(reported == direct))
            QFAIL(qPrintable(QStringLiteral("reported:\n%1direct:\n%2")
                                 .arg(describe(reported), describe(direct))));
        // The demo states the tax of every sale: orders carry it.
        const auto posted = direct.find({QStringLiteral("order"), QStringLiteral("posted"), QStringLiteral("EUR")});
        QVERIFY(posted != direct.end() && posted->second.anyTax && posted->second.tax > 0);

        const CliRun text = posting(url, {});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("AMOUNT"));
        QVERIFY(text.out.contains("Not posted:"));
        QVERIFY(text.out.contains(" EUR"));
    }

    // Per day, by aging bucket, by reason and one by one: the same postings.
    void viewsAddUp_data() { engines(); }
    void viewsAddUp()
    {
        const QString url = urlOf();
        const Sums totals = sumsOf(rowsOf(url, {}));
        const QJsonArray days = rowsOf(url, {QStringLiteral("--by-day")});
        QVERIFY(days.first().toObject().value(QLatin1String("day")).toString().size() == 10);
        QVERIFY(sumsOf(days) == totals);

        const QJsonArray list = rowsOf(url, {QStringLiteral("--list")});
        Sums listed;
        for (const QJsonValue& v : list) {
            QJsonObject o = v.toObject();
            for (const char* field : {"correlation_id", "business_id", "day", "at", "age_s", "reason"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            o.insert(QStringLiteral("count"), 1);
            QJsonArray one{o};
            const Sums s = sumsOf(one);
            for (const auto& [key, sum] : s) {
                Sum& l = listed[key];
                l.count += sum.count;
                l.amount += sum.amount;
                l.tax += sum.tax;
                l.anyTax = l.anyTax || sum.anyTax;
            }
        }
        QVERIFY(listed == totals);

        // The same postings as CSV: a header, then one record each, the same amounts in minor units.
        const CliRun csv = posting(url, {QStringLiteral("--list"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("day,at,kind,state,business_id,correlation_id,currency,amount,amount_minor,"));
        const QList<QByteArray> records = csv.out.trimmed().split('\n');
        QCOMPARE(records.size(), list.size() + 1);
        qint64 csvMinor = 0, listMinor = 0;
        for (const QJsonValue& v : list)
            listMinor += v.toObject().value(QLatin1String("amount_minor")).toInteger();
        for (qsizetype i = 1; i < records.size(); ++i) {
            // amount_minor is the ninth field; the fields before it hold no comma (ids, codes, times).
            csvMinor += records.at(i).split(',').value(8).toLongLong();
        }
        QCOMPARE(csvMinor, listMinor);

        qint64 awaitingCount = 0, awaitingMinor = 0, rejectedCount = 0, rejectedMinor = 0;
        for (const auto& [key, sum] : totals) {
            if (std::get<1>(key) == QLatin1String("awaiting")) {
                awaitingCount += sum.count;
                awaitingMinor += sum.amount;
            } else if (std::get<1>(key) == QLatin1String("rejected")) {
                rejectedCount += sum.count;
                rejectedMinor += sum.amount;
            }
        }
        const QJsonArray aging = rowsOf(url, {QStringLiteral("--aging")});
        QCOMPARE(total(aging, "count"), awaitingCount);
        QCOMPARE(total(aging, "amount_minor"), awaitingMinor);
        qint64 bucketed = 0;
        for (const char* bucket : {"lt_1h", "1h_4h", "4h_24h", "gt_1d"}) {
            const QJsonArray in = rowsOf(url, {QStringLiteral("--list"), QStringLiteral("--bucket"), QLatin1String(bucket)});
            qint64 expected = 0;
            for (const QJsonValue& v : aging) {
                if (v.toObject().value(QLatin1String("bucket")).toString() == QLatin1String(bucket))
                    expected += v.toObject().value(QLatin1String("count")).toInteger();
            }
            QCOMPARE(qint64(in.size()), expected);
            bucketed += in.size();
        }
        QCOMPARE(bucketed, awaitingCount);

        const QJsonArray reasons = rowsOf(url, {QStringLiteral("--reasons")});
        QCOMPARE(total(reasons, "count"), rejectedCount);
        QCOMPARE(total(reasons, "amount_minor"), rejectedMinor);
        if (rejectedCount > 0) {
            QVERIFY(reasons.first().toObject().contains(QLatin1String("reason")));
            QVERIFY(posting(url, {QStringLiteral("--reasons")}).out.contains("COUNT"));
        }
    }

    void filters_data() { engines(); }
    void filters()
    {
        const QString url = urlOf();
        const Sums totals = sumsOf(rowsOf(url, {}));
        const auto only = [&](auto keep) {
            Sums out;
            for (const auto& [key, sum] : totals) {
                if (keep(key))
                    out[key] = sum;
            }
            return out;
        };
        QVERIFY(sumsOf(rowsOf(url, {QStringLiteral("--kind"), QStringLiteral("order")}))
                == only([](const Key& k) { return std::get<0>(k) == QLatin1String("order"); }));
        QVERIFY(sumsOf(rowsOf(url, {QStringLiteral("--state"), QStringLiteral("awaiting,rejected")}))
                == only([](const Key& k) { return std::get<1>(k) != QLatin1String("posted"); }));
        QVERIFY(sumsOf(rowsOf(url, {QStringLiteral("--currency"), QStringLiteral("EUR")}))
                == only([](const Key& k) { return std::get<2>(k) == QLatin1String("EUR"); }));
        QVERIFY(rowsOf(url, {QStringLiteral("--currency"), QStringLiteral("USD")}).isEmpty());

        // Each business day on its own adds up to the per-day rows of that day.
        const QJsonArray days = rowsOf(url, {QStringLiteral("--by-day")});
        const QString first = days.first().toObject().value(QLatin1String("day")).toString();
        const QJsonArray one = rowsOf(url, {QStringLiteral("--since"), first, QStringLiteral("--until"), first});
        qint64 expected = 0;
        for (const QJsonValue& v : days) {
            if (v.toObject().value(QLatin1String("day")).toString() == first)
                expected += v.toObject().value(QLatin1String("count")).toInteger();
        }
        QCOMPARE(total(one, "count"), expected);
        QVERIFY(rowsOf(url, {QStringLiteral("--until"), QStringLiteral("1999-12-31")}).isEmpty());
        const CliRun none = posting(url, {QStringLiteral("--list"), QStringLiteral("--until"), QStringLiteral("1999-12-31")});
        QCOMPARE(none.exitCode, 3);
    }

    void usageErrors()
    {
        const QString url = m_urls.value(QStringLiteral("sqlite"));
        const QList<QStringList> bad{
            {QStringLiteral("--kind"), QStringLiteral("invoice")},
            {QStringLiteral("--state"), QStringLiteral("pending")},
            {QStringLiteral("--currency"), QStringLiteral("euro")},
            {QStringLiteral("--since"), QStringLiteral("2026-13-01")},
            {QStringLiteral("--since"), QStringLiteral("2026-11-03"), QStringLiteral("--until"), QStringLiteral("2026-11-02")},
            {QStringLiteral("--aging"), QStringLiteral("--reasons")},
            {QStringLiteral("--by-day"), QStringLiteral("--list")},
            {QStringLiteral("--bucket"), QStringLiteral("lt_1h")},
            {QStringLiteral("--list"), QStringLiteral("--bucket"), QStringLiteral("2h")},
            {QStringLiteral("--csv")},
            {QStringLiteral("--list"), QStringLiteral("--csv")}, // with --json
        };
        for (const QStringList& args : bad) {
            const CliRun run = posting(url, QStringList{QStringLiteral("--json")} + args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(run.out.isEmpty());
            QVERIFY(run.err.contains("Usage"));
        }
        const CliRun missing = posting(m_dir.filePath(QStringLiteral("missing.db")), {QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.oneErrorLine());
        QVERIFY(missing.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    }

private:
    static void engines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
};

QTEST_GUILESS_MAIN(TestPostingCli)
#include "tst_posting_cli.moc"
