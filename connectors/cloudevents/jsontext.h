#pragma once

#include <QByteArray>
#include <QByteArrayView>

// JSON text as the producer wrote it. QJsonDocument sorts object members, turns large integers into
// doubles and re-spells numbers: a payload passed through it would no longer be the bytes that were
// sent. These work on the text itself, and only on text already read as JSON (JsonReader). Neither
// recurses, so no nesting can exhaust the stack.
namespace ct::cloudevents {

// The text without the white space between its tokens: the stored form of a JSON `data` value.
QByteArray compactJson(QByteArrayView json);

// Whether `text` is one JSON value already in compact form, so that compactJson gives it back
// unchanged and it may travel as `data` rather than as `data_base64`.
bool isCompactJsonValue(QByteArrayView text);

} // namespace ct::cloudevents
