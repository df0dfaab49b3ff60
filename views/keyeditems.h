#pragma once

#include <QHash>
#include <QStringList>

#include <utility>

namespace ct {

// Items (a widget, or a row of widgets) kept by a stable id, so that a view which refreshes often
// updates what it shows in place: an id that stays keeps its item, only a new id gets a new one and
// only an id that went away loses its own.
template <typename Item>
class KeyedItems {
public:
    // Makes `ids` (distinct, in the order shown) the ids held. make(id) builds the item of a new id,
    // drop(item) gets rid of the item of an id that went away. True when the ids or their order
    // changed: the owner then lays its items out again, in ids() order.
    template <typename Make, typename Drop>
    bool sync(const QStringList& ids, Make&& make, Drop&& drop)
    {
        if (ids == m_ids)
            return false;
        QHash<QString, Item> kept;
        kept.reserve(ids.size());
        for (const QString& id : ids) {
            Q_ASSERT(!kept.contains(id));
            const auto it = m_items.constFind(id);
            if (it != m_items.cend()) {
                kept.insert(id, it.value());
                m_items.erase(it);
            } else {
                kept.insert(id, make(id));
            }
        }
        for (const Item& gone : std::as_const(m_items))
            drop(gone);
        m_items = std::move(kept);
        m_ids = ids;
        return true;
    }

    const QStringList& ids() const { return m_ids; }
    Item value(const QString& id) const { return m_items.value(id); }
    qsizetype size() const { return m_ids.size(); }

private:
    QStringList m_ids;
    QHash<QString, Item> m_items;
};

} // namespace ct
