// Retry-After (seconds or an HTTP date) and the backoff between retries, without HTTP.
#include "positionapi/retrytiming.h"

#include <QTest>

using namespace ct::positionapi;

class TestRetryTiming : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("spaces") << QByteArray(" 1 ") << qint64(1000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("capped") << QByteArray("86400") << kMaxRetryAfterMs;
        QTest::newRow("date ahead") << QByteArray("Mon, 02 Nov 2026 00:00:05 GMT") << qint64(5000);
        QTest::newRow("date past") << QByteArray("Sun, 01 Nov 2026 23:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);
        const auto ms = retryAfterMs(header, now);
        QCOMPARE(ms.value_or(-1), expected);
    }
    void backoffGrowsWithJitterWithinBounds()
    {
        QCOMPARE(backoffMs(1, 0.0), 125);
        QCOMPARE(backoffMs(1, 0.999999), 249);
        QCOMPARE(backoffMs(3, 0.0), 500);
        QVERIFY(backoffMs(4, 0.5) > backoffMs(3, 0.5));
        QCOMPARE(backoffMs(30, 0.0), kMaxBackoffMs / 2);
        QVERIFY(backoffMs(30, 0.999) < kMaxBackoffMs);
    }
};

QTEST_APPLESS_MAIN(TestRetryTiming)
#include "tst_retrytiming.moc"
