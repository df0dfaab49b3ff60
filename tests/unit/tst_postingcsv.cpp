// Finance's CSV of postings, written by hand: RFC 4180 quoting, amounts in the currency's unit and in
// minor units exactly (JPY without decimals, negatives, no grouping), tax only where stated, the age
// at "now", and personal data masked in the ERP's free-text reasons while ids and numbers stay. Also
// the rows behind the aging and rejection tables, and the filter of the per-day table.
#include "csvwriter.h"
#include "moneytext.h"
#include "personaltextmask.h"
#include "postingcsv.h"
#include "postingoverview.h"

#include <QTest>

using namespace ct;

namespace {

constexpr qint64 kHour = 3'600'000'000;
const Timestamp kNow = Timestamp::fromSeconds(20 * 86400 + 12 * 3600); // 1970-01-21 12:00 UTC

PostingEntry entry(const char* kind, PostingState state, const char* currency, qint64 minor, qint64 ageMicros,
                   const QString& reason = {})
{
    PostingEntry e;
    e.kind = QString::fromLatin1(kind);
    e.state = state;
    e.correlationId = QStringLiteral("c-%1").arg(ageMicros);
    e.subject = QStringLiteral("ORD-%1").arg(ageMicros / kHour);
    e.currency = QString::fromLatin1(currency);
    e.amountMinor = minor;
    e.at = kNow.plusMicros(-ageMicros);
    e.reason = reason;
    return e;
}

QList<QStringList> parse(const QByteArray& csv)
{
    // Enough of RFC 4180 for these documents: quoted fields with doubled quotes, CRLF records.
    QList<QStringList> records{{}};
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            records.last() << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            records.last() << field;
            field.clear();
            records.append(QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    if (records.last().isEmpty())
        records.removeLast();
    return records;
}

} // namespace

class TestPostingCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decimalAmounts_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("EUR") << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("1234.56");
        QTest::newRow("cents") << qint64(5) << QStringLiteral("EUR") << QStringLiteral("0.05");
        QTest::newRow("negative") << qint64(-1999) << QStringLiteral("USD") << QStringLiteral("-19.99");
        QTest::newRow("JPY") << qint64(1234567) << QStringLiteral("JPY") << QStringLiteral("1234567");
        QTest::newRow("KWD") << qint64(1005) << QStringLiteral("KWD") << QStringLiteral("1.005");
        QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << QStringLiteral("EUR")
                                   << QStringLiteral("-92233720368547758.08");
    }
    void decimalAmounts()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(decimalAmount(minor, currency), text);
    }

    void masksPersonalDataInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("nothing personal") << QStringLiteral("Account 140000 is blocked: fiscal period closed")
                                          << QStringLiteral("Account 140000 is blocked: fiscal period closed");
        QTest::newRow("e-mail") << QStringLiteral("customer jane.doe+x@example.co.uk unknown to the ERP")
                                << QStringLiteral("customer ••• unknown to the ERP");
        QTest::newRow("field=value") << QStringLiteral("invalid customer_name=Jane Doe; order ORD-1")
                                     << QStringLiteral("invalid customer_name=•••; order ORD-1");
        QTest::newRow("json field") << QStringLiteral(R"(bad {"phone": "+49 30 1234567", "sku": "SKU-1"})")
                                    << QStringLiteral(R"(bad {"phone": "•••", "sku": "SKU-1"})");
        QTest::newRow("after another field") << QStringLiteral("rejected: postal_code: 10115, country DE")
                                             << QStringLiteral("rejected: postal_code: •••, country DE");
        QTest::newRow("empty") << QString() << QString();
    }
    void masksPersonalDataInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(maskPersonalText(text), masked);
    }

    void writesOneRecordPerPosting()
    {
        PostingEntry rejected = entry("order", PostingState::Rejected, "EUR", 123456, 2 * kHour,
                                      QStringLiteral("customer \"VIP\", email=jane@example.com, blocked"));
        rejected.taxMinor = 19712;
        const PostingEntry awaiting = entry("refund", PostingState::Awaiting, "JPY", -5000, 30 * kHour);
        const QList<QStringList> records = parse(postingCsv({rejected, awaiting}, kNow));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), postingCsvHeader());
        QCOMPARE(records.at(0).first(), QStringLiteral("day"));
        const QStringList& r = records.at(1);
        QCOMPARE(r.size(), postingCsvHeader().size());
        QCOMPARE(r, (QStringList{QStringLiteral("1970-01-21"), rejected.at.toIso(), QStringLiteral("order"),
                                 QStringLiteral("rejected"), QStringLiteral("ORD-2"), QStringLiteral("c-7200000000"),
                                 QStringLiteral("EUR"), QStringLiteral("1234.56"), QStringLiteral("123456"),
                                 QStringLiteral("197.12"), QStringLiteral("19712"), QStringLiteral("7200"),
                                 QStringLiteral("customer \"VIP\", email=•••, blocked")}));
        const QStringList& a = records.at(2);
        QCOMPARE(a.at(0), QStringLiteral("1970-01-20"));
        QCOMPARE(a.at(3), QStringLiteral("awaiting"));
        QCOMPARE(a.at(7), QStringLiteral("-5000"));
        QCOMPARE(a.at(9), QString()); // no tax stated
        QCOMPARE(a.at(10), QString());
        QCOMPARE(a.at(11), QStringLiteral("108000"));
        QVERIFY(!postingCsv({rejected}, kNow).contains("jane@example.com"));
        QCOMPARE(parse(postingCsv({}, kNow)), (QList<QStringList>{postingCsvHeader()}));
    }

    void rowsBehindTheTables()
    {
        const QList<PostingEntry> entries{
            entry("order", PostingState::Awaiting, "EUR", 100, kHour / 2),
            entry("order", PostingState::Awaiting, "EUR", 200, 2 * kHour),
            entry("order", PostingState::Awaiting, "USD", 300, 2 * kHour + 1),
            entry("refund", PostingState::Awaiting, "EUR", 400, 3 * kHour),
            entry("order", PostingState::Posted, "EUR", 500, 2 * kHour + 2),
            entry("order", PostingState::Rejected, "EUR", 600, 5 * kHour, QStringLiteral("period closed")),
            entry("order", PostingState::Rejected, "EUR", 700, 6 * kHour, QStringLiteral("period closed")),
            entry("order", PostingState::Rejected, "EUR", 800, 7 * kHour, QStringLiteral("unknown SKU")),
        };
        QList<qint64> amounts;
        for (const PostingEntry& e : postingsInAgingBucket(entries, AgingBucket::OneToFourHours, QStringLiteral("EUR"), kNow))
            amounts << e.amountMinor;
        QCOMPARE(amounts, (QList<qint64>{200, 400})); // not the posted one, not USD, not under an hour
        // Every aging row's postings add up to the row.
        for (const PostingAgingRow& row : postingAging(entries, kNow)) {
            qint64 sum = 0;
            const QList<PostingEntry> behind = postingsInAgingBucket(entries, row.bucket, row.currency, kNow);
            for (const PostingEntry& e : behind)
                sum += e.amountMinor;
            QCOMPARE(qint64(behind.size()), row.count);
            QCOMPARE(sum, row.amountMinor);
        }
        for (const RejectionReasonRow& row : rejectionReasons(entries)) {
            const QList<PostingEntry> behind = postingsRejectedFor(entries, row);
            QCOMPARE(qint64(behind.size()), row.count);
            for (const PostingEntry& e : behind)
                QCOMPARE(e.reason, row.reason);
        }
        const QList<PostingEntry> sorted = oldestFirst(entries);
        QCOMPARE(sorted.first().amountMinor, 800);
        QCOMPARE(sorted.last().amountMinor, 100);
    }

    void filtersTheDays()
    {
        const auto day = [](qint64 d, const char* kind, const char* currency) {
            PostingDay out;
            out.day = d;
            out.kind = QString::fromLatin1(kind);
            out.currency = QString::fromLatin1(currency);
            return out;
        };
        PostingDay quiet = day(10, "order", "EUR");
        quiet.postedCount = 3;
        PostingDay pending = day(11, "order", "EUR");
        pending.awaitingCount = 1;
        PostingDay refund = day(11, "refund", "USD");
        refund.rejectedCount = 2;
        const QList<PostingDay> days{quiet, pending, refund};
        const auto keys = [](const QList<PostingDay>& ds) {
            QStringList out;
            for (const PostingDay& d : ds)
                out << QStringLiteral("%1/%2").arg(d.day).arg(d.kind);
            return out;
        };
        QCOMPARE(keys(filterDays(days, {})), (QStringList{QStringLiteral("10/order"), QStringLiteral("11/order"), QStringLiteral("11/refund")}));
        PostingFilter notPosted;
        notPosted.states = {PostingState::Awaiting, PostingState::Rejected};
        QCOMPARE(keys(filterDays(days, notPosted)), (QStringList{QStringLiteral("11/order"), QStringLiteral("11/refund")}));
        PostingFilter usd;
        usd.currencies = {QStringLiteral("USD")};
        QCOMPARE(keys(filterDays(days, usd)), QStringList{QStringLiteral("11/refund")});
        PostingFilter orders;
        orders.kinds = {QStringLiteral("order")};
        orders.untilDay = 10;
        QCOMPARE(keys(filterDays(days, orders)), QStringList{QStringLiteral("10/order")});

        // The filter bar's choices: every kind and currency of the days, sorted, each once.
        const PostingFacets facets = postingFacets(days);
        QCOMPARE(facets.kinds, (QStringList{QStringLiteral("order"), QStringLiteral("refund")}));
        QCOMPARE(facets.currencies, (QStringList{QStringLiteral("EUR"), QStringLiteral("USD")}));

        // A day row's postings: its day, kind and currency, in the states the filter names.
        const PostingFilter scope = dayScope(refund, notPosted);
        QCOMPARE(scope.fromDay, std::optional<qint64>(11));
        QCOMPARE(scope.untilDay, std::optional<qint64>(11));
        QCOMPARE(scope.kinds, QStringList{QStringLiteral("refund")});
        QCOMPARE(scope.currencies, QStringList{QStringLiteral("USD")});
        QCOMPARE(scope.states, notPosted.states);
        QVERIFY(dayScope(quiet, usd).states.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostingCsv)
#include "tst_postingcsv.moc"
