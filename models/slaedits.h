#pragma once

#include "flowlibrary.h"
#include "slastore.h"

#include <QList>
#include <QString>

namespace ct {

// The SLAs in force on a store: the built-in ones with the store's edits over them (mergeSlas()).
Expected<QList<SlaDefinition>> slasInForce(SlaStore& store);

// Sets the threshold of the SLA `id` (one of `inForce`) and keeps it in the store, audited. Refused,
// with a sentence, for an unknown id or a threshold slaProblem() rejects; the store refuses a viewer.
Expected<SlaDefinition> setSlaThreshold(SlaStore& store, const QList<SlaDefinition>& inForce, const QString& id,
                                        double thresholdSeconds, const SlaEdit& edit, const FlowLibrary& library);

} // namespace ct
