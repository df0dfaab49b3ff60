#include "piifields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct {

const QSet<QString>& piiFieldNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/controltower/pii.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray fields = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("fields")).toArray();
        for (const QJsonValue& field : fields) {
            if (field.isString())
                out.insert(field.toString());
        }
        return out;
    }();
    return names;
}

} // namespace ct
