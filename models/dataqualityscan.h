#pragma once

#include "dataqualityrules.h"
#include "eventreader.h"
#include "positionreader.h"
#include "slareport.h"
#include "storeerror.h"

#include <QList>
#include <QString>

#include <atomic>

namespace ct {

// The data-quality rules checked over the events of a range of time, when they are read (rather than
// at ingest): an edited rules file applies to the next read, and nothing is stored twice.

// The emitting system of a source: "wms" of "wms.dc-east", "erp" of "erp".
QString systemOfSource(const QString& source);

// One rule one event breaks.
struct DataQualityViolation {
    QString rule;
    QString system; // the event's source system
    QString source;
    QString correlationId;
    QString eventId;
    QString flow;
    QString stage;
    Timestamp occurredAt;
    QString detail; // plain text from the event
};

// How many violations of one rule one system's events carry.
struct DataQualityCount {
    QString rule;
    QString system;
    qint64 count = 0;
};

struct DataQualityReport {
    Timestamp from;  // inclusive; null: from the first event
    Timestamp until; // exclusive; null: up to the newest
    qint64 eventsChecked = 0;
    QList<DataQualityViolation> violations; // newest first
};

// The violations of every event of the list (pure).
QList<DataQualityViolation> violationsOf(const QList<Event>& events, const DataQualityRules& rules,
                                         const EstateReference& reference);
// The counts per rule and system, most first (then by rule and system).
QList<DataQualityCount> violationCounts(const QList<DataQualityViolation>& violations);
// The violations of one rule (empty: any) from one system (empty: any), in their order.
QList<DataQualityViolation> violationsMatching(const QList<DataQualityViolation>& violations, const QString& rule,
                                               const QString& system);
// How many of the violations fell into each bucket of the range, in time order.
QList<qint64> violationsPerBucket(const QList<DataQualityViolation>& violations, const SlaRange& range);

// What the store knows of the estate (its inventory and price positions).
Expected<EstateReference> readEstateReference(PositionReader& positions);
// Reads the events of [from, until) page by page, newest first, and checks each against the rules.
// Stops with StoreError::Code::Cancelled when *cancel turns true.
Expected<DataQualityReport> scanDataQuality(EventReader& events, const DataQualityRules& rules,
                                            const EstateReference& reference, Timestamp from, Timestamp until,
                                            const std::atomic_bool* cancel = nullptr);

} // namespace ct
