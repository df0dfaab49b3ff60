#include "businesskeybatch.h"

#include "event.h"

namespace ct {

void BusinessKeyBatch::add(const Event& e)
{
    for (BusinessKey& k : m_extractor.extract(e)) {
        auto [it, added] = m_rows.try_emplace({k.key, e.correlationId});
        BusinessKeyRow& row = it->second;
        if (added) {
            row.key = std::move(k.key);
            row.correlationId = e.correlationId;
            row.kind = std::move(k.kind);
            row.firstAt = e.occurredAt;
        } else if (e.occurredAt < row.firstAt) {
            row.firstAt = e.occurredAt;
        }
    }
}

} // namespace ct
