#include "payloadtext.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace ct {

QString hexDump(const QByteArray& bytes, int maxBytes)
{
    QString out;
    const int n = int(qMin<qsizetype>(bytes.size(), maxBytes));
    for (int row = 0; row < n; row += 16) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (int i = row; i < row + 16; ++i) {
            if (i < n) {
                const auto c = quint8(bytes.at(i));
                out += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    if (bytes.size() > n)
        out += QStringLiteral("… %1 more bytes\n").arg(bytes.size() - n);
    return out;
}

PayloadText renderPayload(const QByteArray& payload, const QString& contentType)
{
    if (payload.isEmpty())
        return {PayloadText::Form::Empty, QString()};
    if (contentType.contains(QLatin1String("json")) || payload.startsWith('{') || payload.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
        if (error.error == QJsonParseError::NoError)
            return {PayloadText::Form::Json, QString::fromUtf8(doc.toJson(QJsonDocument::Indented))};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(payload);
    if (!decoder.hasError() && !text.contains(QChar::Null))
        return {PayloadText::Form::Text, text};
    return {PayloadText::Form::Hex, hexDump(payload)};
}

} // namespace ct
