#include "slaedits.h"

#include "slacatalogue.h"

namespace ct {

Expected<QList<SlaDefinition>> slasInForce(SlaStore& store)
{
    QString error;
    const QList<SlaDefinition>& builtIn = builtInSlas(&error);
    if (!error.isEmpty())
        return StoreError::make(StoreError::Code::Corrupt, error);
    auto stored = store.storedSlas();
    if (!stored)
        return stored.error();
    return mergeSlas(builtIn, stored.value());
}

Expected<SlaDefinition> setSlaThreshold(SlaStore& store, const QList<SlaDefinition>& inForce, const QString& id,
                                        double thresholdSeconds, const SlaEdit& edit, const FlowLibrary& library)
{
    const SlaDefinition* current = findSla(inForce, id);
    if (!current)
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("there is no SLA %1").arg(id));
    SlaDefinition changed = *current;
    changed.thresholdSeconds = thresholdSeconds;
    if (const QString problem = slaProblem(changed, library); !problem.isEmpty())
        return StoreError::make(StoreError::Code::Refused, problem);
    return store.saveSla(changed, edit);
}

} // namespace ct
