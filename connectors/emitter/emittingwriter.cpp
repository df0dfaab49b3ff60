#include "emittingwriter.h"

#include "httpemitter.h"

namespace ct {

Expected<IngestResult> EmittingWriter::ingest(const IngestBatch& batch)
{
    IngestResult result;
    IngestBatch rest = batch;
    rest.events.clear();
    if (!rest.isEmpty()) {
        auto written = m_store.ingest(rest);
        if (!written)
            return written.error();
        result = written.value();
    }
    if (StoreError e = m_emitter.post(batch.events); e.isError())
        return e;
    result.eventsInserted += batch.events.size();
    return result;
}

} // namespace ct
