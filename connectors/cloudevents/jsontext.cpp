#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ct::cloudevents {
namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The index of the quote that closes the string opening at `open`, or -1 when the text ends first.
qsizetype closingQuote(QByteArrayView json, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < json.size()) {
        if (json[i] == '"')
            return i;
        i += json[i] == '\\' ? 2 : 1;
    }
    return -1;
}

} // namespace

QByteArray compactJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype close = closingQuote(json, i);
            const qsizetype end = close < 0 ? json.size() : close + 1;
            out.append(json.sliced(i, end - i));
            i = end - 1;
        } else if (!isJsonSpace(c)) {
            out.append(c);
        }
    }
    return out;
}

bool isCompactJsonValue(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    // QJsonDocument reads only objects and arrays: wrap the value in an array of one.
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArrayLiteral("[") + text.toByteArray() + QByteArrayLiteral("]"), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return false;
    return compactJson(text) == text;
}

} // namespace ct::cloudevents
