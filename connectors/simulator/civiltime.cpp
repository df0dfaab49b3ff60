#include "civiltime.h"

namespace ct {
namespace {

constexpr qint64 kMicrosPerDay = 86'400'000'000LL;

void appendDigits(QByteArray& out, int value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

} // namespace

CivilTime CivilTime::fromMicros(qint64 us)
{
    qint64 days = us >= 0 ? us / kMicrosPerDay : -((-us + kMicrosPerDay - 1) / kMicrosPerDay);
    qint64 rest = us - days * kMicrosPerDay;
    CivilTime t;
    t.micro = int(rest % 1'000'000);
    rest /= 1'000'000;
    t.second = int(rest % 60);
    t.minute = int(rest / 60 % 60);
    t.hour = int(rest / 3600);
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    t.day = int(doy - (153 * mp + 2) / 5 + 1);
    t.month = int(mp < 10 ? mp + 3 : mp - 9);
    t.year = int(yoe + era * 400 + (t.month <= 2 ? 1 : 0));
    return t;
}

void appendIsoTime(QByteArray& out, qint64 us)
{
    const CivilTime t = CivilTime::fromMicros(us);
    appendDigits(out, t.year, 4);
    out.append('-');
    appendDigits(out, t.month, 2);
    out.append('-');
    appendDigits(out, t.day, 2);
    out.append('T');
    appendDigits(out, t.hour, 2);
    out.append(':');
    appendDigits(out, t.minute, 2);
    out.append(':');
    appendDigits(out, t.second, 2);
    out.append('.');
    appendDigits(out, t.micro, 6);
    out.append('Z');
}

QByteArray yearMonth(qint64 us)
{
    const CivilTime t = CivilTime::fromMicros(us);
    QByteArray out;
    appendDigits(out, t.year, 4);
    out.append('-');
    appendDigits(out, t.month, 2);
    return out;
}

} // namespace ct
