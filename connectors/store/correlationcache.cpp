#include "correlationcache.h"

namespace ct {

CorrelationCache::CorrelationCache(qsizetype capacity)
    : m_generation(qMax<qsizetype>(1, capacity / 2))
{
}

const QList<RollupEvent>* CorrelationCache::find(const QString& correlationId) const
{
    auto it = m_current.constFind(correlationId);
    if (it != m_current.cend())
        return &it.value();
    it = m_previous.constFind(correlationId);
    return it == m_previous.cend() ? nullptr : &it.value();
}

void CorrelationCache::remember(const QString& correlationId, QList<RollupEvent> events)
{
    for (RollupEvent& e : events)
        e.isNew = false;
    if (m_current.size() >= m_generation && !m_current.contains(correlationId)) {
        m_previous = std::move(m_current);
        m_current = {};
    }
    m_previous.remove(correlationId);
    m_current.insert(correlationId, std::move(events));
}

void CorrelationCache::clear()
{
    m_current.clear();
    m_previous.clear();
}

} // namespace ct
