#pragma once

#include "transactionstages.h"

#include <QString>

namespace ct {

// One transaction that reached one system's figure and not (yet) the other's: part of a difference
// between two systems (a stock movement one booked, a campaign's price one took over).
struct DeltaCause {
    using Kind = StageBlame::Kind;
    Kind kind = Kind::Pending;
    QString correlationId;
    QString flow;
    QString laggingSystem;  // the system that has not taken it over
    QString stage;          // that system's stage for it
    QString stageName;      // for people
    QString blockingStage;  // the stage that failed or is awaited: the lagging one, or one before it
    QString blockingName;   // for people, e.g. "ERP posting"
    QString failedEventId;  // the failed event, for Failed and Stopped
    qint64 quantity = 0;    // what it adds to the difference (system minus authority), in the measure's unit
    Timestamp movedAt;      // when the other system took it over
    Timestamp dueAt;        // when the blocking stage was due (Overdue, Pending), else null

    // Fills the lagging and blocking stages from what became of the transaction's stages.
    void blame(const TransactionStages& stages, int laggingStage, Timestamp now);
};

// "failed" | "stopped" | "overdue" | "pending".
const char* deltaCauseKindName(DeltaCause::Kind kind);

// One plain sentence about a cause, e.g. "ERP posting of ORD-000123 failed, so erp has not taken it
// over (+2)". Times as ISO 8601 unless timeText says otherwise; the quantity as a signed integer
// unless quantityText says otherwise (signedPrice() for prices).
QString describeCause(const DeltaCause& cause, QString (*timeText)(Timestamp) = nullptr,
                      QString (*quantityText)(qint64) = nullptr);

// A signed amount in minor units as major units, e.g. "+54.00".
QString signedPrice(qint64 minor);

} // namespace ct
