#include "recentids.h"

namespace ct {

RecentIds::RecentIds(qsizetype capacity)
    : m_generation(qMax<qsizetype>(1, capacity / 2))
{
}

quint64 RecentIds::fingerprint(const QString& source, const QString& id)
{
    // A fixed seed keeps it stable; a false match needs two distinct recent ids to collide in 64 bits.
    return quint64(qHashMulti(0x5eed, source, id));
}

std::optional<qint64> RecentIds::dayOf(const QString& source, const QString& id) const
{
    return dayOf(fingerprint(source, id));
}

std::optional<qint64> RecentIds::dayOf(quint64 key) const
{
    auto it = m_current.constFind(key);
    if (it != m_current.constEnd())
        return it.value();
    it = m_previous.constFind(key);
    if (it != m_previous.constEnd())
        return it.value();
    return std::nullopt;
}

bool RecentIds::isDuplicateAcrossDays(const QString& source, const QString& id, qint64 day) const
{
    return isDuplicateAcrossDays(fingerprint(source, id), day);
}

bool RecentIds::isDuplicateAcrossDays(quint64 fingerprint, qint64 day) const
{
    const auto seen = dayOf(fingerprint);
    return seen && *seen != day;
}

void RecentIds::remember(const QString& source, const QString& id, qint64 day)
{
    remember(fingerprint(source, id), day);
}

void RecentIds::remember(quint64 key, qint64 day)
{
    if (m_current.size() >= m_generation) {
        m_previous = std::move(m_current);
        m_current = QHash<quint64, qint64>();
        m_current.reserve(m_generation);
    }
    m_current.insert(key, day);
}

} // namespace ct
