#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace ct {

// A point in time, UTC, in integer microseconds since the epoch. QDateTime holds only milliseconds,
// so it is used for display and parsing, never for storage.
class Timestamp {
public:
    constexpr Timestamp() = default;
    static constexpr Timestamp fromMicros(qint64 us) { return Timestamp(us); }
    static constexpr Timestamp fromSeconds(qint64 s) { return Timestamp(s * 1'000'000); }
    static Timestamp fromDateTime(const QDateTime& dt);
    static Timestamp now();
    // Accepts ISO 8601 with a zone designator ("Z" or an offset) and up to six fractional digits.
    static std::optional<Timestamp> fromIso(const QString& text);

    constexpr qint64 micros() const { return m_us; }
    constexpr bool isNull() const { return m_us == 0; }
    // Always six fractional digits and "Z": 2026-11-02T00:00:00.000000Z
    QString toIso() const;
    QDateTime toDateTime() const;
    // Days since 1970-01-01 (floor), the partition key on PostgreSQL.
    constexpr qint64 epochDay() const
    {
        constexpr qint64 day = 86'400'000'000LL;
        return m_us >= 0 ? m_us / day : -((-m_us + day - 1) / day);
    }

    constexpr Timestamp plusMicros(qint64 us) const { return Timestamp(m_us + us); }
    constexpr Timestamp plusSeconds(double s) const { return Timestamp(m_us + qint64(s * 1e6)); }
    friend constexpr auto operator<=>(Timestamp a, Timestamp b) = default;

private:
    constexpr explicit Timestamp(qint64 us) : m_us(us) {}
    qint64 m_us = 0;
};

} // namespace ct
