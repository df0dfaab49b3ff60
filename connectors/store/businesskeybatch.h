#pragma once

#include "businesskeycolumns.h"
#include "businesskeyrules.h"

#include <map>
#include <utility>

namespace ct {

struct Event;

// The business_keys rows of the events one batch inserted: each (key, transaction) once, with the
// earliest time, in key order (the order concurrent writers take row locks in, so they cannot
// deadlock). Events the store already held add nothing: only inserted events are given.
class BusinessKeyBatch {
public:
    explicit BusinessKeyBatch(BusinessKeyExtractor& extractor)
        : m_extractor(extractor)
    {
    }

    void add(const Event& e);
    bool isEmpty() const { return m_rows.empty(); }
    void clear() { m_rows.clear(); }
    // In key order.
    template <typename F>
    void forEach(F&& f) const
    {
        for (const auto& [key, row] : m_rows)
            f(row);
    }

private:
    BusinessKeyExtractor& m_extractor;
    std::map<std::pair<QString, QString>, BusinessKeyRow> m_rows;
};

} // namespace ct
