// Failure signatures, age buckets, the compact row index and the bounded row cache of the Exceptions page.
#include "failedmessageindex.h"
#include "failedmessagerowcache.h"
#include "failuregroups.h"
#include "failuresignature.h"
#include "uuid.h"

#include <QTest>

using namespace ct;

class TestFailureGroups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signatureTakesOutWhatVaries_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("signature");
        QTest::newRow("account number") << QStringLiteral("Account 140000 is blocked for posting.")
                                        << QStringLiteral("Account # is blocked for posting.");
        QTest::newRow("quoted values") << QStringLiteral("NO_ROUTE: exchange 'erp.events' has no binding for \"a b\"")
                                       << QStringLiteral("NO_ROUTE: exchange '…' has no binding for \"…\"");
        QTest::newRow("ids with digits") << QStringLiteral("Order ORD-2026-000123 at store S014 rejected")
                                         << QStringLiteral("Order ORD-#-# at store S# rejected");
        QTest::newRow("uuid") << QStringLiteral("event 0190f3a2-7c4e-7b21-9f00-3c2d1e0f9a8b is a duplicate")
                              << QStringLiteral("event <id> is a duplicate");
        QTest::newRow("e-mail") << QStringLiteral("customer jane.doe@example.com has no account")
                                << QStringLiteral("customer <email> has no account");
        QTest::newRow("decimals") << QStringLiteral("price 12.50 below cost 13,75")
                                  << QStringLiteral("price # below cost #,#");
        QTest::newRow("whitespace") << QStringLiteral("  Timed out\n after   30000 ms ")
                                    << QStringLiteral("Timed out after # ms");
        QTest::newRow("unclosed quote") << QStringLiteral("bad token 'abc") << QStringLiteral("bad token 'abc");
        QTest::newRow("empty") << QString() << QString();
    }
    void signatureTakesOutWhatVaries()
    {
        QFETCH(QString, reason);
        QFETCH(QString, signature);
        QCOMPARE(failureSignature(reason), signature);
    }

    void signatureIsBounded()
    {
        const QString longReason = QStringLiteral("word ").repeated(1000);
        QCOMPARE(failureSignature(longReason).size(), kFailureSignatureMaxLength);
        QVERIFY(!failureSignature(QString()).isNull());  // stored as '', never NULL
    }

    // An age group's query holds exactly the failures its bucket counts.
    void ageBucketsAreTimeRanges()
    {
        const Timestamp now = Timestamp::fromSeconds(1'800'000'000);
        FailedMessageQuery q = narrowedToGroup({}, FailureGrouping::Age, QStringLiteral("1"), now);
        QCOMPARE(q.failedSince, now.plusSeconds(-4 * 3600).plusMicros(1));
        QCOMPARE(q.failedBefore, now.plusSeconds(-3600).plusMicros(1));
        q = narrowedToGroup({}, FailureGrouping::Age, QStringLiteral("0"), now);
        QVERIFY(q.failedBefore.isNull());  // the newest bucket takes a clock a little ahead too
        q = narrowedToGroup({}, FailureGrouping::Age, QStringLiteral("4"), now);
        QVERIFY(q.failedSince.isNull());
        // Within a range the query already has.
        FailedMessageQuery lastHour;
        lastHour.failedSince = now.plusSeconds(-1800);
        q = narrowedToGroup(lastHour, FailureGrouping::Age, QStringLiteral("0"), now);
        QCOMPARE(q.failedSince, lastHour.failedSince);
        QCOMPARE(narrowedToGroup({}, FailureGrouping::Age, QStringLiteral("x"), now).failedSince, Timestamp());
        QCOMPARE(narrowedToGroup({}, FailureGrouping::Queue, QStringLiteral("q.dlq"), now).queue, QStringLiteral("q.dlq"));
    }

    void indexPacksKeysAndFindsRows()
    {
        FailedMessageIndex index;
        QList<FailedMessageRef> refs;
        for (int i = 0; i < 1000; ++i)  // newest first, ties at each 10th
            refs.append({Timestamp::fromSeconds(5000 - i / 10), uuidV7(1000 + i, quint64(i) * 7919, quint64(i))});
        // Keys within one time in text order, as the store lists them.
        for (int i = 0; i < refs.size(); i += 10)
            std::sort(refs.begin() + i, refs.begin() + i + 10, [](const auto& a, const auto& b) { return a.key < b.key; });
        refs.insert(500, {refs.at(499).lastDeathAt, QStringLiteral("zz-not-a-uuid")});
        for (const FailedMessageRef& r : std::as_const(refs))
            index.append(r);
        QCOMPARE(index.size(), refs.size());
        for (int i = 0; i < refs.size(); ++i) {
            QCOMPARE(index.keyAt(i), refs.at(i).key);
            QCOMPARE(index.rowOf(refs.at(i)), i);
        }
        QCOMPARE(index.findKey(refs.at(777).key), 777);
        QCOMPARE(index.findKey(QStringLiteral("zz-not-a-uuid")), 500);
        QCOMPARE(index.rowOf({Timestamp::fromSeconds(1), refs.at(3).key}), -1);
        QCOMPARE(index.findKey(QStringLiteral("missing")), -1);
        // An uppercase UUID is not the same text printed back: kept as written.
        index.append({Timestamp::fromSeconds(1), QStringLiteral("0190F3A2-7C4E-7B21-9F00-3C2D1E0F9A8B")});
        QCOMPARE(index.keyAt(index.size() - 1), QStringLiteral("0190F3A2-7C4E-7B21-9F00-3C2D1E0F9A8B"));
        FailedMessageIndex big;
        big.reserve(100'000);
        for (int i = 0; i < 100'000; ++i)
            big.append({Timestamp::fromSeconds(i), uuidV7(i, quint64(i), quint64(i))});
        QVERIFY(big.bytesHeld() <= 100'000 * 24);
    }

    void rowCacheHoldsABoundedNumberOfBlocks()
    {
        FailedMessageRowCache cache(3);
        const auto block = [](int b) {
            QList<FailedMessage> rows(FailedMessageRowCache::kBlockRows);
            for (int i = 0; i < rows.size(); ++i)
                rows[i].key = QStringLiteral("%1-%2").arg(b).arg(i);
            rows[5].key.clear();  // gone since the list was read
            return rows;
        };
        for (int b = 0; b < 3; ++b)
            cache.insert(b, block(b));
        QVERIFY(cache.find(0));  // block 0 used last now
        cache.insert(3, block(3));
        QCOMPARE(cache.blockCount(), 3);
        QVERIFY(cache.contains(0));
        QVERIFY(!cache.contains(1));  // the least recently used went
        QCOMPARE(cache.find(3 * FailedMessageRowCache::kBlockRows + 7)->key, QStringLiteral("3-7"));
        QCOMPARE(cache.find(5), nullptr);
        QCOMPARE(cache.byKey().size(), 3 * (FailedMessageRowCache::kBlockRows - 1));
    }
};

QTEST_GUILESS_MAIN(TestFailureGroups)
#include "tst_failuregroups.moc"
