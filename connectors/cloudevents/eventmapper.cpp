#include "eventmapper.h"

#include "attributetext.h"
#include "rfc3339.h"
#include "traceparent.h"

#include <QJsonDocument>

#include <cmath>

namespace ct::cloudevents {

enum class AttributeKind : quint8 {
    SpecVersion,
    Id,
    Source,
    Type,
    Subject,
    DataContentType,
    Time,
    CorrelationId,
    CausationId,
    Flow,
    Stage,
    Node,
    Status,
    Sku,
    Quantity,
    Amount,
    Currency,
    Traceparent,
    Data,
    Extension, // last: every kind before it has a bit in EventMapper::m_seen
};

namespace {

using Kind = AttributeKind;

struct Attribute {
    QLatin1String name;
    Kind kind;
    QLatin1String protobufField; // its field in controltower.v1.Event
};

// The attributes with a place of their own; every other name is an extension.
constexpr Attribute kAttributes[] = {
    {QLatin1String("specversion"), Kind::SpecVersion, QLatin1String("specversion")},
    {QLatin1String("id"), Kind::Id, QLatin1String("id")},
    {QLatin1String("source"), Kind::Source, QLatin1String("source")},
    {QLatin1String("type"), Kind::Type, QLatin1String("type")},
    {QLatin1String("subject"), Kind::Subject, QLatin1String("subject")},
    {QLatin1String("datacontenttype"), Kind::DataContentType, QLatin1String("content_type")},
    {QLatin1String("time"), Kind::Time, QLatin1String("occurred_at_us")},
    {QLatin1String("correlationid"), Kind::CorrelationId, QLatin1String("correlation_id")},
    {QLatin1String("causationid"), Kind::CausationId, QLatin1String("causation_id")},
    {QLatin1String("flow"), Kind::Flow, QLatin1String("flow")},
    {QLatin1String("stage"), Kind::Stage, QLatin1String("stage")},
    {QLatin1String("node"), Kind::Node, QLatin1String("node")},
    {QLatin1String("status"), Kind::Status, QLatin1String("status")},
    {QLatin1String("sku"), Kind::Sku, QLatin1String("sku")},
    {QLatin1String("quantity"), Kind::Quantity, QLatin1String("quantity")},
    {QLatin1String("amount"), Kind::Amount, QLatin1String("amount_minor")},
    {QLatin1String("currency"), Kind::Currency, QLatin1String("currency")},
    {QLatin1String("traceparent"), Kind::Traceparent, QLatin1String("traceparent")},
    {QLatin1String("data"), Kind::Data, QLatin1String("payload")},
    {QLatin1String("data_base64"), Kind::Data, QLatin1String("payload")},
};

const Attribute* attributeOf(QStringView name)
{
    // Every attribute is looked up for every event: compare the full name only where size and first
    // letter already match.
    if (name.isEmpty())
        return nullptr;
    const char16_t first = name.front().unicode();
    for (const Attribute& a : kAttributes) {
        if (a.name.size() == name.size() && a.name.front().unicode() == first && name == a.name)
            return &a;
    }
    return nullptr;
}

Kind kindOf(QStringView name)
{
    const Attribute* a = attributeOf(name);
    return a ? a->kind : Kind::Extension;
}

bool isIntegerKind(Kind kind)
{
    return kind == Kind::Quantity || kind == Kind::Amount;
}

// A decimal integer as CloudEvents and JSON write one: an optional minus sign and ASCII digits.
std::optional<qint64> parseDecimalInteger(QStringView text, bool* outOfRange)
{
    *outOfRange = false;
    const qsizetype first = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (text.size() == first)
        return std::nullopt;
    for (qsizetype i = first; i < text.size(); ++i) {
        if (text[i].unicode() < '0' || text[i].unicode() > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        *outOfRange = true; // the form is right, so only the range can be wrong
        return std::nullopt;
    }
    return value;
}

} // namespace

bool hasOwnField(QStringView name)
{
    return attributeOf(name) != nullptr;
}

EventMapper::EventMapper(FieldNames names, int index)
    : m_names(names)
    , m_index(index)
{
}

QString EventMapper::fieldOf(QStringView name) const
{
    // An extension's name is the sender's; keep it short enough to quote.
    const QStringView shown = name.left(kMaxAttributeNameLength);
    switch (m_names) {
    case FieldNames::Attributes:
        return shown.toString();
    case FieldNames::Headers:
        if (name == QLatin1String("datacontenttype"))
            return QStringLiteral("content-type");
        if (name == QLatin1String("traceparent"))
            return QStringLiteral("traceparent");
        return QStringLiteral("ce-") + shown;
    case FieldNames::Protobuf:
        if (const Attribute* a = attributeOf(name))
            return a->protobufField;
        return QStringLiteral("attributes");
    }
    return shown.toString();
}

bool EventMapper::fail(const QString& field, const QString& message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = DecodeError{field, m_index, message};
    }
    return false;
}

bool EventMapper::markSeen(QStringView name, Kind kind)
{
    const quint32 bit = 1u << quint32(kind);
    if (m_seen & bit) {
        const QString field = fieldOf(name);
        return fail(field, field + QStringLiteral(" is given twice"));
    }
    m_seen |= bit;
    return true;
}

bool EventMapper::wrongType(QStringView name, Kind kind, QLatin1String what)
{
    const QString field = fieldOf(name);
    if (kind == Kind::Extension)
        return fail(field, field + QStringLiteral(" is ") + what +
                               QStringLiteral("; attribute values are strings, numbers or booleans"));
    const QLatin1String expected =
        isIntegerKind(kind) ? QLatin1String("an integer") : QLatin1String("a string");
    return fail(field, field + QStringLiteral(" must be ") + expected + QStringLiteral(", not ") + what);
}

bool EventMapper::checkedText(QStringView name, const QString& value)
{
    if (const auto problem = stringValueProblem(value)) {
        // In a protobuf attributes map the field alone does not say which entry.
        const QString label = m_names == FieldNames::Protobuf && kindOf(name) == Kind::Extension
                                  ? QStringLiteral("the attribute ") + quotedForMessage(name)
                                  : fieldOf(name);
        return fail(fieldOf(name), label + QLatin1Char(' ') + *problem);
    }
    return true;
}

bool EventMapper::textField(QStringView name, QString* field, const QString& value)
{
    if (!checkedText(name, value))
        return false;
    *field = value;
    return true;
}

bool EventMapper::extensionName(QStringView name)
{
    if (isValidAttributeName(name))
        return true;
    const QString field = fieldOf(name);
    if (name.isEmpty())
        return fail(field, QStringLiteral("an attribute has an empty name"));
    return fail(field, QStringLiteral("the attribute name ") + quotedForMessage(name) +
                           QStringLiteral(" is not lower-case letters and digits (at most %1 of them)")
                               .arg(kMaxAttributeNameLength));
}

bool EventMapper::extension(QStringView name, QJsonValue value)
{
    if (!extensionName(name))
        return false;
    const QString key = name.toString();
    if (m_extensions.contains(key)) {
        const QString field = fieldOf(name);
        return fail(field, field + QStringLiteral(" is given twice"));
    }
    if (m_extensionCount == kMaxExtensionAttributes)
        return fail(
            fieldOf(name),
            QStringLiteral("the event has more than %1 extension attributes").arg(kMaxExtensionAttributes));
    ++m_extensionCount;
    m_extensions.insert(key, value);
    return true;
}

void EventMapper::setInteger(AttributeKind kind, qint64 value)
{
    (kind == Kind::Quantity ? m_event.quantity : m_event.amountMinor) = value;
}

bool EventMapper::text(QStringView name, const QString& value)
{
    if (m_failed)
        return false;
    const Kind kind = kindOf(name);
    if (kind == Kind::Extension)
        return extensionName(name) && checkedText(name, value) && extension(name, value);
    if (!markSeen(name, kind))
        return false;
    // The field's name only when there is an error to report: most events have none.
    const auto refuse = [&](const auto& problem) {
        const QString field = fieldOf(name);
        return fail(field, field + problem);
    };
    switch (kind) {
    case Kind::SpecVersion:
        m_specVersionSeen = true;
        if (value != QLatin1String("1.0"))
            return refuse(QStringLiteral(" is ") + quotedForMessage(value) +
                          QStringLiteral(", but only CloudEvents 1.0 is accepted"));
        return true;
    case Kind::Id:
        return textField(name, &m_event.id, value);
    case Kind::Source:
        return textField(name, &m_event.source, value);
    case Kind::Type:
        return textField(name, &m_event.type, value);
    case Kind::Subject:
        return textField(name, &m_event.subject, value);
    case Kind::DataContentType:
        return textField(name, &m_event.contentType, value);
    case Kind::CorrelationId:
        return textField(name, &m_event.correlationId, value);
    case Kind::CausationId:
        return textField(name, &m_event.causationId, value);
    case Kind::Flow:
        return textField(name, &m_event.flow, value);
    case Kind::Stage:
        return textField(name, &m_event.stage, value);
    case Kind::Node:
        return textField(name, &m_event.node, value);
    case Kind::Sku:
        return textField(name, &m_event.sku, value);
    case Kind::Currency:
        return textField(name, &m_event.currency, value);
    case Kind::Time: {
        if (!checkedText(name, value))
            return false;
        const auto time = parseRfc3339(value);
        if (!time)
            return refuse(
                QStringLiteral(" is not an RFC 3339 timestamp such as 2026-11-02T08:15:00.123456Z"));
        setTime(*time);
        return true;
    }
    case Kind::Status: {
        const auto status = eventStatusFromName(value);
        if (!status)
            return refuse(QStringLiteral(" is ") + quotedForMessage(value) +
                          QStringLiteral(", not one of ok, failed, retrying or skipped"));
        m_event.status = *status;
        return true;
    }
    case Kind::Quantity:
    case Kind::Amount: {
        bool outOfRange = false;
        const auto parsed = parseDecimalInteger(value, &outOfRange);
        if (!parsed)
            return refuse(outOfRange ? QStringLiteral(" is out of range for a 64-bit integer")
                                     : QString(QStringLiteral(" is ") + quotedForMessage(value) +
                                               QStringLiteral(", which is not a decimal integer")));
        setInteger(kind, *parsed);
        return true;
    }
    case Kind::Traceparent: {
        if (!checkedText(name, value))
            return false;
        m_traceId = traceIdOf(value);
        if (!m_traceId)
            return refuse(QStringLiteral(" is not a W3C trace context of the form "
                                         "00-<32 hex digits>-<16 hex digits>-<2 hex digits> "
                                         "(lower case, ids not all zero)"));
        m_extensions.insert(QStringLiteral("traceparent"), value);
        return true;
    }
    case Kind::Data:
        return refuse(m_names == FieldNames::Headers
                          ? QStringLiteral(" is not an attribute: in binary mode the body is the data")
                          : QStringLiteral(" is not an attribute"));
    case Kind::Extension:
        break;
    }
    return true;
}

bool EventMapper::integer(QStringView name, qint64 value)
{
    if (m_failed)
        return false;
    const Kind kind = kindOf(name);
    if (kind == Kind::Extension)
        return extension(name, QJsonValue(value));
    if (!isIntegerKind(kind))
        return wrongType(name, kind, QLatin1String("a number"));
    if (!markSeen(name, kind))
        return false;
    setInteger(kind, value);
    return true;
}

bool EventMapper::number(QStringView name, double value)
{
    if (m_failed)
        return false;
    const Kind kind = kindOf(name);
    if (kind == Kind::Extension)
        return extension(name, QJsonValue(value));
    if (!isIntegerKind(kind))
        return wrongType(name, kind, QLatin1String("a number"));
    const QString field = fieldOf(name);
    // Whole numbers the JSON parser did not keep as integers are beyond 64 bits.
    if (std::trunc(value) == value)
        return fail(field, field + QStringLiteral(" is out of range for a 64-bit integer"));
    return fail(field, field + QStringLiteral(" is ") + QString::number(value) +
                           QStringLiteral(", which is not a whole number"));
}

bool EventMapper::boolean(QStringView name, bool value)
{
    if (m_failed)
        return false;
    const Kind kind = kindOf(name);
    if (kind == Kind::Extension)
        return extension(name, QJsonValue(value));
    return wrongType(name, kind, QLatin1String("a boolean"));
}

bool EventMapper::structure(QStringView name, QLatin1String what)
{
    if (m_failed)
        return false;
    const Kind kind = kindOf(name);
    if (kind == Kind::Extension && !extensionName(name))
        return false;
    return wrongType(name, kind, what);
}

bool EventMapper::freeAttribute(const QString& name, const QString& value)
{
    if (m_failed)
        return false;
    const Kind kind = kindOf(name);
    if (kind != Kind::Extension && kind != Kind::Traceparent) {
        const QString field = fieldOf(QStringLiteral("attributes"));
        return fail(field, field + QStringLiteral(" holds ") + quotedForMessage(name) +
                               QStringLiteral(", which the event carries in a field of its own"));
    }
    return text(name, value);
}

void EventMapper::setTime(Timestamp time)
{
    m_event.occurredAt = time;
    m_timeSeen = true;
}

void EventMapper::setStatus(EventStatus status)
{
    m_event.status = status;
}

std::optional<Event> EventMapper::finish(Timestamp receivedAt)
{
    if (m_failed)
        return std::nullopt;
    if (!m_specVersionSeen) {
        const QString field = fieldOf(u"specversion");
        fail(field, field + QStringLiteral(" is missing"));
        return std::nullopt;
    }
    const std::pair<QStringView, const QString*> required[] = {
        {u"id", &m_event.id},
        {u"source", &m_event.source},
        {u"type", &m_event.type},
    };
    for (const auto& [name, value] : required) {
        if (value->isEmpty()) {
            const QString field = fieldOf(name);
            fail(field, field + (m_seen & (1u << quint32(kindOf(name))) ? QStringLiteral(" is empty")
                                                                        : QStringLiteral(" is missing")));
            return std::nullopt;
        }
    }
    if (!m_timeSeen) {
        m_event.occurredAt = receivedAt;
        m_extensions.insert(kTimeSourceKey, QStringLiteral("received"));
    }
    // No correlation id and no trace: the event is a transaction of one hop.
    if (m_event.correlationId.isEmpty())
        m_event.correlationId = m_traceId ? *m_traceId : m_event.id;
    m_event.recordedAt = receivedAt;
    if (!m_extensions.isEmpty())
        m_event.attributes = QJsonDocument(m_extensions).toJson(QJsonDocument::Compact);
    return std::move(m_event);
}

} // namespace ct::cloudevents
