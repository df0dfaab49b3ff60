#include "timeformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ct {

QString formatDuration(double seconds)
{
    const double s = std::abs(seconds);
    if (s < 1)
        return QCoreApplication::translate("TimeFormat", "%1 ms").arg(qRound(s * 1000));
    if (s < 60)
        return QCoreApplication::translate("TimeFormat", "%1 s").arg(s < 10 ? QLocale().toString(s, 'f', 1) : QString::number(qRound(s)));
    const qint64 total = qRound64(s);
    if (total < 3600)
        return total % 60 ? QCoreApplication::translate("TimeFormat", "%1 min %2 s").arg(total / 60).arg(total % 60) : QCoreApplication::translate("TimeFormat", "%1 min").arg(total / 60);
    if (total < 86400) {
        const qint64 minutes = (total % 3600) / 60;
        return minutes ? QCoreApplication::translate("TimeFormat", "%1 h %2 min").arg(total / 3600).arg(minutes) : QCoreApplication::translate("TimeFormat", "%1 h").arg(total / 3600);
    }
    const qint64 hours = (total % 86400) / 3600;
    return hours ? QCoreApplication::translate("TimeFormat", "%1 d %2 h").arg(total / 86400).arg(hours) : QCoreApplication::translate("TimeFormat", "%1 d").arg(total / 86400);
}

QString relativeTime(Timestamp t, Timestamp now)
{
    const double seconds = double(now.micros() - t.micros()) / 1e6;
    if (std::abs(seconds) < 30)
        return QCoreApplication::translate("TimeFormat", "just now");
    if (seconds > 0)
        return QCoreApplication::translate("TimeFormat", "%1 ago").arg(formatDuration(seconds).section(QLatin1Char(' '), 0, 1));
    return QCoreApplication::translate("TimeFormat", "in %1").arg(formatDuration(seconds).section(QLatin1Char(' '), 0, 1));
}

QString clockTime(Timestamp t)
{
    return t.toDateTime().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString absoluteTime(Timestamp t)
{
    const QDateTime local = t.toDateTime().toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) % QLatin1Char(offset < 0 ? '-' : '+')
        % QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace ct
