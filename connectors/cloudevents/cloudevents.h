#pragma once

#include "event.h"
#include "timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// CloudEvents 1.0 over HTTP, both ways (ARCHITECTURE.md §5 and §10): the collector decodes what
// middleware posts; `ctower demo --emit` encodes the simulated estate. No HTTP library here: the
// server hands over the content type, the headers and the body; the client sends what it is given.
namespace ct::cloudevents {

// How a request carries its events.
enum class Mode {
    Binary,     // attributes in ce-* headers, the body is the data with its own Content-Type
    Structured, // application/cloudevents+json: one event as a JSON object
    Batch,      // application/cloudevents-batch+json: a JSON array of events
    Protobuf,   // application/x-protobuf: a controltower.v1.EventBatch
};

// A request as the HTTP layer received it.
struct Request {
    QByteArray contentType; // the Content-Type header as sent, parameters included; may be empty
    // Every header whose name starts with "ce-", and "traceparent": names lower case, values as
    // sent (ce-* values are percent-encoded on the wire).
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Timestamp receivedAt; // the time an event without `time` takes
};

// The content mode of a request, or nothing when it is none of them (the server answers 415).
// Binary mode is a request with a ce-specversion header whatever its Content-Type; otherwise the
// media type decides, compared case-insensitively and without its parameters ("; charset=utf-8").
std::optional<Mode> contentMode(const Request& request);

// Why a request was refused (the server answers 400 with these in a JSON body).
struct DecodeError {
    QString field;   // the attribute or part at fault: "id", "time", "data_base64", "body", "ce-source"
    int index = -1;  // the event's position in a batch (0 in the other modes); -1: the body as a whole
    QString message; // one English sentence, e.g. "time is not an RFC 3339 timestamp"
};

struct Decoded {
    QList<Event> events; // empty when error is set; a batch is all or nothing
    std::optional<DecodeError> error;
    bool ok() const { return !error.has_value(); }
};

// What one request may carry. Anything over a limit is refused (400) with the field at fault, so a
// producer's bug or a hostile body costs a bounded amount of memory downstream. The HTTP layer bounds
// the body and the headers themselves.
inline constexpr qsizetype kMaxAttributeBytes = 4096;    // one attribute's value, in UTF-8 bytes
inline constexpr qsizetype kMaxAttributeNameLength = 64; // CloudEvents asks for 20 at most
inline constexpr int kMaxExtensionAttributes = 100;      // attributes without a field of their own
inline constexpr qsizetype kMaxEventsPerRequest = 100'000;

// Decodes every event of the request in the given mode, mapping CloudEvents onto the canonical
// event as ARCHITECTURE.md §10 says. Never throws; any input gives events or an error.
Decoded decode(Mode mode, const Request& request);
//
// Where §10 leaves a choice:
// - `data` under a JSON content type (or none) is stored as the JSON text the producer wrote, white
//   space between tokens removed, member order and number spelling kept; a JSON string stays JSON
//   text, quotes included (JSON format 3.1.2). A string under any other type is stored as its text;
//   any other value there as its JSON text. `data_base64` is stored decoded.
// - Event::attributes holds the extension attributes with their JSON types (text in binary mode),
//   traceparent, and {"time_source":"received"} for an event without a time. JSON null is absent.
// - The correlation id is correlationid, else the trace id of the event's own traceparent (the ce-
//   or plain traceparent header in binary mode; the HTTP header of a JSON request is the transport's,
//   not the event's), else the event's id. An invalid traceparent is refused even when unused.
// - Attribute values are CloudEvents strings: no control characters, lone surrogates or
//   noncharacters. Extension names are lower-case letters and digits; in protobuf mode the
//   attributes map may not hold a name with a field of its own.

// What a client sends for a list of events in a mode: one request per event in binary and
// structured mode, one request for the whole list in batch and protobuf mode.
struct Outgoing {
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // ce-* headers in binary mode, values percent-encoded
    QByteArray body;
};
QList<Outgoing> encode(Mode mode, const QList<Event>& events);

// "binary", "structured", "batch", "protobuf" and back.
QString modeName(Mode mode);
std::optional<Mode> modeFromName(QStringView name);

} // namespace ct::cloudevents
