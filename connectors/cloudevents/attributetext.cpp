#include "attributetext.h"

#include "cloudevents.h"

#include <QStringDecoder>

namespace ct::cloudevents {

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    // Most values are ASCII; those need no decoder state.
    bool ascii = true;
    for (const char c : bytes) {
        if (uchar(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> stringValueProblem(QStringView value)
{
    // A UTF-16 unit is at least one UTF-8 byte, so a long value can be refused without counting.
    if (value.size() > kMaxAttributeBytes)
        return QStringLiteral("is longer than %1 bytes").arg(kMaxAttributeBytes);
    // Printable ASCII, as nearly every value is, is one byte a character and has nothing to refuse.
    qsizetype i = 0;
    while (i < value.size() && value[i].unicode() >= 0x20 && value[i].unicode() < 0x7f)
        ++i;
    if (i == value.size())
        return std::nullopt;
    qsizetype utf8Bytes = i;
    for (; i < value.size(); ++i) {
        char32_t c = value[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && value[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value[i].unicode(), value[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            return QStringLiteral("contains a lone UTF-16 surrogate");
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return QStringLiteral("contains a control character");
        if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
            return QStringLiteral("contains a Unicode noncharacter");
        utf8Bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    if (utf8Bytes > kMaxAttributeBytes)
        return QStringLiteral("is longer than %1 bytes").arg(kMaxAttributeBytes);
    return std::nullopt;
}

bool isValidAttributeName(QStringView name)
{
    if (name.isEmpty() || name.size() > kMaxAttributeNameLength)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')))
            return false;
    }
    return true;
}

QString quotedForMessage(QStringView text)
{
    constexpr qsizetype shown = 40;
    QString out;
    out.reserve(shown + 3);
    out += QLatin1Char('"');
    qsizetype i = 0;
    for (; i < text.size() && i < shown; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        // Control characters would break the one-line message, and a lone surrogate is no text.
        const char16_t u = c.unicode();
        out += (u < 0x20 || (u >= 0x7f && u <= 0x9f) || c.isSurrogate()) ? QChar(0xfffd) : c;
    }
    if (i < text.size())
        out += QChar(0x2026);
    out += QLatin1Char('"');
    return out;
}

} // namespace ct::cloudevents
