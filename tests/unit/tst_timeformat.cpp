// Durations and times as the pages write them: the largest units that say it in two parts at most,
// a decimal in the locale's own way, "ago" and "in" around the present.
#include "timeformat.h"

#include <QTest>

using namespace ct;

class TestTimeFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void durationsInTheirLargestUnits_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("milliseconds") << 0.25 << QStringLiteral("250 ms");
        QTest::newRow("tenths under ten seconds") << 2.46 << QStringLiteral("2.5 s");
        QTest::newRow("whole seconds from ten") << 42.4 << QStringLiteral("42 s");
        QTest::newRow("minutes and seconds") << 125.0 << QStringLiteral("2 min 5 s");
        QTest::newRow("whole minutes") << 120.0 << QStringLiteral("2 min");
        QTest::newRow("hours and minutes") << 3.0 * 3600 + 600 << QStringLiteral("3 h 10 min");
        QTest::newRow("days and hours") << 2.0 * 86400 + 7200 << QStringLiteral("2 d 2 h");
        QTest::newRow("negative as positive") << -90.0 << QStringLiteral("1 min 30 s");
    }
    void durationsInTheirLargestUnits()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }

    void aDecimalIsTheLocales()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formatDuration(2.46), QStringLiteral("2,5 s"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(formatDuration(7.0), QStringLiteral("7,0 s"));
    }

    void relativeToNow()
    {
        const Timestamp now = Timestamp::fromSeconds(1'793'577'600);
        QCOMPARE(relativeTime(now.plusSeconds(-10), now), QStringLiteral("just now"));
        QCOMPARE(relativeTime(now.plusSeconds(-3 * 3600 - 600), now), QStringLiteral("3 h ago"));
        QCOMPARE(relativeTime(now.plusSeconds(300), now), QStringLiteral("in 5 min"));
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
