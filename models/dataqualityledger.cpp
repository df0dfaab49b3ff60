#include "dataqualityledger.h"

#include <algorithm>
#include <limits>

namespace ct {
namespace {

constexpr int kPageSize = 5000;
constexpr qint64 kMinuteMicros = 60'000'000;

qint64 minuteOf(Timestamp t)
{
    const qint64 us = t.micros();
    return us - (((us % kMinuteMicros) + kMinuteMicros) % kMinuteMicros);
}

StoreError cancelled()
{
    return StoreError::make(StoreError::Code::Cancelled, QStringLiteral("the data-quality check was cancelled"));
}

// Adds the events stored with a number in (after, upTo] to the ledger, page by page.
StoreError readStored(EventReader& events, qint64 after, qint64 upTo, const DataQualityRules& rules, Timestamp now,
                      const std::atomic_bool* cancel, DataQualityLedger& ledger)
{
    for (;;) {
        if (cancel && cancel->load())
            return cancelled();
        auto page = events.eventsBySequence(after, upTo, kPageSize);
        if (!page)
            return page.error();
        ledger.add(page.value(), rules, now);
        if (page->size() < kPageSize)
            return {};
        after = page->constLast().sequence;
    }
}

} // namespace

DataQualityLedger::DataQualityLedger(const DataQualityRules& rules, EstateReference reference, Timestamp from,
                                     qint64 after)
    : m_rules(rules.fingerprint())
    , m_reference(std::move(reference))
    , m_from(from)
    , m_highest(after)
{
}

bool DataQualityLedger::serves(const DataQualityRules& rules, const EstateReference& reference, Timestamp from) const
{
    return !isEmpty() && m_rules == rules.fingerprint() && !(from < m_from) && m_reference == reference;
}

bool DataQualityLedger::takeFromGap(qint64 sequence)
{
    for (qsizetype i = 0; i < m_gaps.size(); ++i) {
        Gap& gap = m_gaps[i];
        if (sequence < gap.first || sequence > gap.last)
            continue;
        if (gap.first == gap.last) {
            m_gaps.removeAt(i);
        } else if (sequence == gap.first) {
            ++gap.first;
        } else if (sequence == gap.last) {
            --gap.last;
        } else {
            const Gap upper{sequence + 1, gap.last, gap.seenAt};
            gap.last = sequence - 1;
            m_gaps.insert(i + 1, upper);
        }
        return true;
    }
    return false;
}

void DataQualityLedger::add(const QList<StoredEvent>& events, const DataQualityRules& rules, Timestamp now)
{
    for (const StoredEvent& stored : events) {
        if (stored.sequence > m_highest) {
            if (stored.sequence > m_highest + 1)
                m_gaps.append({m_highest + 1, stored.sequence - 1, now});
            m_highest = stored.sequence;
            m_anchorKey = stored.event.key;
        } else if (!takeFromGap(stored.sequence)) {
            continue; // checked already
        }
        const Event& e = stored.event;
        if (e.occurredAt < m_from)
            continue;
        ++m_eventsPerMinute[minuteOf(e.occurredAt)];
        for (DataQualityFinding& f : rules.evaluate(e, m_reference))
            m_violations.append({std::move(f.rule), systemOfSource(e.source), e.source, e.correlationId, e.id, e.flow,
                                 e.stage, e.occurredAt, std::move(f.detail)});
    }
}

void DataQualityLedger::expireGaps(Timestamp now)
{
    const qint64 patience = kGapPatienceSeconds * 1'000'000;
    m_gaps.removeIf([&](const Gap& g) { return now.micros() - g.seenAt.micros() > patience; });
    if (m_gaps.size() > kMaxGaps)
        m_gaps.remove(0, m_gaps.size() - kMaxGaps);
}

void DataQualityLedger::moveStart(Timestamp from)
{
    if (!(m_from < from))
        return;
    m_from = from;
    m_violations.removeIf([&](const DataQualityViolation& v) { return v.occurredAt < from; });
    m_eventsPerMinute.erase(m_eventsPerMinute.begin(), m_eventsPerMinute.lowerBound(minuteOf(from)));
}

DataQualityReport DataQualityLedger::report(Timestamp from, Timestamp until) const
{
    DataQualityReport out;
    out.from = from;
    out.until = until;
    const auto inRange = [&](Timestamp t) { return !(t < from) && (until.isNull() || t < until); };
    for (auto it = m_eventsPerMinute.lowerBound(minuteOf(from)); it != m_eventsPerMinute.cend(); ++it) {
        if (!until.isNull() && !(Timestamp::fromMicros(it.key()) < until))
            break;
        out.eventsChecked += it.value();
    }
    for (const DataQualityViolation& v : m_violations) {
        if (inRange(v.occurredAt))
            out.violations.append(v);
    }
    std::stable_sort(out.violations.begin(), out.violations.end(),
                     [](const DataQualityViolation& a, const DataQualityViolation& b) { return b.occurredAt < a.occurredAt; });
    return out;
}

Expected<DataQualityLedger> updateDataQuality(EventReader& events, PositionReader& positions,
                                              const DataQualityRules& rules, const SlaRange& range,
                                              DataQualityLedger ledger, Timestamp now, const std::atomic_bool* cancel)
{
    // The reference is read again only when the positions changed (reading it takes longer than the rest).
    auto stamp = positions.positionsStamp();
    if (!stamp)
        return stamp.error();
    Expected<EstateReference> reference = ledger.reference();
    if (ledger.isEmpty() || ledger.positionsStamp() != stamp.value())
        reference = readEstateReference(positions);
    if (!reference)
        return reference.error();
    bool fresh = !ledger.serves(rules, reference.value(), range.from);
    if (!fresh && !ledger.anchorKey().isEmpty()) {
        // The store was cleared (and maybe filled again) when its newest event read is gone.
        auto anchor = events.eventsBySequence(ledger.highestSequence() - 1, ledger.highestSequence(), 1);
        if (!anchor)
            return anchor.error();
        fresh = anchor->isEmpty() || anchor->constFirst().event.key != ledger.anchorKey();
    }
    if (fresh) {
        auto first = events.firstSequenceSince(range.from);
        if (!first)
            return first.error();
        qint64 after = first.value() - 1;
        if (first.value() == 0) {
            auto newest = events.newestSequence();
            if (!newest)
                return newest.error();
            after = newest.value();
        }
        ledger = DataQualityLedger(rules, std::move(reference.value()), range.from, after);
    }
    ledger.setPositionsStamp(stamp.value());
    ledger.moveStart(range.from);
    ledger.expireGaps(now);
    const QList<DataQualityLedger::Gap> gaps = ledger.gaps();
    for (const DataQualityLedger::Gap& gap : gaps) {
        if (StoreError e = readStored(events, gap.first - 1, gap.last, rules, now, cancel, ledger); e.isError())
            return e;
    }
    if (StoreError e = readStored(events, ledger.highestSequence(), std::numeric_limits<qint64>::max(), rules, now,
                                  cancel, ledger);
        e.isError())
        return e;
    return ledger;
}

} // namespace ct
