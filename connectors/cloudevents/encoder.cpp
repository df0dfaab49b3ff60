// What `ctower demo --emit` sends: the inverse of the decoders, so that decoding what was encoded
// gives back the event, all but its recordedAt, which becomes the time of receipt.
#include "cloudevents.h"

#include "eventmapper.h"
#include "jsontext.h"
#include "mediatype.h"
#include "percentencoding.h"

#include "controltower/v1/event_batch.pb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace ct::cloudevents {
namespace {

using Attributes = QList<QPair<QStringView, QString>>;
using Extensions = QList<QPair<QString, QJsonValue>>;

const QLatin1String kTraceparent("traceparent");

// The string attributes with a field of their own; empty optional ones are left out.
Attributes ownAttributes(const Event& e)
{
    Attributes out{
        {u"id", e.id},
        {u"source", e.source},
        {u"type", e.type},
        // Six fractional digits: the decoder keeps microseconds, so nothing is lost either way.
        {u"time", e.occurredAt.toIso()},
        {u"status", eventStatusName(e.status)},
    };
    const std::pair<QStringView, const QString*> optional[] = {
        {u"subject", &e.subject},
        {u"correlationid", &e.correlationId},
        {u"causationid", &e.causationId},
        {u"flow", &e.flow},
        {u"stage", &e.stage},
        {u"node", &e.node},
        {u"sku", &e.sku},
        {u"currency", &e.currency},
    };
    for (const auto& [name, value] : optional) {
        if (!value->isEmpty())
            out.append({name, *value});
    }
    return out;
}

// The members of Event::attributes that travel as extension attributes: all but time_source (the
// decoder's own note; the time itself travels) and names that have a field of their own
// (traceparent aside), which would clash with it.
Extensions extensionsOf(const Event& e)
{
    if (e.attributes.isEmpty())
        return {};
    const QJsonObject object = QJsonDocument::fromJson(e.attributes).object();
    Extensions out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = it.key();
        if (name == kTimeSourceKey || (hasOwnField(name) && name != kTraceparent))
            continue;
        out.append({name, it.value()});
    }
    return out;
}

// An extension value where only text fits (a header, a protobuf map): a string as itself, anything
// else as JSON writes it.
QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QVariant number = value.toVariant();
    if (number.typeId() == QMetaType::LongLong)
        return QString::number(number.toLongLong());
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

QByteArray structuredEvent(const Event& e)
{
    QJsonObject object;
    object.insert(QLatin1String("specversion"), QStringLiteral("1.0"));
    for (const auto& [name, value] : ownAttributes(e))
        object.insert(name, value);
    if (!e.contentType.isEmpty())
        object.insert(QLatin1String("datacontenttype"), e.contentType);
    if (e.quantity)
        object.insert(QLatin1String("quantity"), QJsonValue(*e.quantity));
    if (e.amountMinor)
        object.insert(QLatin1String("amount"), QJsonValue(*e.amountMinor));
    // An attribute value is a scalar; a structure someone stored goes as its JSON text.
    for (const auto& [name, value] : extensionsOf(e))
        object.insert(name, value.isObject() || value.isArray() ? QJsonValue(scalarText(value)) : value);
    // JSON data goes in as written (QJsonDocument would re-spell it); the decoder keeps it that way.
    const bool dataAsJson =
        !e.payload.isEmpty() && isJsonMediaType(e.contentType) && isCompactJsonValue(e.payload);
    if (!e.payload.isEmpty() && !dataAsJson)
        object.insert(QLatin1String("data_base64"), QString::fromLatin1(e.payload.toBase64()));
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (dataAsJson) {
        json.chop(1); // the closing brace
        json += QByteArrayLiteral(",\"data\":") + e.payload + '}';
    }
    return json;
}

// "ce-" and an attribute name, which is ASCII.
QByteArray headerName(QStringView attribute)
{
    QByteArray name("ce-");
    name.append(attribute.toLatin1());
    return name;
}

Outgoing binaryRequest(const Event& e)
{
    Outgoing out;
    out.contentType = e.contentType.toUtf8();
    out.body = e.payload;
    const auto add = [&out](QStringView name, const QString& value) {
        out.headers.append({headerName(name), percentEncode(value.toUtf8())});
    };
    add(u"specversion", QStringLiteral("1.0"));
    for (const auto& [name, value] : ownAttributes(e))
        add(name, value);
    if (e.quantity)
        add(u"quantity", QString::number(*e.quantity));
    if (e.amountMinor)
        add(u"amount", QString::number(*e.amountMinor));
    for (const auto& [name, value] : extensionsOf(e)) {
        // W3C Trace Context has its own header, which is never percent-encoded.
        if (name == kTraceparent)
            out.headers.append(
                {QByteArray(kTraceparent.data(), kTraceparent.size()), value.toString().toUtf8()});
        else
            out.headers.append({headerName(name), percentEncode(scalarText(value).toUtf8())});
    }
    return out;
}

controltower::v1::Event_Status protobufStatus(EventStatus status)
{
    switch (status) {
    case EventStatus::Ok:
        return controltower::v1::Event_Status_STATUS_OK;
    case EventStatus::Failed:
        return controltower::v1::Event_Status_STATUS_FAILED;
    case EventStatus::Retrying:
        return controltower::v1::Event_Status_STATUS_RETRYING;
    case EventStatus::Skipped:
        return controltower::v1::Event_Status_STATUS_SKIPPED;
    }
    return controltower::v1::Event_Status_STATUS_OK;
}

void toProtobuf(const Event& e, controltower::v1::Event* out)
{
    out->set_id(e.id.toStdString());
    out->set_source(e.source.toStdString());
    out->set_type(e.type.toStdString());
    out->set_correlation_id(e.correlationId.toStdString());
    out->set_causation_id(e.causationId.toStdString());
    out->set_flow(e.flow.toStdString());
    out->set_stage(e.stage.toStdString());
    out->set_node(e.node.toStdString());
    out->set_subject(e.subject.toStdString());
    out->set_status(protobufStatus(e.status));
    out->set_occurred_at_us(e.occurredAt.micros());
    out->set_recorded_at_us(e.recordedAt.micros());
    out->set_sku(e.sku.toStdString());
    if (e.quantity)
        out->set_quantity(*e.quantity);
    if (e.amountMinor)
        out->set_amount_minor(*e.amountMinor);
    out->set_currency(e.currency.toStdString());
    out->set_content_type(e.contentType.toStdString());
    out->set_payload(e.payload.constData(), std::size_t(e.payload.size()));
    auto& attributes = *out->mutable_attributes();
    for (const auto& [name, value] : extensionsOf(e))
        attributes[name.toStdString()] = scalarText(value).toStdString();
}

} // namespace

QList<Outgoing> encode(Mode mode, const QList<Event>& events)
{
    // Nothing to send is no request, in every mode.
    if (events.isEmpty())
        return {};
    QList<Outgoing> out;
    switch (mode) {
    case Mode::Binary:
        out.reserve(events.size());
        for (const Event& e : events)
            out.append(binaryRequest(e));
        break;
    case Mode::Structured:
        out.reserve(events.size());
        for (const Event& e : events)
            out.append(Outgoing{QByteArrayLiteral("application/cloudevents+json"), {}, structuredEvent(e)});
        break;
    case Mode::Batch: {
        QByteArray body = QByteArrayLiteral("[");
        for (const Event& e : events) {
            if (body.size() > 1)
                body += ',';
            body += structuredEvent(e);
        }
        body += ']';
        out.append(Outgoing{QByteArrayLiteral("application/cloudevents-batch+json"), {}, body});
        break;
    }
    case Mode::Protobuf: {
        controltower::v1::EventBatch batch;
        batch.mutable_events()->Reserve(int(events.size()));
        for (const Event& e : events)
            toProtobuf(e, batch.add_events());
        const std::string body = batch.SerializeAsString();
        out.append(Outgoing{QByteArrayLiteral("application/x-protobuf"),
                            {},
                            QByteArray(body.data(), qsizetype(body.size()))});
        break;
    }
    }
    return out;
}

} // namespace ct::cloudevents
