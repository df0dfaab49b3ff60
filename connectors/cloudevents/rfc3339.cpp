#include "rfc3339.h"

namespace ct::cloudevents {
namespace {

// Reads `count` ASCII digits at `at`; -1 when any of them is not one. (QChar::isDigit would also
// take Arabic-Indic and other digits.)
int digitsAt(QStringView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool isChar(QStringView text, qsizetype at, char16_t c)
{
    return at < text.size() && text[at].unicode() == c;
}

} // namespace

std::optional<Timestamp> parseRfc3339(QStringView text)
{
    // 2026-11-02T08:15:00
    // 0123456789012345678
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 ||
        hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
        return std::nullopt; // 60: a leap second, which counts as the first second of the next minute
    if (!isChar(text, 4, '-') || !isChar(text, 7, '-') || !isChar(text, 13, ':') || !isChar(text, 16, ':') ||
        !(isChar(text, 10, 'T') || isChar(text, 10, 't')))
        return std::nullopt;

    qsizetype at = 19;
    qint64 micros = 0;
    if (isChar(text, at, '.')) {
        ++at;
        int digits = 0;
        while (at < text.size() && text[at].unicode() >= '0' && text[at].unicode() <= '9') {
            if (digits < 6)
                micros = micros * 10 + (text[at].unicode() - '0');
            ++digits;
            ++at;
        }
        if (digits == 0 || digits > 9)
            return std::nullopt;
        for (int i = digits; i < 6; ++i)
            micros *= 10;
    }

    qint64 offsetSeconds = 0;
    if (isChar(text, at, 'Z') || isChar(text, at, 'z')) {
        ++at;
    } else if (isChar(text, at, '+') || isChar(text, at, '-')) {
        const int sign = text[at].unicode() == '-' ? -1 : 1;
        const int offsetHours = digitsAt(text, at + 1, 2);
        const int offsetMinutes = digitsAt(text, at + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 ||
            !isChar(text, at + 3, ':'))
            return std::nullopt;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;

    const qint64 seconds =
        daysFromCivil(year, month, day) * 86'400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return Timestamp::fromMicros(seconds * 1'000'000 + micros);
}

} // namespace ct::cloudevents
