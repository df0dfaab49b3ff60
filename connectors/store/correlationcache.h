#pragma once

#include "rollupdelta.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ct {

// The stored events of recently written transactions, as the rollups need them, so that a batch
// continuing a transaction need not read it back. Bounded: two generations of at most half the capacity
// each, the older dropped whole when the newer fills. The owner clears it when the store may have
// changed behind its back (another connection wrote, or telemetry was cleared).
class CorrelationCache {
public:
    explicit CorrelationCache(qsizetype capacity = 20'000);

    // The events of a correlation id, or null when it is not remembered.
    const QList<RollupEvent>* find(const QString& correlationId) const;
    // Every stored event of a correlation id (isNew false), replacing what was remembered.
    void remember(const QString& correlationId, QList<RollupEvent> events);
    void clear();
    qsizetype size() const { return m_current.size() + m_previous.size(); }

private:
    qsizetype m_generation;
    QHash<QString, QList<RollupEvent>> m_current;
    QHash<QString, QList<RollupEvent>> m_previous;
};

} // namespace ct
