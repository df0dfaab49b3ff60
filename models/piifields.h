#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace ct {

// The payload fields that hold personal data (resources/pii.json): payload views mask them, and no
// business key may point at one. A field is named without its path; it is PII at any depth.
// The list compiled into the binary, read once; a malformed list reads as empty with *error set.
const QSet<QString>& piiFieldNames(QString* error = nullptr);
// The field names of a list in the form of resources/pii.json; empty with *error set when malformed.
QSet<QString> piiFieldNamesFromJson(const QByteArray& json, QString* error);

} // namespace ct
