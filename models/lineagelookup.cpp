#include "lineagelookup.h"

#include "eventquery.h"
#include "eventreader.h"

namespace ct {

Expected<LineageLookup> lookUpLineage(EventReader& reader, const QString& correlationId)
{
    LineageLookup lookup;
    lookup.correlationId = correlationId;
    if (correlationId.isEmpty()) {
        EventQuery newest;
        newest.status = eventStatusName(EventStatus::Failed);
        newest.limit = 1;
        auto failed = reader.events(newest);  // newest first, along the events' time index
        if (!failed)
            return failed.error();
        if (failed->isEmpty())
            return lookup;
        lookup.correlationId = failed->constFirst().correlationId;
        lookup.newestFailed = true;
    }
    auto events = reader.eventsByCorrelation(lookup.correlationId);
    if (!events)
        return events.error();
    lookup.events = std::move(events).value();
    return lookup;
}

} // namespace ct
