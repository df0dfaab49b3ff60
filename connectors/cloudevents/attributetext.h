#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// What CloudEvents 1.0 allows in attribute names and string values, checked the same way in every
// content mode.
namespace ct::cloudevents {

// The bytes as text when they are well-formed UTF-8 (no overlong forms, no encoded surrogates), else
// nothing. Qt's lenient decoding would turn bad bytes into U+FFFD and store text nobody sent.
std::optional<QString> decodeUtf8(QByteArrayView bytes);

// Why a string may not be a CloudEvents String value ("contains a control character"), or nothing
// when it may: no control characters (U+0000-U+001F, U+007F-U+009F), no lone surrogates, no
// noncharacters, and at most kMaxAttributeBytes bytes once encoded in UTF-8.
std::optional<QString> stringValueProblem(QStringView value);

// CloudEvents attribute names are lower-case ASCII letters and digits; we also cap their length.
bool isValidAttributeName(QStringView name);

// A name or value quoted for an error message, cut short so that a hostile value cannot make the
// message itself large.
QString quotedForMessage(QStringView text);

} // namespace ct::cloudevents
