#include "auditfilter.h"

#include <QSet>

namespace ct {
namespace {

bool containsText(const AuditEntry& e, const QString& text)
{
    for (const QString* field : {&e.actor, &e.role, &e.action, &e.target, &e.before, &e.after, &e.result, &e.detail}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// An empty value is no choice: an empty filter field already means "all".
QStringList sorted(QSet<QString> values)
{
    values.remove(QString());
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return list;
}

} // namespace

bool AuditFilter::isEmpty() const
{
    return actor.isEmpty() && actionPrefix.isEmpty() && result.isEmpty() && text.isEmpty() && since.isNull();
}

bool matches(const AuditFilter& filter, const AuditEntry& entry)
{
    return (filter.actor.isEmpty() || entry.actor == filter.actor)
        && (filter.actionPrefix.isEmpty() || entry.action.startsWith(filter.actionPrefix))
        && (filter.result.isEmpty() || entry.result == filter.result)
        && (filter.since.isNull() || entry.at >= filter.since)
        && (filter.text.isEmpty() || containsText(entry, filter.text));
}

QList<AuditEntry> filterAuditEntries(const QList<AuditEntry>& entries, const AuditFilter& filter)
{
    QList<AuditEntry> kept;
    for (const AuditEntry& e : entries) {
        if (matches(filter, e))
            kept.append(e);
    }
    return kept;
}

AuditFacets auditFacets(const QList<AuditEntry>& entries)
{
    QSet<QString> actors;
    QSet<QString> prefixes;
    QSet<QString> results;
    for (const AuditEntry& e : entries) {
        actors.insert(e.actor);
        prefixes.insert(e.action.section(QLatin1Char('.'), 0, 0));
        results.insert(e.result);
    }
    return {sorted(actors), sorted(prefixes), sorted(results)};
}

} // namespace ct
