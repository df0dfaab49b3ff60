#pragma once

#include "event.h"
#include "failedmessage.h"
#include "injectedfault.h"
#include "inventoryposition.h"
#include "priceposition.h"

#include <QList>

namespace ct {

// Everything one ingest writes, in one transaction.
struct IngestBatch {
    QList<Event> events;
    QList<FailedMessage> failedMessages;
    QList<InventoryPosition> inventory;   // upserted by (sku, node, system)
    QList<PricePosition> prices;          // upserted by (sku, node, system)
    QList<InjectedFault> faults;

    bool isEmpty() const
    {
        return events.isEmpty() && failedMessages.isEmpty() && inventory.isEmpty() && prices.isEmpty()
            && faults.isEmpty();
    }
    void clear() { *this = IngestBatch(); }
};

struct IngestResult {
    qint64 eventsInserted = 0;
    qint64 eventsDuplicate = 0;    // same (source, id) already stored
    qint64 failedInserted = 0;
    qint64 failedDuplicate = 0;    // same dead-letter key already stored (a redelivery)
    qint64 inventoryUpserted = 0;
    qint64 pricesUpserted = 0;
    qint64 faultsInserted = 0;

    IngestResult& operator+=(const IngestResult& o)
    {
        eventsInserted += o.eventsInserted;
        eventsDuplicate += o.eventsDuplicate;
        failedInserted += o.failedInserted;
        failedDuplicate += o.failedDuplicate;
        inventoryUpserted += o.inventoryUpserted;
        pricesUpserted += o.pricesUpserted;
        faultsInserted += o.faultsInserted;
        return *this;
    }
};

} // namespace ct
