#include "businesskeybatch.h"

#include "event.h"

#include <algorithm>
#include <numeric>

namespace ct {

void BusinessKeyBatch::add(const Event& e)
{
    for (BusinessKey& k : m_extractor.extract(e)) {
        const auto at = m_index.constFind({k.key, e.correlationId});
        if (at == m_index.cend()) {
            m_index.insert({k.key, e.correlationId}, m_rows.size());
            m_rows.append({std::move(k.key), e.correlationId, std::move(k.kind), e.occurredAt});
            continue;
        }
        BusinessKeyRow& row = m_rows[*at];
        if (e.occurredAt < row.firstAt)
            row.firstAt = e.occurredAt;
    }
}

void BusinessKeyBatch::clear()
{
    m_rows.clear();
    m_index.clear();
}

QList<qsizetype> BusinessKeyBatch::keyOrder() const
{
    QList<qsizetype> order(m_rows.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const BusinessKeyRow& x = m_rows.at(a);
        const BusinessKeyRow& y = m_rows.at(b);
        if (const int c = x.key.compare(y.key); c != 0)
            return c < 0;
        return x.correlationId < y.correlationId;
    });
    return order;
}

} // namespace ct
