// Finance's posting ledger from postings written by hand: totals per kind, state and currency (per day
// when asked), tax only where stated, the oldest pending, the aging buckets' edges, rejection reasons,
// filters, and money as text from integer minor units.
#include "moneytext.h"
#include "postingledger.h"

#include <QTest>

using namespace ct;

Q_DECLARE_METATYPE(ct::AgingBucket)

namespace {

constexpr qint64 kHour = 3'600'000'000;
const Timestamp kNow = Timestamp::fromSeconds(20 * 86400 + 12 * 3600);  // day 20, 12:00 UTC

PostingEntry entry(const char* kind, PostingState state, const char* currency, qint64 minor, Timestamp at,
                   std::optional<qint64> tax = std::nullopt, const char* reason = "")
{
    PostingEntry e;
    e.kind = QString::fromLatin1(kind);
    e.state = state;
    e.correlationId = QStringLiteral("c-%1").arg(at.micros());
    e.currency = QString::fromLatin1(currency);
    e.amountMinor = minor;
    e.taxMinor = tax;
    e.at = at;
    e.reason = QString::fromLatin1(reason);
    return e;
}

Timestamp ago(qint64 micros)
{
    return kNow.plusMicros(-micros);
}

} // namespace

class TestPostingLedger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agingEdges_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<AgingBucket>("bucket");
        QTest::newRow("future") << -kHour << AgingBucket::UnderHour;
        QTest::newRow("now") << qint64(0) << AgingBucket::UnderHour;
        QTest::newRow("just under 1 h") << kHour - 1 << AgingBucket::UnderHour;
        QTest::newRow("1 h") << kHour << AgingBucket::OneToFourHours;
        QTest::newRow("just under 4 h") << 4 * kHour - 1 << AgingBucket::OneToFourHours;
        QTest::newRow("4 h") << 4 * kHour << AgingBucket::FourHoursToDay;
        QTest::newRow("just under 24 h") << 24 * kHour - 1 << AgingBucket::FourHoursToDay;
        QTest::newRow("24 h") << 24 * kHour << AgingBucket::OverDay;
        QTest::newRow("a week") << 7 * 24 * kHour << AgingBucket::OverDay;
    }
    void agingEdges()
    {
        QFETCH(qint64, age);
        QFETCH(AgingBucket, bucket);
        QCOMPARE(agingBucket(age), bucket);
        QCOMPARE(agingBucketFromCode(agingBucketCode(bucket)), std::optional<AgingBucket>(bucket));
    }

    void agingCountsAwaitingOnlyPerCurrency()
    {
        const QList<PostingEntry> entries{
            entry("order", PostingState::Awaiting, "EUR", 1000, ago(kHour - 1)),
            entry("order", PostingState::Awaiting, "EUR", 2000, ago(kHour)),
            entry("refund", PostingState::Awaiting, "EUR", 500, ago(3 * kHour)),
            entry("order", PostingState::Awaiting, "SEK", 7000, ago(2 * kHour)),
            entry("order", PostingState::Awaiting, "EUR", 9000, ago(30 * kHour)),
            entry("order", PostingState::Rejected, "EUR", 100000, ago(30 * kHour)),
            entry("order", PostingState::Posted, "EUR", 100000, ago(30 * kHour)),
        };
        const QList<PostingAgingRow> rows = postingAging(entries, kNow);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].bucket, AgingBucket::UnderHour);
        QCOMPARE(rows[0].count, qint64(1));
        QCOMPARE(rows[0].amountMinor, qint64(1000));
        QCOMPARE(rows[1].bucket, AgingBucket::OneToFourHours);
        QCOMPARE(rows[1].currency, QStringLiteral("EUR"));
        QCOMPARE(rows[1].count, qint64(2));
        QCOMPARE(rows[1].amountMinor, qint64(2500));
        QCOMPARE(rows[1].oldestAt, ago(3 * kHour));
        QCOMPARE(rows[2].bucket, AgingBucket::OneToFourHours);
        QCOMPARE(rows[2].currency, QStringLiteral("SEK"));
        QCOMPARE(rows[2].amountMinor, qint64(7000));
        QCOMPARE(rows[3].bucket, AgingBucket::OverDay);
        QCOMPARE(rows[3].count, qint64(1));
        QCOMPARE(rows[3].amountMinor, qint64(9000));
        QVERIFY(inAgingBucket(entries[1], AgingBucket::OneToFourHours, kNow));
        QVERIFY(!inAgingBucket(entries[5], AgingBucket::OverDay, kNow));  // rejected, not awaiting
    }

    void ledgerAddsUpPerKindStateCurrency()
    {
        const Timestamp day19 = Timestamp::fromSeconds(19 * 86400 + 600);
        const QList<PostingEntry> entries{
            entry("order", PostingState::Posted, "EUR", 11900, day19, 1900),
            entry("order", PostingState::Posted, "EUR", 2380, ago(kHour), 380),
            entry("order", PostingState::Posted, "SEK", 5000, ago(kHour)),
            entry("order", PostingState::Awaiting, "EUR", 1190, ago(2 * kHour), 190),
            entry("order", PostingState::Awaiting, "EUR", 500, day19),
            entry("refund", PostingState::Rejected, "EUR", 300, ago(5 * kHour), std::nullopt, "fiscal period closed"),
        };
        const QList<PostingLedgerRow> totals = postingLedger(entries, false);
        QCOMPARE(totals.size(), qsizetype(4));  // order/awaiting/EUR, order/posted/EUR, order/posted/SEK, refund/rejected/EUR
        const PostingLedgerRow& awaiting = totals[0];
        QCOMPARE(awaiting.state, PostingState::Awaiting);
        QCOMPARE(awaiting.count, qint64(2));
        QCOMPARE(awaiting.amountMinor, qint64(1690));
        QCOMPARE(awaiting.taxMinor, std::optional<qint64>(190));  // only what was stated
        QCOMPARE(awaiting.oldestAt, day19);
        QVERIFY(!awaiting.day);
        const PostingLedgerRow& posted = totals[1];
        QCOMPARE(posted.state, PostingState::Posted);
        QCOMPARE(posted.count, qint64(2));
        QCOMPARE(posted.amountMinor, qint64(14280));
        QCOMPARE(posted.taxMinor, std::optional<qint64>(2280));
        QVERIFY(posted.oldestAt.isNull());  // nothing pending
        QCOMPARE(totals[2].currency, QStringLiteral("SEK"));
        QVERIFY(!totals[2].taxMinor);
        QCOMPARE(totals[3].kind, QStringLiteral("refund"));
        QCOMPARE(totals[3].oldestAt, ago(5 * kHour));

        const QList<PostingLedgerRow> perDay = postingLedger(entries, true);
        QCOMPARE(perDay.size(), 6);
        QCOMPARE(perDay[0].day, std::optional<qint64>(19));
        QCOMPARE(perDay[0].state, PostingState::Awaiting);
        QCOMPARE(perDay[1].day, std::optional<qint64>(19));
        QCOMPARE(perDay[1].amountMinor, qint64(11900));
        qint64 count = 0, minor = 0;
        for (const PostingLedgerRow& r : perDay) {
            count += r.count;
            minor += r.currency == QLatin1String("EUR") ? r.amountMinor : 0;
        }
        QCOMPARE(count, qint64(entries.size()));
        QCOMPARE(minor, qint64(11900 + 2380 + 1190 + 500 + 300));

        const UnpostedTotals unposted = unpostedTotals(entries);
        QCOMPARE(unposted.count, qint64(3));
        QCOMPARE(unposted.minorByCurrency.size(), 1);
        QCOMPARE(unposted.minorByCurrency[0].second, qint64(1990));
        QCOMPARE(unposted.oldestAt, day19);
        QCOMPARE(oldestUnposted(entries)->amountMinor, 500);
        QVERIFY(!oldestUnposted({entries[0]}));
    }

    void filters()
    {
        const QList<PostingEntry> entries{
            entry("order", PostingState::Posted, "EUR", 1, Timestamp::fromSeconds(18 * 86400)),
            entry("refund", PostingState::Awaiting, "EUR", 2, Timestamp::fromSeconds(19 * 86400)),
            entry("order", PostingState::Rejected, "SEK", 4, Timestamp::fromSeconds(20 * 86400 - 1)),
            entry("settlement", PostingState::Awaiting, "EUR", 8, Timestamp::fromSeconds(20 * 86400)),
        };
        const auto sum = [&](const PostingFilter& f) {
            qint64 total = 0;
            for (const PostingEntry& e : filterPostings(entries, f))
                total += e.amountMinor;
            return total;
        };
        PostingFilter all;
        QCOMPARE(sum(all), qint64(15));
        PostingFilter fromDay19;
        fromDay19.fromDay = 19;
        QCOMPARE(sum(fromDay19), qint64(14));
        PostingFilter day19 = fromDay19;
        day19.untilDay = 19;
        QCOMPARE(sum(day19), qint64(6));  // days are inclusive, UTC
        PostingFilter orders;
        orders.kinds = {QStringLiteral("order")};
        QCOMPARE(sum(orders), qint64(5));
        PostingFilter awaitingEuros;
        awaitingEuros.currencies = {QStringLiteral("EUR")};
        awaitingEuros.states = {PostingState::Awaiting};
        QCOMPARE(sum(awaitingEuros), qint64(10));
        PostingFilter done;
        done.states = {PostingState::Posted, PostingState::Rejected};
        QCOMPARE(sum(done), qint64(5));
    }

    void reasonsMostFrequentFirst()
    {
        const QList<PostingEntry> entries{
            entry("order", PostingState::Rejected, "EUR", 100, ago(3 * kHour), std::nullopt, "tax code unknown"),
            entry("order", PostingState::Rejected, "EUR", 200, ago(2 * kHour), std::nullopt, "fiscal period closed"),
            entry("order", PostingState::Rejected, "EUR", 300, ago(kHour), std::nullopt, "fiscal period closed"),
            entry("order", PostingState::Rejected, "EUR", 400, ago(kHour), std::nullopt, ""),
            entry("order", PostingState::Posted, "EUR", 500, ago(kHour), std::nullopt, "fiscal period closed"),
        };
        const QList<RejectionReasonRow> rows = rejectionReasons(entries);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].reason, QStringLiteral("fiscal period closed"));
        QCOMPARE(rows[0].count, qint64(2));
        QCOMPARE(rows[0].amountMinor, qint64(500));
        QCOMPARE(rows[0].newestAt, ago(kHour));
        QCOMPARE(rows[1].count, qint64(1));
        QCOMPARE(rows[2].count, qint64(1));
    }

    void stateCodes()
    {
        for (PostingState s : {PostingState::Awaiting, PostingState::Posted, PostingState::Rejected})
            QCOMPARE(postingStateFromCode(postingStateCode(s)), std::optional<PostingState>(s));
        QVERIFY(!postingStateFromCode(u"pending"));
    }

    void moneyFromMinorUnits_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("euro") << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("1234.56 EUR");
        QTest::newRow("cents") << qint64(5) << QStringLiteral("EUR") << QStringLiteral("0.05 EUR");
        QTest::newRow("negative") << qint64(-1050) << QStringLiteral("EUR") << QStringLiteral("-10.50 EUR");
        QTest::newRow("yen") << qint64(1500) << QStringLiteral("JPY") << QStringLiteral("1500 JPY");
        QTest::newRow("dinar") << qint64(1500) << QStringLiteral("KWD") << QStringLiteral("1.500 KWD");
        QTest::newRow("no currency") << qint64(199) << QString() << QStringLiteral("1.99");
        QTest::newRow("beyond a double") << qint64(9007199254740993) << QStringLiteral("EUR")
                                         << QStringLiteral("90071992547409.93 EUR");
        QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << QStringLiteral("EUR")
                                  << QStringLiteral("-92233720368547758.08 EUR");
    }
    void moneyFromMinorUnits()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(moneyText(minor, currency, QLocale::c()), text);
    }

    void moneyInTheLocale()
    {
        QCOMPARE(moneyText(123456789, QStringLiteral("EUR"), QLocale(QLocale::German)), QStringLiteral("1.234.567,89 EUR"));
    }
};

QTEST_APPLESS_MAIN(TestPostingLedger)
#include "tst_postingledger.moc"
