#pragma once

#include "cloudevents.h"

#include <QJsonObject>
#include <QLatin1String>

// The one mapping of CloudEvents attributes onto ct::Event (ARCHITECTURE.md §10), shared by every
// content mode: each mode reads its wire form and hands the attributes over by name; the mapper
// checks each value, puts it in its field, and derives what a missing attribute leaves open.
namespace ct::cloudevents {

// How an error names the part at fault: as the JSON member ("correlationid"), as the HTTP header
// ("ce-correlationid") or as the protobuf field ("correlation_id").
enum class FieldNames { Attributes, Headers, Protobuf };

// Whether an attribute has a place of its own in an event or a request (id, time, flow, data, ...)
// rather than being an extension kept in Event::attributes. traceparent is kept there too.
bool hasOwnField(QStringView name);

// The member of Event::attributes that says an event's time is the time it was received. Its
// underscore keeps it apart from every CloudEvents attribute name, so a producer cannot send it.
inline constexpr QLatin1String kTimeSourceKey("time_source");

enum class AttributeKind : quint8; // defined with the attribute table in eventmapper.cpp

class EventMapper {
public:
    EventMapper(FieldNames names, int index);

    // A protobuf EventBatch has no specversion: its schema is its version.
    void impliesSpecVersion() { m_specVersionSeen = true; }

    // One attribute by its CloudEvents name, as its wire form typed it. Each returns false, with
    // error() set, when the value is refused; the first refusal is the one reported.
    bool text(QStringView name, const QString& value);
    bool integer(QStringView name, qint64 value);
    bool number(QStringView name, double value); // a JSON number that is not an integer
    bool boolean(QStringView name, bool value);
    bool structure(QStringView name, QLatin1String what); // a JSON object or array
    // An entry of the protobuf attributes map: an extension attribute, or traceparent.
    bool freeAttribute(const QString& name, const QString& value);
    void setTime(Timestamp time);
    void setStatus(EventStatus status);
    // An error of the wire form itself.
    bool fail(const QString& field, const QString& message);

    // The event once every attribute is in: the required ones checked, the derived fields filled.
    // Nothing, with error() set, when the event is refused.
    std::optional<Event> finish(Timestamp receivedAt);
    const DecodeError& error() const { return m_error; }

    // The name an error gives to an attribute in this mode.
    QString fieldOf(QStringView name) const;

private:
    bool markSeen(QStringView name, AttributeKind kind);
    bool wrongType(QStringView name, AttributeKind kind, QLatin1String what);
    bool extensionName(QStringView name);
    bool extension(QStringView name, QJsonValue value);
    void setInteger(AttributeKind kind, qint64 value);
    bool textField(QStringView name, QString* field, const QString& value);
    bool checkedText(QStringView name, const QString& value);

    FieldNames m_names;
    int m_index;
    Event m_event;
    QJsonObject m_extensions; // extension attributes and traceparent, as Event::attributes will hold them
    int m_extensionCount = 0; // traceparent aside
    std::optional<QString> m_traceId;
    quint32 m_seen = 0; // one bit per attribute with a field of its own
    bool m_specVersionSeen = false;
    bool m_timeSeen = false;
    bool m_failed = false;
    DecodeError m_error;
};

} // namespace ct::cloudevents
