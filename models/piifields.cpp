#include "piifields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct {

QSet<QString> piiFieldNamesFromJson(const QByteArray& json, QString* error)
{
    error->clear();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("the PII field list is not a JSON object");
        return {};
    }
    const QJsonValue fields = doc.object().value(QLatin1String("fields"));
    if (!fields.isArray()) {
        *error = QStringLiteral("the PII field list has no \"fields\" array");
        return {};
    }
    QSet<QString> names;
    for (const QJsonValue& v : fields.toArray()) {
        if (!v.isString() || v.toString().isEmpty()) {
            *error = QStringLiteral("the PII field list holds something that is not a field name");
            return {};
        }
        names.insert(v.toString());
    }
    return names;
}

const QSet<QString>& piiFieldNames(QString* error)
{
    struct Loaded {
        QSet<QString> names;
        QString error;
    };
    static const Loaded loaded = [] {
        Loaded l;
        QFile file(QStringLiteral(":/controltower/pii.json"));
        if (!file.open(QIODevice::ReadOnly))
            l.error = QStringLiteral("pii.json: cannot be read (%1)").arg(file.errorString());
        else
            l.names = piiFieldNamesFromJson(file.readAll(), &l.error);
        return l;
    }();
    if (error)
        *error = loaded.error;
    return loaded.names;
}

} // namespace ct
