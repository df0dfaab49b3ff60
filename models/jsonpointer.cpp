#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ct {

std::optional<JsonPointer> JsonPointer::parse(const QString& text, QString* error)
{
    JsonPointer pointer;
    pointer.m_text = text.isNull() ? QString(QLatin1String("")) : text;
    if (text.isEmpty())
        return pointer;
    if (!text.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("\"%1\" is not a JSON pointer (it starts with \"/\", e.g. \"/items\")").arg(text);
        return std::nullopt;
    }
    for (const QString& raw : text.mid(1).split(QLatin1Char('/'))) {
        for (qsizetype i = raw.indexOf(QLatin1Char('~')); i >= 0; i = raw.indexOf(QLatin1Char('~'), i + 1)) {
            if (i + 1 >= raw.size() || (raw.at(i + 1) != QLatin1Char('0') && raw.at(i + 1) != QLatin1Char('1'))) {
                *error = QStringLiteral("\"%1\" is not a JSON pointer (\"~\" is written \"~0\", \"/\" inside a name \"~1\")").arg(text);
                return std::nullopt;
            }
        }
        QString token = raw;
        token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        pointer.m_tokens.append(token);
    }
    return pointer;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue& document) const
{
    QJsonValue at = document;
    for (const QString& token : m_tokens) {
        if (at.isObject()) {
            const QJsonObject o = at.toObject();
            const auto it = o.constFind(token);
            if (it == o.constEnd())
                return std::nullopt;
            at = it.value();
        } else if (at.isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray a = at.toArray();
            if (!ok || index < 0 || index >= a.size() || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
                return std::nullopt;
            at = a.at(index);
        } else {
            return std::nullopt;
        }
    }
    return at;
}

} // namespace ct
