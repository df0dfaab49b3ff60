#pragma once

#include "ingestwriter.h"

namespace ct {

class HttpEmitter;

// An ingest writer that sends a batch's events through a collector and writes the rest of it
// (failed messages, positions, the fault ledger) to a store directly: what middleware would post
// goes over HTTP, what other connectors bring goes the way they bring it.
class EmittingWriter final : public IngestWriter {
public:
    EmittingWriter(HttpEmitter& emitter, IngestWriter& store) : m_emitter(emitter), m_store(store) {}
    // The events count as inserted: the collector de-duplicates them, this side cannot know which.
    Expected<IngestResult> ingest(const IngestBatch& batch) override;
    Expected<bool> clearTelemetry() override { return m_store.clearTelemetry(); }

private:
    HttpEmitter& m_emitter;
    IngestWriter& m_store;
};

} // namespace ct
