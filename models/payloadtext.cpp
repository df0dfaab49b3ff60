#include "payloadtext.h"

#include "decodedpayload.h"

namespace ct {

QString hexDump(const QByteArray& bytes, int maxBytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    const int n = int(qMin<qsizetype>(bytes.size(), qMax(0, maxBytes)));
    QByteArray out;
    out.reserve((n / 16 + 2) * 78);
    for (int row = 0; row < n; row += 16) {
        for (int shift = 28; shift >= 0; shift -= 4)
            out += kDigits[(row >> shift) & 0xf];
        out += "  ";
        QByteArray ascii;
        for (int i = row; i < row + 16; ++i) {
            if (i < n) {
                const auto c = quint8(bytes.at(i));
                out += kDigits[c >> 4];
                out += kDigits[c & 0xf];
                out += ' ';
                ascii += (c >= 0x20 && c < 0x7f) ? char(c) : '.';
            } else {
                out += "   ";
            }
        }
        out += ' ' + ascii + '\n';
    }
    QString text = QString::fromLatin1(out);
    if (bytes.size() > n)
        text += QStringLiteral("… %1 more bytes\n").arg(bytes.size() - n);
    return text;
}

PayloadText renderPayload(const QByteArray& payload, const QString& contentType)
{
    const DecodedPayload decoded = decodePayload(payload, contentType);
    switch (decoded.kind) {
    case DecodedPayload::Kind::Empty:
        return {PayloadText::Form::Empty, QString()};
    case DecodedPayload::Kind::Json:
    case DecodedPayload::Kind::Protobuf:
        return {PayloadText::Form::Json, prettyJson(decoded.tree)};
    case DecodedPayload::Kind::Text:
        return {PayloadText::Form::Text, decoded.text};
    case DecodedPayload::Kind::Hex:
        break;
    }
    return {PayloadText::Form::Hex, decoded.text};
}

} // namespace ct
