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

    void nothingForAnEmptyRange()
    {
        QVERIFY(timeTicks(5, 5, 8).isEmpty());
        QVERIFY(timeTicks(0, 1000, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeTicks)
#include "tst_timeticks.moc"
