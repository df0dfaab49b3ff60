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

// A member name as written between its quotes, escapes and all, decoded.
QString decodedName(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray wrapped = QByteArrayLiteral("[\"") + raw.toByteArray() + QByteArrayLiteral("\"]");
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

// Calls onMember(event, rawName, valueBegin, valueEnd) for each member of each event object, in the
// order written. One pass with a depth counter: strings are skipped whole, so brackets inside them
// do not count.
template <typename OnMember> void forEachMember(QByteArrayView json, int eventDepth, OnMember&& onMember)
{
    int depth = 0;
    qsizetype event = -1;
    bool expectName = false;
    QByteArrayView name;
    qsizetype valueBegin = -1;
    qsizetype tokenEnd = 0; // one past the last byte of the latest token, white space excluded
    const auto endMember = [&] {
        if (valueBegin >= 0)
            onMember(event, name, valueBegin, tokenEnd);
        valueBegin = -1;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        switch (c) {
        case '"': {
            const qsizetype close = closingQuote(json, i);
            if (close < 0)
                return;
            if (depth == eventDepth && expectName) {
                name = json.sliced(i + 1, close - i - 1);
                expectName = false;
            }
            i = close;
            tokenEnd = close + 1;
            break;
        }
        case '{':
        case '[':
            if (depth == eventDepth - 1 && c == '{')
                ++event;
            ++depth;
            if (depth == eventDepth) {
                expectName = c == '{';
                valueBegin = -1;
            }
            tokenEnd = i + 1;
            break;
        case '}':
        case ']':
            if (depth == eventDepth)
                endMember();
            --depth;
            tokenEnd = i + 1;
            break;
        case ':':
            if (depth == eventDepth) {
                valueBegin = i + 1;
                while (valueBegin < json.size() && isJsonSpace(json[valueBegin]))
                    ++valueBegin;
            }
            break;
        case ',':
            if (depth == eventDepth) {
                endMember();
                expectName = true;
            }
            break;
        default:
            if (!isJsonSpace(c))
                tokenEnd = i + 1;
            break;
        }
    }
}

} // namespace

QList<EventMembers> scanEventMembers(QByteArrayView json, int eventDepth, qsizetype events)
{
    QList<EventMembers> result(events);
    forEachMember(
        json, eventDepth, [&](qsizetype event, QByteArrayView name, qsizetype begin, qsizetype end) {
            if (event < 0 || event >= result.size())
                return;
            EventMembers& members = result[event];
            ++members.count;
            if (name == "data" || (name.contains('\\') && decodedName(name) == QLatin1String("data"))) {
                members.dataBegin = begin;
                members.dataEnd = end;
            }
        });
    return result;
}

QStringList memberNames(QByteArrayView json, int eventDepth, qsizetype event)
{
    QStringList names;
    forEachMember(json, eventDepth, [&](qsizetype e, QByteArrayView name, qsizetype, qsizetype) {
        if (e == event)
            names.append(decodedName(name));
    });
    return names;
}

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
