#include "failedmessagedocument.h"

#include "deathhistory.h"
#include "decodedpayload.h"
#include "personaldatamask.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ct {
namespace {

QJsonValue headersOf(const FailedMessage& m, bool unmasked)
{
    const QJsonDocument doc = QJsonDocument::fromJson(m.headers);
    if (!doc.isObject())
        return unmasked ? QJsonValue(QString::fromUtf8(m.headers)) : QJsonValue();
    return unmasked ? QJsonValue(doc.object()) : PersonalDataMask::standard().apply(doc.object()).tree;
}

QJsonObject payloadOf(const FailedMessage& m, bool unmasked, const PayloadDecoder* decoder)
{
    const DecodedPayload decoded = decodePayload(m.payload, m.contentType, decoder);
    QJsonObject out{{QStringLiteral("size"), decoded.size}, {QStringLiteral("content_type"), m.contentType}};
    if (decoded.hasFields()) {
        out.insert(QStringLiteral("fields"), unmasked ? decoded.tree : PersonalDataMask::standard().apply(decoded.tree).tree);
        if (!decoded.typeName.isEmpty())
            out.insert(QStringLiteral("type"), decoded.typeName);
    } else if (unmasked) {
        out.insert(QStringLiteral("text"), decoded.text);
    } else if (decoded.kind != DecodedPayload::Kind::Empty) {
        out.insert(QStringLiteral("withheld"), QStringLiteral("it has no fields to mask; unmask to see it"));
    }
    if (unmasked)
        out.insert(QStringLiteral("body_base64"), QString::fromLatin1(m.payload.toBase64()));
    return out;
}

} // namespace

QJsonObject failedMessageDocument(const FailedMessage& m, bool unmasked, const PayloadDecoder* decoder)
{
    QJsonArray deaths;
    for (const DeathRecord& d : deathHistoryOf(m.headers)) {
        deaths.append(QJsonObject{
            {QStringLiteral("queue"), d.queue},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("count"), d.count},
            {QStringLiteral("time"), d.time ? QJsonValue(d.time->toIso()) : QJsonValue()},
            {QStringLiteral("exchange"), d.exchange},
            {QStringLiteral("routing_keys"), QJsonArray::fromStringList(d.routingKeys)},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), m.key},
        {QStringLiteral("message_id"), m.messageId},
        {QStringLiteral("correlation_id"), m.correlationId},
        {QStringLiteral("event_id"), m.eventId},
        {QStringLiteral("source"), m.source},
        {QStringLiteral("flow"), m.flow},
        {QStringLiteral("stage"), m.stage},
        {QStringLiteral("queue"), m.queue},
        {QStringLiteral("origin_queue"), m.originQueue},
        {QStringLiteral("original_exchange"), m.originalExchange},
        {QStringLiteral("original_routing_key"), m.originalRoutingKey},
        {QStringLiteral("reason"), m.deathReason},
        {QStringLiteral("death_count"), m.deathCount},
        {QStringLiteral("first_failed_at"), m.firstDeathAt.toIso()},
        {QStringLiteral("last_failed_at"), m.lastDeathAt.toIso()},
        {QStringLiteral("error_class"), m.errorClass},
        {QStringLiteral("error"), m.errorText},
        {QStringLiteral("state"), failedMessageStateName(m.state)},
        {QStringLiteral("version"), m.version},
        {QStringLiteral("replay_count"), m.replayCount},
        {QStringLiteral("assignee"), m.assignee},
        {QStringLiteral("note"), m.note},
        {QStringLiteral("snoozed_until"), m.snoozedUntil > Timestamp::now() ? QJsonValue(m.snoozedUntil.toIso()) : QJsonValue()},
        {QStringLiteral("masked"), !unmasked},
        {QStringLiteral("headers"), headersOf(m, unmasked)},
        {QStringLiteral("death_history"), deaths},
        {QStringLiteral("payload"), payloadOf(m, unmasked, decoder)},
    };
}

} // namespace ct
