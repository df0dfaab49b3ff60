#include "lineagelookup.h"

#include "eventquery.h"
#include "eventreader.h"
#include "failedmessagestore.h"

#include <QRegularExpression>

#include <functional>

namespace ct {

Expected<LineageLookup> readTransaction(EventReader& events, FailedMessageStore& failures,
                                        const QString& correlationId, LineageMatch match)
{
    LineageLookup lookup;
    lookup.correlationId = correlationId;
    lookup.match = match;
    auto read = events.eventsByCorrelation(correlationId);
    if (!read)
        return read.error();
    lookup.events = std::move(read).value();
    auto failed = failures.failedMessagesOf(correlationId);
    if (!failed)
        return failed.error();
    lookup.failedMessages = std::move(failed).value();
    return lookup;
}

QString lineageMatchName(LineageMatch match)
{
    // In the order of the enum.
    static const char* const names[] = {"none",       "newest_failed", "correlation_id", "event_id",
                                        "message_id", "subject",       "business_key"};
    return QLatin1String(names[int(match)]);
}

QStringList businessKeysOf(const QString& text)
{
    QStringList keys = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    keys.removeDuplicates();
    return keys;
}

Expected<LineageLookup> lookUpLineage(EventReader& events, FailedMessageStore& failures, BusinessKeyReader& keys,
                                      const QString& id)
{
    if (id.isEmpty()) {
        EventQuery newest;
        newest.status = eventStatusName(EventStatus::Failed);
        newest.limit = 1;
        auto failed = events.events(newest); // newest first, along the events' time index
        if (!failed)
            return failed.error();
        if (failed->isEmpty())
            return LineageLookup{};
        return readTransaction(events, failures, failed->constFirst().correlationId,
                               LineageMatch::NewestFailed);
    }
    auto asCorrelation = readTransaction(events, failures, id, LineageMatch::CorrelationId);
    if (!asCorrelation || asCorrelation->found())
        return asCorrelation;
    const std::pair<LineageMatch, std::function<Expected<QString>()>> resolvers[] = {
        {LineageMatch::EventId, [&] { return events.correlationOfEvent(id); }},
        {LineageMatch::MessageId, [&] { return failures.correlationOfMessage(id); }},
        {LineageMatch::Subject, [&] { return events.correlationOfSubject(id); }},
    };
    for (const auto& [match, resolve] : resolvers) {
        auto correlationId = resolve();
        if (!correlationId)
            return correlationId.error();
        if (!correlationId->isEmpty())
            return readTransaction(events, failures, correlationId.value(), match);
    }
    auto touched = keys.transactionsByKey(businessKeysOf(id), LineageLookup::kMaxCandidates);
    if (!touched)
        return touched.error();
    if (touched->size() == 1)
        return readTransaction(events, failures, touched->constFirst().correlationId, LineageMatch::BusinessKey);
    LineageLookup nothing;
    if (touched->size() > 1) {
        nothing.match = LineageMatch::BusinessKey;
        nothing.candidates = std::move(touched).value();
    }
    nothing.correlationId = id;
    return nothing;
}

} // namespace ct
