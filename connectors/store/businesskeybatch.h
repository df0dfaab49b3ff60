#pragma once

#include "businesskeycolumns.h"
#include "businesskeyrules.h"

#include <QHash>
#include <QList>

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
    bool isEmpty() const { return m_rows.isEmpty(); }
    void clear();
    // In key order.
    template <typename F>
    void forEach(F&& f) const
    {
        for (const qsizetype row : keyOrder())
            f(m_rows.at(row));
    }

private:
    QList<qsizetype> keyOrder() const;

    BusinessKeyExtractor& m_extractor;
    QList<BusinessKeyRow> m_rows;
    QHash<std::pair<QString, QString>, qsizetype> m_index; // (key, correlation id) -> row
};

} // namespace ct
