#include "retrytiming.h"

#include <QLocale>

#include <algorithm>

namespace ct::positionapi {

std::optional<qint64> retryAfterMs(const QByteArray& header, const QDateTime& now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min(seconds, kMaxRetryAfterMs / 1000) * 1000);
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return std::clamp(now.msecsTo(at), qint64(0), kMaxRetryAfterMs);
}

qint64 backoffMs(int attempt, double unit)
{
    const qint64 ceiling = std::min(kMaxBackoffMs, qint64(250) << std::clamp(attempt - 1, 0, 20));
    return ceiling / 2 + qint64(unit * double(ceiling / 2));
}

} // namespace ct::positionapi
