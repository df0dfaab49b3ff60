#pragma once

#include <QByteArray>
#include <QString>

namespace ct {

// A payload as text a person can read: indented JSON when it parses, the text itself when it is
// valid UTF-8, otherwise a hex dump (decodePayload() without a protobuf decoder and without masking).
// Always shown as plain text, never as markup.
struct PayloadText {
    enum class Form { Json, Text, Hex, Empty };
    Form form = Form::Empty;
    QString text;
};

PayloadText renderPayload(const QByteArray& payload, const QString& contentType);
// Offset, 16 bytes in hex, and those bytes as ASCII (dots for the rest), per line; at most maxBytes.
QString hexDump(const QByteArray& bytes, int maxBytes = 4096);

} // namespace ct
