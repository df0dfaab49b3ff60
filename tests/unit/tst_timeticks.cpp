// Time axis ticks on round times of the zone, at most as many as asked, with unique readable labels.
#include "timeticks.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace ct;

namespace {

qint64 utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QStringList labels(const QList<TimeTick>& ticks)
{
    QStringList out;
    for (const TimeTick& t : ticks)
        out << t.label;
    return out;
}

} // namespace

class TestTimeTicks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The labels below are the C locale's, whatever the machine's.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void anHourInTenMinuteSteps()
    {
        const QList<TimeTick> ticks = timeTicks(utc("2026-11-30T10:37:00Z"), utc("2026-11-30T11:37:00Z"), 7, QTimeZone::utc());
        QCOMPARE(labels(ticks), (QStringList{QStringLiteral("10:40"), QStringLiteral("10:50"), QStringLiteral("11:00"), QStringLiteral("11:10"), QStringLiteral("11:20"), QStringLiteral("11:30")}));
        QCOMPARE(ticks.constFirst().msecs, utc("2026-11-30T10:40:00Z"));
    }

    void aDayCrossingMidnightNamesTheDay()
    {
        const QList<TimeTick> ticks = timeTicks(utc("2026-11-29T13:20:00Z"), utc("2026-11-30T13:20:00Z"), 9, QTimeZone::utc());
        QVERIFY(ticks.size() <= 9);
        QVERIFY(labels(ticks).contains(QStringLiteral("Nov 30")));
        QCOMPARE(labels(ticks).constFirst(), QStringLiteral("15:00"));
        // Two days and more: a time of day would come twice, so each tick names its day.
        const QList<TimeTick> longer = timeTicks(utc("2026-11-28T13:20:00Z"), utc("2026-11-30T13:20:00Z"), 9, QTimeZone::utc());
        QVERIFY(labels(longer).contains(QStringLiteral("Sun 12:00")));
        const QStringList all = labels(ticks);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), ticks.size());
    }

    void aWeekInDays()
    {
        const QList<TimeTick> ticks = timeTicks(utc("2026-11-23T13:00:00Z"), utc("2026-11-30T13:00:00Z"), 8, QTimeZone::utc());
        QCOMPARE(labels(ticks), (QStringList{QStringLiteral("Nov 24"), QStringLiteral("Nov 25"), QStringLiteral("Nov 26"), QStringLiteral("Nov 27"), QStringLiteral("Nov 28"), QStringLiteral("Nov 29"), QStringLiteral("Nov 30")}));
    }

    void roundInTheZonesWallClock()
    {
        // UTC+05:30: the ticks fall on the zone's hours, not on UTC's.
        const QTimeZone india(5 * 3600 + 1800);
        const QList<TimeTick> ticks = timeTicks(utc("2026-11-30T10:00:00Z"), utc("2026-11-30T14:00:00Z"), 5, india);
        QCOMPARE(ticks.constFirst().msecs, utc("2026-11-30T10:30:00Z"));
        QCOMPARE(ticks.constFirst().label, QStringLiteral("16:00"));
    }

    // Names and the order of day and month follow the locale; times of day stay on the 24-hour clock.
    void theLocaleNamesDaysAndMonths()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        const QList<TimeTick> week = timeTicks(utc("2026-11-23T13:00:00Z"), utc("2026-11-30T13:00:00Z"), 8,
                                               QTimeZone::utc(), german);
        QCOMPARE(week.constLast().label, QStringLiteral("30. ") + german.monthName(11, QLocale::ShortFormat));
        const QList<TimeTick> days = timeTicks(utc("2026-11-28T13:20:00Z"), utc("2026-11-30T13:20:00Z"), 9,
                                               QTimeZone::utc(), german);
        QVERIFY2(labels(days).contains(german.dayName(7, QLocale::ShortFormat) + QStringLiteral(" 12:00")),
                 qPrintable(labels(days).join(QLatin1Char('|'))));
        const QLocale french(QLocale::French, QLocale::France);
        const QList<TimeTick> frWeek = timeTicks(utc("2026-11-23T13:00:00Z"), utc("2026-11-30T13:00:00Z"), 8,
                                                 QTimeZone::utc(), french);
        QCOMPARE(frWeek.constLast().label, QStringLiteral("30 ") + french.monthName(11, QLocale::ShortFormat));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(timeTicks(utc("2026-11-23T13:00:00Z"), utc("2026-11-30T13:00:00Z"), 8, QTimeZone::utc(), us)
                     .constLast().label,
                 QStringLiteral("Nov 30"));
        const QList<TimeTick> hour = timeTicks(utc("2026-11-30T10:37:00Z"), utc("2026-11-30T11:37:00Z"), 7,
                                               QTimeZone::utc(), us);
        QCOMPARE(hour.constFirst().label, QStringLiteral("10:40"));
    }

    void nothingForAnEmptyRange()
    {
        QVERIFY(timeTicks(5, 5, 8).isEmpty());
        QVERIFY(timeTicks(0, 1000, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeTicks)
#include "tst_timeticks.moc"
