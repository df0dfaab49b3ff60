// application/x-protobuf: a controltower.v1.EventBatch, its fields mapped directly.
#include "decoders.h"

#include "eventmapper.h"

#include "controltower/v1/event_batch.pb.h"

#include <google/protobuf/arena.h>
#include <google/protobuf/stubs/logging.h>

#include <algorithm>
#include <limits>

namespace ct::cloudevents {
namespace {

QString text(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<EventStatus> statusOf(controltower::v1::Event_Status status)
{
    switch (status) {
    case controltower::v1::Event_Status_STATUS_OK:
        return EventStatus::Ok;
    case controltower::v1::Event_Status_STATUS_FAILED:
        return EventStatus::Failed;
    case controltower::v1::Event_Status_STATUS_RETRYING:
        return EventStatus::Retrying;
    case controltower::v1::Event_Status_STATUS_SKIPPED:
        return EventStatus::Skipped;
    default:
        // proto3 enums are open: a number no name has arrives as itself.
        return std::nullopt;
    }
}

bool mapEvent(const controltower::v1::Event& in, EventMapper& mapper)
{
    mapper.impliesSpecVersion();
    // id, source and type always, so that an empty one is named; the rest only when set (proto3
    // cannot tell an empty string from an absent one).
    const std::pair<QStringView, const std::string*> texts[] = {
        {u"id", &in.id()},
        {u"source", &in.source()},
        {u"type", &in.type()},
        {u"subject", &in.subject()},
        {u"datacontenttype", &in.content_type()},
        {u"correlationid", &in.correlation_id()},
        {u"causationid", &in.causation_id()},
        {u"flow", &in.flow()},
        {u"stage", &in.stage()},
        {u"node", &in.node()},
        {u"sku", &in.sku()},
        {u"currency", &in.currency()},
    };
    constexpr std::size_t required = 3;
    for (std::size_t i = 0; i < std::size(texts); ++i) {
        const auto& [name, value] = texts[i];
        if ((i < required || !value->empty()) && !mapper.text(name, text(*value)))
            return false;
    }
    const std::optional<EventStatus> status = statusOf(in.status());
    if (!status)
        return mapper.fail(QStringLiteral("status"),
                           QStringLiteral("status %1 is not one of STATUS_OK, STATUS_FAILED, STATUS_RETRYING "
                                          "or STATUS_SKIPPED")
                               .arg(int(in.status())));
    mapper.setStatus(*status);
    // 0 is proto3's "not set": the event takes the time it was received, as one without `time` does.
    if (in.occurred_at_us() != 0)
        mapper.setTime(Timestamp::fromMicros(in.occurred_at_us()));
    if (in.has_quantity() && !mapper.integer(u"quantity", in.quantity()))
        return false;
    if (in.has_amount_minor() && !mapper.integer(u"amount", in.amount_minor()))
        return false;
    // The map's order is a hash's: sort, so that the first error reported is always the same one.
    std::vector<const std::string*> names;
    names.reserve(in.attributes().size());
    for (const auto& [name, value] : in.attributes())
        names.push_back(&name);
    std::sort(names.begin(), names.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    for (const std::string* name : names) {
        if (!mapper.freeAttribute(text(*name), text(in.attributes().at(*name))))
            return false;
    }
    return true;
}

} // namespace

Decoded decodeProtobuf(const Request& request)
{
    const QString body = QStringLiteral("body");
    if (request.body.size() > std::numeric_limits<int>::max())
        return refused(body, -1, QStringLiteral("the body is larger than a protobuf message can be"));
    // The messages and their strings on an arena: a few blocks for the whole batch, freed at once,
    // rather than an allocation and a free for every event and string. The first block is sized from
    // the body (twice its size, at most 4 MiB), so a typical batch needs few more.
    google::protobuf::ArenaOptions options;
    options.start_block_size = std::clamp<std::size_t>(std::size_t(request.body.size()) * 2, 4096, 4 << 20);
    options.max_block_size = std::max<std::size_t>(options.start_block_size, options.max_block_size);
    google::protobuf::Arena arena(options);
    auto& batch = *google::protobuf::Arena::CreateMessage<controltower::v1::EventBatch>(&arena);
    {
        // The parser logs a string that is not UTF-8 to stderr; the sender hears of it from us, and a
        // hostile client must not be able to fill the collector's log.
        const google::protobuf::LogSilencer quiet;
        if (!batch.ParseFromArray(request.body.constData(), int(request.body.size())))
            return refused(body, -1, QStringLiteral("the body is not a valid controltower.v1.EventBatch"));
    }
    if (batch.events_size() > kMaxEventsPerRequest)
        return tooManyEvents(batch.events_size());
    Decoded result;
    result.events.reserve(batch.events_size());
    for (int i = 0; i < batch.events_size(); ++i) {
        const controltower::v1::Event& in = batch.events(i);
        EventMapper mapper(FieldNames::Protobuf, i);
        std::optional<Event> event = mapEvent(in, mapper) ? mapper.finish(request.receivedAt) : std::nullopt;
        if (!event)
            return refused(mapper.error().field, mapper.error().index, mapper.error().message);
        event->payload = QByteArray(in.payload().data(), qsizetype(in.payload().size()));
        result.events.append(std::move(*event));
    }
    return result;
}

} // namespace ct::cloudevents
