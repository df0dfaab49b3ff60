#include "auditentry.h"

#include <QCryptographicHash>

namespace ct {

QByteArray AuditEntry::canonicalForm() const
{
    // Fields joined by the unit separator, each length-prefixed so no field can spoof another.
    QByteArray out;
    out.reserve(256 + 3 * (prevHash.size() + actor.size() + action.size() + target.size() + detail.size()));
    QByteArray utf8;
    const auto add = [&out, &utf8](const QString& field) {
        utf8 = field.toUtf8();
        out += QByteArray::number(utf8.size());
        out += ':';
        out += utf8;
        out += '\x1f';
    };
    add(prevHash);
    add(QString::number(at.micros()));
    add(actor);
    add(role);
    add(action);
    add(target);
    add(before);
    add(after);
    add(result);
    add(detail);
    return out;
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(), QCryptographicHash::Sha256).toHex());
}

AuditEntry AuditEntry::bySystem(const QString& action, const QString& target, const QString& detail)
{
    AuditEntry entry;
    entry.at = Timestamp::now();
    entry.actor = localActor();
    entry.role = QStringLiteral("system");
    entry.action = action;
    entry.target = target;
    entry.result = QStringLiteral("ok");
    entry.detail = detail;
    return entry;
}

QString AuditEntry::localActor()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace ct
