#pragma once

#include "event.h"
#include "ingestbatch.h"
#include "postgrespartitions.h"
#include "recentids.h"
#include "storeerror.h"

#include <QList>

namespace ct {

class PostgresConnection;
class PostgresCopyText;

// Writes the events of a batch. Those whose (source, id) this writer has not committed lately go
// straight into the table with one COPY, the fastest way in; a COPY fails as a whole on the first
// duplicate, and then they are retried with the rest through a staging table, which skips what the
// table already holds (on the same day through the unique indexes; on another day, for redeliveries
// stamped after midnight, through the recent ids and a probe). Each day's partition is made first.
class PostgresEventWriter {
public:
    PostgresEventWriter(PostgresConnection& connection, PostgresCopyText& buffer);
    PostgresEventWriter(const PostgresEventWriter&) = delete;
    PostgresEventWriter& operator=(const PostgresEventWriter&) = delete;

    // Outside any transaction: the staging table and the day partitions the events need.
    StoreError prepare(const QList<Event>& events);
    // Inside the caller's transaction; *inserted gets the indexes of the events the table took.
    StoreError write(const QList<Event>& events, IngestResult* result, QList<qsizetype>* inserted);
    // After the caller's commit: the events join the recent ids, never before, so a rolled-back
    // batch cannot make its own redelivery look like a duplicate.
    void committed(const QList<Event>& events);
    void rolledBack();
    // After the store was cleared: what it remembers refers to events that are gone.
    void forgetRecentIds() { m_recent = RecentIds(); }

private:
    // The events of a batch by whether this writer committed their (source, id) lately.
    struct Plan {
        QList<qsizetype> unseen;  // straight into the table
        QList<qsizetype> seen;    // through the staging table
    };
    // Copies the unseen events straight into the table, in a savepoint; false when the table held one
    // of them already (then nothing was written and the transaction goes on).
    Expected<bool> copyUnseen(const QList<Event>& events, Plan* plan);
    Expected<qint64> insertStaged(const QList<Event>& events, const QList<qsizetype>& rows, QList<qsizetype>* inserted);
    void encodeEvent(PostgresCopyText& row, const Event& e);

    PostgresConnection& m_connection;
    PostgresCopyText& m_buffer;
    PostgresPartitions m_partitions;
    RecentIds m_recent;
    bool m_stagingReady = false;
};

} // namespace ct
