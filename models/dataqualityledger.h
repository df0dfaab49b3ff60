#pragma once

#include "dataqualityscan.h"

#include <QMap>

#include <atomic>

namespace ct {

// The data-quality violations of a live range, kept up to date by reading only the events stored
// since the last read (by their sequence numbers), not the whole range again.
//
// Sequence numbers are given as events are stored, but on PostgreSQL a writer's transaction still
// open can hold lower ones than a committed one: a number skipped over is kept as a gap and read
// again until it appears, or until kGapPatienceSeconds have passed (a number a rolled-back batch used
// never appears). An event seen twice counts once. A first read starts after the range's lowest
// committed number, so an event a writer holds below it then is found only when the check starts over.
class DataQualityLedger {
public:
    static constexpr qint64 kGapPatienceSeconds = 120;
    static constexpr qsizetype kMaxGaps = 64;

    struct Gap {
        qint64 first = 0;
        qint64 last = 0;
        Timestamp seenAt;
    };

    DataQualityLedger() = default;
    // An empty ledger for the events occurred at or after `from`, checked by these rules against this
    // reference, that will read the events stored after number `after`.
    DataQualityLedger(const DataQualityRules& rules, EstateReference reference, Timestamp from, qint64 after);

    // Whether the ledger holds what checking from `from` with these rules and reference would find
    // (later reads add to it): the same rules and reference, and `from` not before its own.
    bool serves(const DataQualityRules& rules, const EstateReference& reference, Timestamp from) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

    // Checks stored events in the ledger's books: a number above the highest seen moves it (and keeps
    // the numbers skipped over as a gap seen at `now`), one in a gap fills it, any other was seen.
    void add(const QList<StoredEvent>& events, const DataQualityRules& rules, Timestamp now);
    // Forgets gaps older than the patience at `now`, the oldest first beyond kMaxGaps.
    void expireGaps(Timestamp now);
    // Forgets what occurred before `from`, which becomes the ledger's start.
    void moveStart(Timestamp from);

    qint64 highestSequence() const { return m_highest; }
    // The key of the event numbered highestSequence(), when the ledger read it.
    const QString& anchorKey() const { return m_anchorKey; }
    const QList<Gap>& gaps() const { return m_gaps; }
    Timestamp start() const { return m_from; }
    const EstateReference& reference() const { return m_reference; }
    // The positions' stamp (PositionReader::positionsStamp()) when the reference was last found current.
    const QString& positionsStamp() const { return m_positionsStamp; }
    void setPositionsStamp(const QString& stamp) { m_positionsStamp = stamp; }

    // The violations of [from, until) newest first, and the events of it checked.
    DataQualityReport report(Timestamp from, Timestamp until) const;

private:
    bool takeFromGap(qint64 sequence);

    QByteArray m_rules; // the rules' fingerprint
    EstateReference m_reference;
    QString m_positionsStamp;
    Timestamp m_from;
    qint64 m_highest = 0;
    QString m_anchorKey;
    QList<Gap> m_gaps; // oldest first
    QList<DataQualityViolation> m_violations;
    QMap<qint64, qint64> m_eventsPerMinute; // by the minute's start in microseconds
};

// Brings the ledger up to date for [range.from, range.until): reads the estate reference (when the
// positions' stamp moved), starts again
// from the range's first event when the rules, the reference or an earlier start call for it (or the
// store was cleared: the newest event the ledger read is gone), then reads the gaps' events and every event
// stored since. Stops with StoreError::Code::Cancelled when *cancel turns true.
Expected<DataQualityLedger> updateDataQuality(EventReader& events, PositionReader& positions,
                                              const DataQualityRules& rules, const SlaRange& range,
                                              DataQualityLedger ledger, Timestamp now,
                                              const std::atomic_bool* cancel = nullptr);

} // namespace ct
