#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace ct::systemapi {

// Where a page starts: after this (node, sku).
struct PositionKey {
    QString node;
    QString sku;
    friend bool operator<(const PositionKey& a, const PositionKey& b)
    {
        return a.node != b.node ? a.node < b.node : a.sku < b.sku;
    }
};

// The positions one ledger (inventory or prices) holds, by system, each system's in (node, sku) order
// so that pages are stable. Position has sku, node and system members.
template <typename Position>
class PositionIndex {
public:
    struct Page {
        QList<const Position*> items;
        bool more = false; // positions follow the last item
    };

    // A later position for the same (system, node, sku) replaces an earlier one, as a store's upsert does.
    explicit PositionIndex(const QList<Position>& positions)
    {
        for (const Position& p : positions)
            m_bySystem[p.system].push_back(p);
        for (auto& list : m_bySystem) {
            std::stable_sort(list.begin(), list.end(), [](const Position& a, const Position& b) { return keyOf(a) < keyOf(b); });
            const auto sameKey = [](const Position& a, const Position& b) { return a.node == b.node && a.sku == b.sku; };
            // Keep the last of equal keys: unique() keeps the first, so run it backwards.
            std::reverse(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end(), sameKey), list.end());
            std::reverse(list.begin(), list.end());
        }
    }

    const Position* find(const QString& system, const QString& node, const QString& sku) const
    {
        const auto list = m_bySystem.constFind(system);
        if (list == m_bySystem.cend())
            return nullptr;
        const PositionKey key{node, sku};
        const auto it = std::lower_bound(list->cbegin(), list->cend(), key,
                                         [](const Position& p, const PositionKey& k) { return keyOf(p) < k; });
        return it != list->cend() && it->node == node && it->sku == sku ? &*it : nullptr;
    }

    // Up to `size` positions of `system` after `after` (from the first when absent), of `node` only
    // when it is not empty.
    Page page(const QString& system, const QString& node, const std::optional<PositionKey>& after, int size) const
    {
        Page page;
        const auto list = m_bySystem.constFind(system);
        if (list == m_bySystem.cend())
            return page;
        auto it = list->cbegin();
        if (!node.isEmpty())
            it = std::lower_bound(list->cbegin(), list->cend(), PositionKey{node, {}},
                                  [](const Position& p, const PositionKey& k) { return keyOf(p) < k; });
        if (after)
            it = std::max(it, std::upper_bound(list->cbegin(), list->cend(), *after,
                                               [](const PositionKey& k, const Position& p) { return k < keyOf(p); }));
        const auto inScope = [&](auto i) { return i != list->cend() && (node.isEmpty() || i->node == node); };
        for (; inScope(it) && page.items.size() < size; ++it)
            page.items.append(&*it);
        page.more = inScope(it);
        return page;
    }

private:
    static PositionKey keyOf(const Position& p) { return {p.node, p.sku}; }

    QHash<QString, std::vector<Position>> m_bySystem;
};

} // namespace ct::systemapi
