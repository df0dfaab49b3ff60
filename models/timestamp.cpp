#include "timestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace ct {

Timestamp Timestamp::fromDateTime(const QDateTime& dt)
{
    return Timestamp(dt.toMSecsSinceEpoch() * 1000);
}

Timestamp Timestamp::now()
{
    return fromDateTime(QDateTime::currentDateTimeUtc());
}

std::optional<Timestamp> Timestamp::fromIso(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString zone = m.captured(4);
    QString base = m.captured(1) + QLatin1Char('T') + m.captured(2);
    QDateTime dt = QDateTime::fromString(base, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    dt.setTimeZone(QTimeZone::utc());
    qint64 us = (dt.toSecsSinceEpoch() - offsetSeconds) * 1'000'000;
    QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        us += fraction.leftJustified(6, QLatin1Char('0')).left(6).toLongLong();
    return Timestamp(us);
}

QString Timestamp::toIso() const
{
    const qint64 secs = m_us >= 0 ? m_us / 1'000'000 : -((-m_us + 999'999) / 1'000'000);
    const qint64 frac = m_us - secs * 1'000'000;
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) % QLatin1Char('.')
        % QString::number(frac).rightJustified(6, QLatin1Char('0')) % QLatin1Char('Z');
}

QDateTime Timestamp::toDateTime() const
{
    return QDateTime::fromMSecsSinceEpoch(m_us / 1000, QTimeZone::utc());
}

} // namespace ct
