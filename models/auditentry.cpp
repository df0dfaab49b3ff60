#include "auditentry.h"

#include <QCryptographicHash>

#include <charconv>

namespace ct {

namespace {

// Appends one field as `<UTF-8 length>:<UTF-8 bytes>\x1f`. ASCII text (most of the trail: ids, names,
// states) is its own UTF-8 and is copied a character to a byte, checked as it goes.
void appendCanonicalField(QByteArray& out, QStringView field)
{
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, field.size());
    Q_UNUSED(error)
    const qsizetype start = out.size();
    out.append(digits, end - digits);
    out += ':';
    const qsizetype at = out.size();
    out.resize(at + field.size());
    char* to = out.data() + at;
    for (QChar c : field) {
        if (c.unicode() >= 0x80) {
            // Not ASCII: its length in UTF-8 differs, so the field is written again from its start.
            out.truncate(start);
            const QByteArray utf8 = field.toUtf8();
            out += QByteArray::number(utf8.size());
            out += ':';
            out += utf8;
            out += '\x1f';
            return;
        }
        *to++ = char(c.unicode());
    }
    out += '\x1f';
}

} // namespace

QByteArray AuditEntry::canonicalForm() const
{
    // Fields joined by the unit separator, each length-prefixed so no field can spoof another.
    QByteArray out;
    qsizetype chars = prevHash.size() + actor.size() + action.size() + target.size() + detail.size();
    for (const AuditTarget& t : targets)
        chars += 16 + t.target.size() + t.before.size() + t.after.size() + t.detail.size();
    out.reserve(256 + chars + chars / 4); // ASCII, as nearly all of it is; more grows the array
    appendCanonicalField(out, prevHash);
    appendCanonicalField(out, QString::number(at.micros()));
    appendCanonicalField(out, actor);
    appendCanonicalField(out, role);
    appendCanonicalField(out, action);
    appendCanonicalField(out, target);
    appendCanonicalField(out, before);
    appendCanonicalField(out, after);
    appendCanonicalField(out, result);
    appendCanonicalField(out, detail);
    if (targets.isEmpty())
        return out;
    // The count, then each target's fields: the form cannot be one of an entry without targets.
    appendCanonicalField(out, QString::number(targets.size()));
    for (const AuditTarget& t : targets) {
        appendCanonicalField(out, t.target);
        appendCanonicalField(out, t.before);
        appendCanonicalField(out, t.after);
        appendCanonicalField(out, t.detail);
    }
    return out;
}

QList<AuditEntry> AuditEntry::perTarget() const
{
    if (targets.isEmpty())
        return {*this};
    QList<AuditEntry> rows;
    rows.reserve(targets.size());
    AuditEntry row = *this;
    row.targets.clear();
    for (const AuditTarget& t : targets) {
        row.target = t.target;
        row.before = t.before;
        row.after = t.after;
        row.detail = t.detail;
        rows.append(row);
    }
    return rows;
}

QList<AuditEntry> AuditEntry::groupRuns(const QList<AuditEntry>& entries)
{
    const auto sameRun = [](const AuditEntry& a, const AuditEntry& b) {
        return a.at == b.at && a.actor == b.actor && a.role == b.role && a.action == b.action && a.result == b.result
               && a.targets.isEmpty() && b.targets.isEmpty();
    };
    QList<AuditEntry> out;
    for (qsizetype i = 0; i < entries.size();) {
        qsizetype end = i + 1;
        while (end < entries.size() && sameRun(entries.at(i), entries.at(end)))
            ++end;
        if (end - i == 1) {
            out.append(entries.at(i));
        } else {
            AuditEntry group = entries.at(i);
            group.target.clear();
            group.before.clear();
            group.after.clear();
            group.detail.clear();
            group.targets.reserve(end - i);
            for (qsizetype k = i; k < end; ++k) {
                const AuditEntry& e = entries.at(k);
                group.targets.append(AuditTarget{e.target, e.before, e.after, e.detail});
            }
            out.append(std::move(group));
        }
        i = end;
    }
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
