#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ct {

// The JSON object a configuration holds; nothing with *error set (`notAnObject` and the parser's
// reason) when it holds something else. *error is cleared first.
inline std::optional<QJsonObject> configObject(const QByteArray& json, const QString& notAnObject, QString* error)
{
    error->clear();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 (%2)").arg(notAnObject, parse.errorString());
        return std::nullopt;
    }
    return doc.object();
}

// A configuration file read and handed to `fromJson(const QByteArray&, QString* error)`; an error (the
// file cannot be read, or what fromJson said) starts with the file's path. T() on an error.
template <typename T, typename FromJson>
T readConfigFile(const QString& path, FromJson fromJson, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
        return T();
    }
    T value = fromJson(file.readAll(), error);
    if (!error->isEmpty())
        *error = path + QStringLiteral(": ") + *error;
    return value;
}

} // namespace ct
