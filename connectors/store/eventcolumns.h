#pragma once

#include "event.h"
#include "recordcolumns.h"

namespace ct {

namespace column {

// The status by its stored code ("ok", "failed", …); a code this program does not know reads as ok.
struct EventStatusCode {
    const char* name;

    template <typename Sink>
    void write(const Event& e, Sink& sink) const { sink.utf8(QByteArrayView(eventStatusCode(e.status))); }
    void read(Event& e, const QVariant& v) const
    {
        e.status = eventStatusFromName(v.toString()).value_or(EventStatus::Ok);
    }
};

} // namespace column

// The events table. PostgreSQL's has the partition key `day` after these.
inline constexpr std::tuple kEventColumns{
    column::Key<Event>{"key", &Event::key},
    column::Text<Event>{"id", &Event::id},
    column::Text<Event>{"source", &Event::source},
    column::Text<Event>{"correlation_id", &Event::correlationId},
    column::Text<Event>{"causation_id", &Event::causationId},
    column::Text<Event>{"flow", &Event::flow},
    column::Text<Event>{"stage", &Event::stage},
    column::Text<Event>{"type", &Event::type},
    column::Text<Event>{"node", &Event::node},
    column::Text<Event>{"subject", &Event::subject},
    column::EventStatusCode{"status"},
    column::Time<Event>{"occurred_at", &Event::occurredAt},
    column::Time<Event>{"recorded_at", &Event::recordedAt},
    column::Text<Event>{"sku", &Event::sku},
    column::OptionalInteger<Event>{"quantity", &Event::quantity},
    column::OptionalInteger<Event>{"amount_minor", &Event::amountMinor},
    column::Text<Event>{"currency", &Event::currency},
    column::Text<Event>{"content_type", &Event::contentType},
    column::Bytes<Event>{"payload", &Event::payload},
    column::Utf8<Event>{"attributes", &Event::attributes},
    column::OptionalInteger<Event>{"tax_minor", &Event::taxMinor},
};

using EventColumns = RecordColumns<Event, kEventColumns>;

// What explaining a difference between two systems reads of an event: who did what to which SKU at
// which node, when, and whether it worked; never the payload.
inline constexpr std::tuple kStageEventColumns{
    column::Key<Event>{"key", &Event::key},
    column::Text<Event>{"id", &Event::id},
    column::Text<Event>{"source", &Event::source},
    column::Text<Event>{"correlation_id", &Event::correlationId},
    column::Text<Event>{"flow", &Event::flow},
    column::Text<Event>{"stage", &Event::stage},
    column::Text<Event>{"node", &Event::node},
    column::EventStatusCode{"status"},
    column::Time<Event>{"occurred_at", &Event::occurredAt},
    column::Text<Event>{"sku", &Event::sku},
    column::OptionalInteger<Event>{"quantity", &Event::quantity},
};

using StageEventColumns = RecordColumns<Event, kStageEventColumns>;

// An event as a verdict reads it: no payload, nothing a stage's judgement does not look at.
inline constexpr std::tuple kVerdictEventColumns{
    column::Key<Event>{"key", &Event::key},
    column::Text<Event>{"id", &Event::id},
    column::Text<Event>{"source", &Event::source},
    column::Text<Event>{"correlation_id", &Event::correlationId},
    column::Text<Event>{"causation_id", &Event::causationId},
    column::Text<Event>{"flow", &Event::flow},
    column::Text<Event>{"stage", &Event::stage},
    column::Text<Event>{"type", &Event::type},
    column::Text<Event>{"node", &Event::node},
    column::EventStatusCode{"status"},
    column::Time<Event>{"occurred_at", &Event::occurredAt},
    column::OptionalInteger<Event>{"amount_minor", &Event::amountMinor},
    column::Text<Event>{"currency", &Event::currency},
};

using VerdictEventColumns = RecordColumns<Event, kVerdictEventColumns>;

// An event about a SKU at a node as its index holds it (events_stock): which stage of which
// transaction, whether it worked, when. Enough to tell the transactions still open from the settled.
inline constexpr std::tuple kStockMarkColumns{
    column::Text<Event>{"correlation_id", &Event::correlationId},
    column::Text<Event>{"flow", &Event::flow},
    column::Text<Event>{"stage", &Event::stage},
    column::EventStatusCode{"status"},
    column::Time<Event>{"occurred_at", &Event::occurredAt},
};

using StockMarkColumns = RecordColumns<Event, kStockMarkColumns>;

} // namespace ct
