#pragma once

#include "ingestbatch.h"
#include "storeerror.h"

namespace ct {

// Port: the ingest writer. One batch, one transaction: events, failed messages, positions and the
// rollups that summarise them, then the change notification.
class IngestWriter {
public:
    virtual ~IngestWriter() = default;

    // Writes the whole batch in one transaction; duplicates are skipped and counted, never an error.
    virtual Expected<IngestResult> ingest(const IngestBatch& batch) = 0;
    // Removes all telemetry, keeping the audit trail; the caller audits why.
    virtual Expected<bool> clearTelemetry() = 0;
};

} // namespace ct
