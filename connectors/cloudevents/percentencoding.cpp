#include "percentencoding.h"

#include "hexdigit.h"

namespace ct::cloudevents {
namespace {

bool needsEncoding(uchar c)
{
    return c <= 0x20 || c >= 0x7f || c == '"' || c == '%';
}

} // namespace

QByteArray percentEncode(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        const uchar u = uchar(c);
        if (needsEncoding(u)) {
            const char escaped[] = {'%', hex[u >> 4], hex[u & 0xf]};
            out.append(escaped, sizeof escaped);
        } else {
            out.append(c);
        }
    }
    return out;
}

std::optional<QByteArray> percentDecode(QByteArrayView value)
{
    if (!value.contains('%'))
        return value.toByteArray();
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != '%') {
            out.append(value[i]);
            continue;
        }
        if (i + 2 >= value.size())
            return std::nullopt;
        const int high = hexDigitValue(value[i + 1]);
        const int low = hexDigitValue(value[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        out.append(char(high * 16 + low));
        i += 2;
    }
    return out;
}

} // namespace ct::cloudevents
