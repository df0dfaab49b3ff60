#include "timestamp.h"

#include <QTest>

using ct::Timestamp;

class TestTimestamp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesIso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("six digits") << QStringLiteral("2026-11-02T00:00:00.123456Z") << qint64(1793577600123456);
        QTest::newRow("three digits") << QStringLiteral("2026-11-02T00:00:00.5Z") << qint64(1793577600500000);
        QTest::newRow("nine digits truncate") << QStringLiteral("2026-11-02T00:00:00.123456789Z") << qint64(1793577600123456);
        QTest::newRow("offset") << QStringLiteral("2026-11-02T01:30:00+01:30") << qint64(1793577600000000);
        QTest::newRow("negative offset") << QStringLiteral("2026-11-01T19:00:00-05:00") << qint64(1793577600000000);
        QTest::newRow("before epoch") << QStringLiteral("1969-12-31T23:59:59.999999Z") << qint64(-1);
    }
    void parsesIso()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        const auto t = Timestamp::fromIso(text);
        QVERIFY(t.has_value());
        QCOMPARE(t->micros(), micros);
    }

    void rejectsBadIso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no zone") << QStringLiteral("2026-11-02T00:00:00");
        QTest::newRow("garbage") << QStringLiteral("yesterday");
        QTest::newRow("bad month") << QStringLiteral("2026-13-02T00:00:00Z");
        QTest::newRow("bad offset") << QStringLiteral("2026-11-02T00:00:00+25:00");
        QTest::newRow("empty") << QString();
    }
    void rejectsBadIso()
    {
        QFETCH(QString, text);
        QVERIFY(!Timestamp::fromIso(text).has_value());
    }

    void formatsSixDigits()
    {
        QCOMPARE(Timestamp::fromMicros(1793577600000001).toIso(), QStringLiteral("2026-11-02T00:00:00.000001Z"));
        QCOMPARE(Timestamp::fromMicros(-1).toIso(), QStringLiteral("1969-12-31T23:59:59.999999Z"));
        const auto round = Timestamp::fromIso(Timestamp::fromMicros(1793577612345678).toIso());
        QCOMPARE(round->micros(), qint64(1793577612345678));
    }

    void epochDayFloors()
    {
        QCOMPARE(Timestamp::fromMicros(0).epochDay(), qint64(0));
        QCOMPARE(Timestamp::fromMicros(86'400'000'000LL - 1).epochDay(), qint64(0));
        QCOMPARE(Timestamp::fromMicros(86'400'000'000LL).epochDay(), qint64(1));
        QCOMPARE(Timestamp::fromMicros(-1).epochDay(), qint64(-1));
    }
};

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
