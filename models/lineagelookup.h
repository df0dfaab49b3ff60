#pragma once

#include "event.h"
#include "storeerror.h"

#include <QList>
#include <QString>

namespace ct {

class EventReader;

// What the Lineage page shows: the transaction asked for or, with nothing asked, the newest one with a
// failed event (the question a support engineer opens the page with), so it never opens empty.
struct LineageLookup {
    QString correlationId;      // empty: nothing asked, and no transaction has failed
    bool newestFailed = false;  // chosen, not asked for
    QList<Event> events;
};

Expected<LineageLookup> lookUpLineage(EventReader& reader, const QString& correlationId);

} // namespace ct
