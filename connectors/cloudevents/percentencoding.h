#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Header values in binary mode (CloudEvents HTTP binding 3.1.3.2): RFC 3986 percent-encoding.
namespace ct::cloudevents {

// Encodes the space, '"', '%' and every byte outside printable ASCII (U+0021-U+007E) as %XX.
QByteArray percentEncode(QByteArrayView utf8);

// Decodes every %XX; nothing when a '%' is not followed by two hexadecimal digits. Other bytes are
// kept as they are: whether the result is UTF-8 is the caller's question.
std::optional<QByteArray> percentDecode(QByteArrayView value);

} // namespace ct::cloudevents
