#pragma once

#include "storeerror.h"

#include <QList>
#include <QString>

#include <utility>

namespace ct {

class PostgresConnection;

// The day partitions of ctower.events: which days already have a partition (ours, events_dYYYYMMDD,
// or a wider one a database administrator attached), and creating the missing ones before a batch
// needs them. Known ranges are cached; the catalog is read again only when a day is missing.
class PostgresPartitions {
public:
    // Outside any transaction: the creation commits on its own, so readers wait for the catalog
    // change only, never for a batch.
    StoreError ensure(PostgresConnection& connection, const QList<qint32>& days);
    // After a failed write: a partition may have been dropped behind our back.
    void forget() { m_loaded = false; }

    // events_d20261102 for 2026-11-02; days outside years 1-9999 by number (events_day_m5 for -5).
    static QString nameFor(qint32 day);

private:
    bool covers(qint32 day) const;
    StoreError load(PostgresConnection& connection);

    QList<std::pair<qint64, qint64>> m_ranges;  // [from, to) in days
    bool m_hasDefault = false;
    bool m_loaded = false;
};

} // namespace ct
