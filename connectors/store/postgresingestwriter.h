#pragma once

#include "businesskeybatch.h"
#include "ingestbatch.h"
#include "postgrescopytext.h"
#include "postgreseventwriter.h"
#include "storeerror.h"

namespace ct {

class PostgresConnection;
struct RollupDelta;

// Writes a batch the way PostgreSQL takes bulk data fast, through COPY: events as
// PostgresEventWriter describes; failed messages and positions into session-local staging tables,
// then INSERT … SELECT into the store's tables, skipping duplicates (ON CONFLICT DO NOTHING) or
// upserting positions; the business keys of the inserted events likewise. As IngestResult defines, every event and failed message of a batch counts as
// either inserted or duplicate. The caller owns the transaction.
class PostgresIngestWriter {
public:
    explicit PostgresIngestWriter(PostgresConnection& connection);
    PostgresIngestWriter(const PostgresIngestWriter&) = delete;
    PostgresIngestWriter& operator=(const PostgresIngestWriter&) = delete;

    // Outside any transaction: the staging tables and the day partitions the batch needs.
    StoreError prepare(const IngestBatch& batch);
    // Inside the caller's transaction; on failure the caller rolls back and calls rolledBack().
    StoreError write(const IngestBatch& batch, IngestResult* result);
    void committed(const IngestBatch& batch);
    void rolledBack();
    // After the store was cleared.
    void forgetRecentIds() { m_events.forgetRecentIds(); }

private:
    StoreError createStaging();
    StoreError writeFailedMessages(const QList<FailedMessage>& messages, IngestResult* result, RollupDelta* delta);
    StoreError collectCorrelations(const QList<Event>& events, const QList<qsizetype>& inserted, RollupDelta* delta);
    StoreError writeRollups(const RollupDelta& delta);
    StoreError writeInventory(const QList<InventoryPosition>& positions, IngestResult* result);
    StoreError writePrices(const QList<PricePosition>& positions, IngestResult* result);
    StoreError writeFaults(const QList<InjectedFault>& faults, IngestResult* result);
    StoreError writeBusinessKeys(const QList<Event>& events, const QList<qsizetype>& inserted);

    PostgresConnection& m_connection;
    PostgresCopyText m_buffer;  // reused by every COPY
    PostgresEventWriter m_events;
    BusinessKeyExtractor m_keyExtractor;
    bool m_stagingReady = false;
};

} // namespace ct
