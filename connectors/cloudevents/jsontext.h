#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

// JSON text as the producer wrote it. QJsonDocument checks a body and gives the attribute values, but
// it sorts object members, turns large integers into doubles and re-spells numbers: a payload decoded
// through it would no longer be the bytes that were sent. These read the text itself, and only text
// that QJsonDocument has already accepted. None of them recurses, so no nesting can exhaust the stack.
namespace ct::cloudevents {

// Where an event object's members are in the text.
struct EventMembers {
    int count = 0;            // members as written, duplicates included
    qsizetype dataBegin = -1; // the `data` member's value: [dataBegin, dataEnd) of the text
    qsizetype dataEnd = -1;
};

// The members of each event of a document: the root object itself (eventDepth 1) or each element of
// a root array of objects (eventDepth 2). `events` is how many there are.
QList<EventMembers> scanEventMembers(QByteArrayView json, int eventDepth, qsizetype events);

// The names of one event's members in the order written, escapes decoded: enough to say which
// name a duplicate has.
QStringList memberNames(QByteArrayView json, int eventDepth, qsizetype event);

// The text without the white space between its tokens: the stored form of a JSON `data` value.
QByteArray compactJson(QByteArrayView json);

// Whether `text` is one JSON value already in compact form, so that compactJson gives it back
// unchanged and it may travel as `data` rather than as `data_base64`.
bool isCompactJsonValue(QByteArrayView text);

} // namespace ct::cloudevents
