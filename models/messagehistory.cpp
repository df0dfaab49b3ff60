#include "messagehistory.h"

#include "deathhistory.h"

#include <algorithm>

namespace ct {

QList<HistoryItem> messageHistory(const FailedMessage& m, const QList<AuditEntry>& audit)
{
    QList<HistoryItem> items;
    for (const DeathRecord& d : deathHistoryOf(m.headers)) {
        HistoryItem item;
        item.at = d.time.value_or(Timestamp());
        item.what = QStringLiteral("died in %1 (%2, ×%3)").arg(d.queue, d.reason).arg(d.count);
        item.detail = d.exchange.isEmpty() ? QString()
                                           : QStringLiteral("from %1 → %2").arg(d.exchange, d.routingKeys.join(u", "));
        items.append(item);
    }
    if (items.isEmpty()) {  // no x-death record: the death the store knows
        HistoryItem item;
        item.at = m.lastDeathAt;
        item.what = QStringLiteral("died in %1 (%2, ×%3)").arg(m.queue, m.deathReason).arg(m.deathCount);
        items.append(item);
    }
    for (const AuditEntry& e : audit) {
        HistoryItem item;
        item.at = e.at;
        item.what = e.before == e.after || e.before.isEmpty() ? e.action
                                                               : QStringLiteral("%1: %2 → %3").arg(e.action, e.before, e.after);
        item.who = e.role.isEmpty() ? e.actor : QStringLiteral("%1 (%2)").arg(e.actor, e.role);
        item.result = e.result;
        item.detail = e.detail;
        items.append(item);
    }
    // Oldest first; a death without a time first of all. Stable: the trail's own order holds.
    std::stable_sort(items.begin(), items.end(), [](const HistoryItem& a, const HistoryItem& b) { return a.at < b.at; });
    return items;
}

} // namespace ct
