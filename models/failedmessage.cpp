#include "failedmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace ct {

const QStringList& errorClassNames()
{
    static const QStringList names{QStringLiteral("schema_validation"), QStringLiteral("business_rule"),
                                   QStringLiteral("routing"), QStringLiteral("downstream_timeout"),
                                   QStringLiteral("duplicate"), QStringLiteral("unknown")};
    return names;
}

QString deadLetterKey(const FailedMessage& m)
{
    if (!m.dedupKey.isEmpty())
        return m.dedupKey;
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{m.queue, m.messageId, m.deathCount, m.replayCount}).toJson(QJsonDocument::Compact));
}

} // namespace ct
