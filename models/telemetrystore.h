#pragma once

#include "auditlog.h"
#include "businesskeyreader.h"
#include "eventreader.h"
#include "failedmessagestore.h"
#include "ingestwriter.h"
#include "positionreader.h"
#include "postingstore.h"
#include "querycontrol.h"
#include "replayjob.h"
#include "revenueblockerreader.h"
#include "rollups.h"
#include "slastore.h"
#include "storeerror.h"
#include "storeinfo.h"
#include "storelocation.h"
#include "storestats.h"

#include <QList>

#include <functional>
#include <memory>

namespace ct {

// The telemetry store. Synchronous, and confined to the thread that opened it: every thread that
// needs one opens its own (see openStore() in connectors). The GUI talks to StoreService instead.
// It is the sum of narrow ports, one per capability (events, business keys, failed messages, positions, audit,
// the ingest writer, the rollups, the SLAs; the change feed is a ChangeFeed of its own): code that needs one
// capability takes that port. Summaries for the pages come from the rollups, never from a scan.
class TelemetryStore : public EventReader,
                       public BusinessKeyReader,
                       public FailedMessageStore,
                       public ReplayJobStore,
                       public PositionReader,
                       public AuditLog,
                       public IngestWriter,
                       public RollupReader,
                       public PostingStore,
                       public RevenueBlockerReader,
                       public SlaStore {
public:
    ~TelemetryStore() override = default;
    TelemetryStore() = default;
    TelemetryStore(const TelemetryStore&) = delete;
    TelemetryStore& operator=(const TelemetryStore&) = delete;

    virtual const StoreLocation& location() const = 0;

    // Cancels this connection's statements from any thread, and limits how long each may run.
    virtual std::shared_ptr<QueryControl> queryControl() = 0;
    // 0: no limit. A statement past it fails with StoreError::Code::TimedOut.
    virtual StoreError setStatementTimeout(qint64 ms) = 0;
    virtual Expected<StoreInfo> info() = 0;
    virtual Expected<StoreStats> stats() = 0;
    // True when the store holds no telemetry (its audit trail does not count).
    virtual Expected<bool> isEmpty() = 0;
    // The most this connection may do to failed messages: on PostgreSQL what its database roles grant
    // (ctower_viewer, ctower_operator, ctower_admin; the schema's owner is an admin; anyone else a
    // viewer), on SQLite admin (whoever may write the file may do anything to it). Actions act in
    // actingRole(asked, granted): never more than this.
    virtual Expected<ActorRole> grantedRole() = 0;
};

enum class OpenMode {
    ReadOnly,   // never creates or migrates; a missing store is an error
    ReadWrite,  // creates a missing SQLite file and applies pending migrations
};

// Opens a store on the calling thread. The app builds one from a connector (openStore() in
// connectors/store), so code that only needs "a store" never depends on a backend.
using StoreOpener = std::function<Expected<std::unique_ptr<TelemetryStore>>()>;

} // namespace ct
