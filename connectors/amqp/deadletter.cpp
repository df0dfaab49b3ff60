#include "deadletter.h"

#include "cloudevents/traceparent.h"
#include "failureclassifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ct::amqp {
namespace {

// Header text arrives as a long string (bytes, UTF-8 by convention) or, from other clients, as text.
QString text(const QVariant& v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(v.toByteArray());
    if (v.typeId() == QMetaType::QDateTime)
        return Timestamp::fromDateTime(v.toDateTime()).toIso();
    return v.toString();
}

std::optional<qint64> integer(const QVariant& v)
{
    bool ok = false;
    const qint64 n = v.typeId() == QMetaType::QByteArray || v.typeId() == QMetaType::QString
                         ? text(v).trimmed().toLongLong(&ok)
                         : v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<Timestamp> time(const QVariant& v)
{
    if (v.typeId() != QMetaType::QDateTime || !v.toDateTime().isValid())
        return std::nullopt;
    return Timestamp::fromDateTime(v.toDateTime());
}

// A CloudEvents attribute carried as an AMQP application property (the AMQP binding's `cloudEvents:`
// prefix, or the `cloudEvents_` prefix of JMS-friendly producers).
QString attribute(const QVariantMap& headers, QLatin1String name)
{
    for (const char* prefix : {"cloudEvents:", "cloudEvents_"}) {
        const auto it = headers.constFind(QLatin1String(prefix) + name);
        if (it != headers.cend())
            return text(*it).trimmed();
    }
    return {};
}

QString header(const QVariantMap& headers, const char* name)
{
    const auto it = headers.constFind(QLatin1String(name));
    return it == headers.cend() ? QString() : text(*it).trimmed();
}

// Header values in JSON: text as text, AMQP timestamps as RFC 3339, bytes that are not UTF-8 in
// base64 under a marker, tables and arrays as objects and arrays.
QJsonValue toJson(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::QVariantMap: {
        QJsonObject o;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), toJson(it.value()));
        return o;
    }
    case QMetaType::QVariantList: {
        QJsonArray a;
        for (const QVariant& element : v.toList())
            a.append(toJson(element));
        return a;
    }
    case QMetaType::QDateTime:
        return text(v);
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        if (const QString s = QString::fromUtf8(bytes); s.toUtf8() == bytes)
            return s;
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}};
    }
    default:
        return QJsonValue::fromVariant(v);
    }
}

// Stands in for a missing message id: the body and what the producer set, not what the broker added
// on the way (deaths and delivery counts change; the message does not).
QString digestOf(const Delivery& d)
{
    QVariantMap own = d.headers;
    for (auto it = own.begin(); it != own.end();) {
        if (it.key().startsWith(QLatin1String("x-death")) || it.key().startsWith(QLatin1String("x-first-death-"))
            || it.key().startsWith(QLatin1String("x-last-death-")) || it.key() == QLatin1String("x-delivery-count"))
            it = own.erase(it);
        else
            ++it;
    }
    QJsonObject properties{{QStringLiteral("content_type"), d.contentType},
                           {QStringLiteral("correlation_id"), d.correlationId},
                           {QStringLiteral("type"), d.type},
                           {QStringLiteral("app_id"), d.appId},
                           {QStringLiteral("timestamp"), d.timestamp ? d.timestamp->toIso() : QString()},
                           {QStringLiteral("headers"), toJson(own)}};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(d.body);
    hash.addData(QJsonDocument(properties).toJson(QJsonDocument::Compact));
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex());
}

QString deathSentence(const Death& newest, qint64 total)
{
    const QString times = total > 1 ? QStringLiteral(" (%1 deaths in all)").arg(total) : QString();
    if (newest.reason == QLatin1String("expired"))
        return QStringLiteral("expired in %1 before a consumer took it").arg(newest.queue) + times;
    if (newest.reason == QLatin1String("maxlen"))
        return QStringLiteral("dropped from %1 at its length limit").arg(newest.queue) + times;
    if (newest.reason == QLatin1String("delivery_limit"))
        return QStringLiteral("delivered too often from %1 (its delivery limit)").arg(newest.queue) + times;
    return QStringLiteral("rejected by the consumer of %1, no reason given").arg(newest.queue) + times;
}

} // namespace

QList<Death> deathsOf(const QVariantMap& headers)
{
    QList<Death> deaths;
    for (const QVariant& entry : headers.value(QStringLiteral("x-death")).toList()) {
        if (entry.typeId() != QMetaType::QVariantMap)
            continue;
        const QVariantMap e = entry.toMap();
        Death d;
        d.queue = text(e.value(QStringLiteral("queue")));
        d.reason = text(e.value(QStringLiteral("reason")));
        if (d.queue.isEmpty() || d.reason.isEmpty())
            continue;
        d.exchange = text(e.value(QStringLiteral("exchange")));
        for (const QVariant& key : e.value(QStringLiteral("routing-keys")).toList())
            d.routingKeys << text(key);
        d.count = qMax<qint64>(1, integer(e.value(QStringLiteral("count"))).value_or(1));
        d.time = time(e.value(QStringLiteral("time")));
        deaths.append(d);
    }
    return deaths;
}

FailedMessage failedMessageFrom(const Delivery& d, Timestamp receivedAt)
{
    const QVariantMap& h = d.headers;
    FailedMessage m;
    m.broker = QStringLiteral("rabbitmq");
    m.queue = d.queue;
    m.messageId = d.messageId;
    m.contentType = d.contentType;
    m.payload = d.body;
    m.headers = QJsonDocument(toJson(h).toObject()).toJson(QJsonDocument::Compact);

    const QList<Death> deaths = deathsOf(h);
    std::optional<Timestamp> first;
    std::optional<Timestamp> last;
    m.deathCount = 0;
    for (const Death& death : deaths) {
        m.deathCount += death.count;
        if (death.time) {
            first = first ? std::min(*first, *death.time) : *death.time;
            last = last ? std::max(*last, *death.time) : *death.time;
        }
    }
    const Timestamp fallback = d.timestamp.value_or(receivedAt);
    m.firstDeathAt = first.value_or(fallback);
    m.lastDeathAt = last.value_or(fallback);
    m.deathCount = qMax<qint64>(1, m.deathCount);
    m.deathReason = deaths.isEmpty() ? QStringLiteral("rejected") : deaths.first().reason;

    // The origin: the first work queue it died in, unless the consumer said where it came from.
    if (!deaths.isEmpty()) {
        const Death& oldest = deaths.constLast();
        m.originQueue = header(h, "x-first-death-queue");
        if (m.originQueue.isEmpty())
            m.originQueue = oldest.queue;
        m.originalExchange = h.contains(QStringLiteral("x-first-death-exchange"))
                                 ? header(h, "x-first-death-exchange")
                                 : oldest.exchange;
        m.originalRoutingKey = oldest.routingKeys.value(0);
    }
    if (h.contains(QStringLiteral("x-original-exchange")) || h.contains(QStringLiteral("x-original-routingKey"))) {
        m.originalExchange = header(h, "x-original-exchange");
        m.originalRoutingKey = header(h, "x-original-routingKey");
        // Republished by the consumer from a queue bound to the default exchange: the key is that queue.
        if (m.originQueue.isEmpty() && m.originalExchange.isEmpty())
            m.originQueue = m.originalRoutingKey;
    }

    m.errorText = header(h, "x-error-message");
    if (m.errorText.isEmpty())
        m.errorText = header(h, "x-exception-message");
    const QString named = header(h, "x-error-class");
    // How it first died in its work queue says more than how it left a retry queue (always "expired").
    QString firstReason = header(h, "x-first-death-reason");
    if (firstReason.isEmpty())
        firstReason = deaths.isEmpty() ? m.deathReason : deaths.constLast().reason;
    m.errorClass = errorClassNames().contains(named) ? named : classifyFailure(firstReason, m.errorText);
    if (m.errorText.isEmpty())
        m.errorText = deaths.isEmpty() ? QStringLiteral("republished to %1 by its consumer, no reason given").arg(d.queue)
                                       : deathSentence(deaths.first(), m.deathCount);

    m.correlationId = d.correlationId.trimmed();
    if (m.correlationId.isEmpty())
        m.correlationId = attribute(h, QLatin1String("correlationid"));
    if (m.correlationId.isEmpty()) {
        QString traceparent = header(h, "traceparent");
        if (traceparent.isEmpty())
            traceparent = attribute(h, QLatin1String("traceparent"));
        m.correlationId = cloudevents::traceIdOf(traceparent).value_or(QString());
    }
    m.eventId = attribute(h, QLatin1String("id"));
    m.source = attribute(h, QLatin1String("source"));
    if (m.source.isEmpty())
        m.source = d.appId;
    m.flow = attribute(h, QLatin1String("flow"));
    m.stage = attribute(h, QLatin1String("stage"));
    m.sku = attribute(h, QLatin1String("sku"));
    m.node = attribute(h, QLatin1String("node"));
    m.currency = attribute(h, QLatin1String("currency"));
    for (const auto& [name, field] : {std::pair{QLatin1String("quantity"), &m.quantity},
                                      std::pair{QLatin1String("amount"), &m.amountMinor}}) {
        bool ok = false;
        const qint64 n = attribute(h, name).toLongLong(&ok);
        if (ok)
            *field = n;
    }
    m.replayCount = qMax<qint64>(0, integer(h.value(QStringLiteral("x-replay-count"))).value_or(0));
    if (m.messageId.isEmpty())
        m.dedupKey = QString::fromUtf8(QJsonDocument(QJsonArray{m.queue, digestOf(d), m.deathCount, m.replayCount})
                                           .toJson(QJsonDocument::Compact));
    return m;
}

} // namespace ct::amqp
