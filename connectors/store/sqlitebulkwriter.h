#pragma once

#include "businesskeybatch.h"
#include "ingestbatch.h"
#include "correlationcache.h"
#include "recentids.h"
#include "textinterner.h"
#include "rollupdelta.h"
#include "storeerror.h"

#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ct {

// Inserts a batch with prepared statements of the SQLite C API; the caller owns the transaction.
// The statements are prepared once and reused for every batch (finalised on destruction).
class SqliteBulkWriter {
public:
    explicit SqliteBulkWriter(sqlite3* db);
    ~SqliteBulkWriter();
    SqliteBulkWriter(const SqliteBulkWriter&) = delete;
    SqliteBulkWriter& operator=(const SqliteBulkWriter&) = delete;

    // On failure returns the SQLite message; the transaction must then be rolled back.
    StoreError write(const IngestBatch& batch, IngestResult* result);
    // After the transaction: remember the written ids (committed) or forget them (rolled back).
    void finish(bool committed);

private:
    struct Statement;
    StoreError prepare();
    StoreError writeEvents(const QList<Event>& events, IngestResult* result);
    StoreError writeFailedMessages(const QList<FailedMessage>& messages, IngestResult* result);
    StoreError writeInventory(const QList<InventoryPosition>& positions, IngestResult* result);
    StoreError judgeDisagreements(const QList<InventoryPosition>& positions);
    StoreError writePrices(const QList<PricePosition>& positions, IngestResult* result);
    StoreError writeFaults(const QList<InjectedFault>& faults, IngestResult* result);
    StoreError writeRollups();
    StoreError writeBusinessKeys();
    StoreError checkCache();
    StoreError readStored(const QString& correlationId, QList<RollupEvent>& events);
    StoreError collectCorrelations(RollupDelta& delta);
    StoreError failure(const char* doing) const;

    sqlite3* m_db;
    std::unique_ptr<Statement> m_event, m_failed, m_failedPosition, m_inventory, m_price, m_fault, m_key;
    std::unique_ptr<Statement> m_minute, m_latency, m_outcome, m_awaiting, m_awaitingGone, m_failedCount, m_inFlight,
        m_before, m_versionQuery, m_forgetDisagreement, m_judgeDisagreement;
    qint64 m_firstNewSeq = 0;
    RollupDelta m_delta;  // of the open transaction
    RecentIds m_recent;
    QList<const Event*> m_pending;  // written in the open transaction
    QList<std::pair<quint64, qint64>> m_pendingIds;  // their (source, id) fingerprints and days
    QList<std::pair<QString, QList<RollupEvent>>> m_touched;  // the open transaction's correlations, all events
    CorrelationCache m_known;  // of committed transactions
    qint64 m_dataVersion = -1;
    TextInterner m_currencies;
    BusinessKeyExtractor m_keyExtractor;
    BusinessKeyBatch m_keys{m_keyExtractor};  // of the open transaction
};

} // namespace ct
