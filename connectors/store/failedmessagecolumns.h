#pragma once

#include "failedmessage.h"
#include "failuresignature.h"
#include "recordcolumns.h"

namespace ct {

namespace column {

// The workflow state by its stored name. One this program does not know reads as open; a reader
// that must refuse such a row checks the column itself.
struct FailedMessageStateName {
    const char* name;

    template <typename Sink>
    void write(const FailedMessage& m, Sink& sink) const { sink.text(failedMessageStateName(m.state)); }
    void read(FailedMessage& m, const QVariant& v) const
    {
        m.state = failedMessageStateFromName(v.toString()).value_or(FailedMessageState::Open);
    }
};

// The de-duplication key, made from the fields when the message does not bring one.
struct FailedMessageDedupKey {
    const char* name;

    template <typename Sink>
    void write(const FailedMessage& m, Sink& sink) const { sink.text(deadLetterKey(m)); }
    void read(FailedMessage& m, const QVariant& v) const { m.dedupKey = v.toString(); }
};

// When it entered its state: a message stored without one entered it when it last died.
struct FailedMessageStateSince {
    const char* name;

    template <typename Sink>
    void write(const FailedMessage& m, Sink& sink) const
    {
        sink.integer((m.stateSince.isNull() ? m.lastDeathAt : m.stateSince).micros());
    }
    void read(FailedMessage& m, const QVariant& v) const { m.stateSince = Timestamp::fromMicros(v.toLongLong()); }
};

// The reason's signature, made from it as it is written: the Exceptions page groups by it.
struct FailedMessageSignature {
    const char* name;

    template <typename Sink>
    void write(const FailedMessage& m, Sink& sink) const { sink.text(failureSignature(m.errorText)); }
    void read(FailedMessage& m, const QVariant& v) const { m.failureSignature = v.toString(); }
};

} // namespace column

// What is stored of a failed message once, when it arrives: the failed_message_records table.
inline constexpr std::tuple kFailedMessageRecordColumns{
    column::Key<FailedMessage>{"key", &FailedMessage::key},
    column::Text<FailedMessage>{"message_id", &FailedMessage::messageId},
    column::Text<FailedMessage>{"correlation_id", &FailedMessage::correlationId},
    column::Text<FailedMessage>{"event_id", &FailedMessage::eventId},
    column::Text<FailedMessage>{"source", &FailedMessage::source},
    column::Text<FailedMessage>{"flow", &FailedMessage::flow},
    column::Text<FailedMessage>{"stage", &FailedMessage::stage},
    column::Text<FailedMessage>{"broker", &FailedMessage::broker},
    column::Text<FailedMessage>{"queue", &FailedMessage::queue},
    column::Text<FailedMessage>{"original_exchange", &FailedMessage::originalExchange},
    column::Text<FailedMessage>{"original_routing_key", &FailedMessage::originalRoutingKey},
    column::Text<FailedMessage>{"death_reason", &FailedMessage::deathReason},
    column::Integer<FailedMessage>{"death_count", &FailedMessage::deathCount},
    column::Time<FailedMessage>{"first_death_at", &FailedMessage::firstDeathAt},
    column::Time<FailedMessage>{"last_death_at", &FailedMessage::lastDeathAt},
    column::Text<FailedMessage>{"error_class", &FailedMessage::errorClass},
    column::Text<FailedMessage>{"error_text", &FailedMessage::errorText},
    column::Utf8<FailedMessage>{"headers", &FailedMessage::headers},
    column::Text<FailedMessage>{"content_type", &FailedMessage::contentType},
    column::Bytes<FailedMessage>{"payload", &FailedMessage::payload},
    column::Text<FailedMessage>{"sku", &FailedMessage::sku},
    column::Text<FailedMessage>{"node", &FailedMessage::node},
    column::OptionalInteger<FailedMessage>{"quantity", &FailedMessage::quantity},
    column::OptionalInteger<FailedMessage>{"amount_minor", &FailedMessage::amountMinor},
    column::Text<FailedMessage>{"currency", &FailedMessage::currency},
    column::FailedMessageDedupKey{"dedup_key"},
    column::Text<FailedMessage>{"origin_queue", &FailedMessage::originQueue},
    column::FailedMessageSignature{"failure_signature"},
};

using FailedMessageRecordColumns = RecordColumns<FailedMessage, kFailedMessageRecordColumns>;

// Where a failed message stands in the workflow: what only the failed_message_positions table holds.
inline constexpr std::tuple kFailedMessageStandingColumns{
    column::FailedMessageStateName{"state"},
    column::Integer<FailedMessage>{"version", &FailedMessage::version},
    column::Integer<FailedMessage>{"replay_count", &FailedMessage::replayCount},
    column::Text<FailedMessage>{"assignee", &FailedMessage::assignee},
    column::Text<FailedMessage>{"note", &FailedMessage::note},
    column::FailedMessageStateSince{"state_since"},
    column::Time<FailedMessage>{"snoozed_until", &FailedMessage::snoozedUntil},
};

// The failed_message_positions table, the only one a transition writes: the key, the standing, and
// copies of what the lists filter, order and group by (written once, as the record is).
inline constexpr auto kFailedMessagePositionColumns =
    std::tuple_cat(std::tuple{column::Key<FailedMessage>{"key", &FailedMessage::key}}, kFailedMessageStandingColumns,
                   std::tuple{column::Time<FailedMessage>{"last_death_at", &FailedMessage::lastDeathAt},
                              column::Text<FailedMessage>{"error_class", &FailedMessage::errorClass},
                              column::Text<FailedMessage>{"queue", &FailedMessage::queue},
                              column::Text<FailedMessage>{"source", &FailedMessage::source},
                              column::FailedMessageSignature{"failure_signature"}});

using FailedMessagePositionColumns = RecordColumns<FailedMessage, kFailedMessagePositionColumns>;

// A whole failed message, as the failed_messages view gives it (its record and its position).
inline constexpr auto kFailedMessageColumns = std::tuple_cat(kFailedMessageRecordColumns, kFailedMessageStandingColumns);

using FailedMessageColumns = RecordColumns<FailedMessage, kFailedMessageColumns>;

// What a transition reads and writes of a row: the workflow position, and what the rollup of open
// messages counts it by.
inline constexpr std::tuple kFailedMessageWorkflowColumns{
    column::Key<FailedMessage>{"key", &FailedMessage::key},
    column::Text<FailedMessage>{"queue", &FailedMessage::queue},
    column::Text<FailedMessage>{"error_class", &FailedMessage::errorClass},
    column::FailedMessageStateName{"state"},
    column::Text<FailedMessage>{"assignee", &FailedMessage::assignee},
    column::Text<FailedMessage>{"note", &FailedMessage::note},
    column::Integer<FailedMessage>{"version", &FailedMessage::version},
    column::Integer<FailedMessage>{"replay_count", &FailedMessage::replayCount},
    column::FailedMessageStateSince{"state_since"},
    column::Time<FailedMessage>{"snoozed_until", &FailedMessage::snoozedUntil},
};

using FailedMessageWorkflowColumns = RecordColumns<FailedMessage, kFailedMessageWorkflowColumns>;

// What a replay reads: the workflow columns its transitions are decided from, and what it sends (the
// message, its ids and headers) and where to (its origin).
inline constexpr auto kFailedMessageReplayColumns = std::tuple_cat(
    kFailedMessageWorkflowColumns,
    std::tuple{
        column::Text<FailedMessage>{"message_id", &FailedMessage::messageId},
        column::Text<FailedMessage>{"correlation_id", &FailedMessage::correlationId},
        column::Text<FailedMessage>{"source", &FailedMessage::source},
        column::Text<FailedMessage>{"original_exchange", &FailedMessage::originalExchange},
        column::Text<FailedMessage>{"original_routing_key", &FailedMessage::originalRoutingKey},
        column::Text<FailedMessage>{"origin_queue", &FailedMessage::originQueue},
        column::Utf8<FailedMessage>{"headers", &FailedMessage::headers},
        column::Text<FailedMessage>{"content_type", &FailedMessage::contentType},
        column::Bytes<FailedMessage>{"payload", &FailedMessage::payload},
    });

using FailedMessageReplayColumns = RecordColumns<FailedMessage, kFailedMessageReplayColumns>;

} // namespace ct
