#include "deathhistory.h"

#include "personaldatamask.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct {

QList<DeathRecord> deathHistoryOf(const QByteArray& headersJson)
{
    QList<DeathRecord> out;
    const QJsonObject headers = QJsonDocument::fromJson(headersJson).object();
    for (const QJsonValue& v : headers.value(QLatin1String("x-death")).toArray()) {
        const QJsonObject entry = v.toObject();
        DeathRecord d;
        d.queue = entry.value(QLatin1String("queue")).toString();
        d.reason = entry.value(QLatin1String("reason")).toString();
        if (d.queue.isEmpty() || d.reason.isEmpty())
            continue;
        d.exchange = entry.value(QLatin1String("exchange")).toString();
        for (const QJsonValue& key : entry.value(QLatin1String("routing-keys")).toArray())
            d.routingKeys << key.toString();
        d.count = qMax<qint64>(1, entry.value(QLatin1String("count")).toInteger(1));
        const QJsonValue time = entry.value(QLatin1String("time"));
        if (time.isDouble()) {
            d.time = Timestamp::fromSeconds(time.toInteger());
        } else if (time.isString()) {
            const QDateTime parsed = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
            if (parsed.isValid())
                d.time = Timestamp::fromMicros(parsed.toMSecsSinceEpoch() * 1000);
        }
        out.append(d);
    }
    return out;
}

QString maskedHeadersText(const QByteArray& headersJson, int* masked)
{
    if (masked)
        *masked = 0;
    const QJsonDocument doc = QJsonDocument::fromJson(headersJson);
    if (!doc.isObject())
        return QString::fromUtf8(headersJson);
    const PersonalDataMask::Result result = PersonalDataMask::standard().apply(doc.object());
    if (masked)
        *masked = result.masked;
    return QString::fromUtf8(QJsonDocument(result.tree.toObject()).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace ct
