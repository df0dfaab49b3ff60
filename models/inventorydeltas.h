#pragma once

#include "deltarules.h"
#include "event.h"
#include "inventoryposition.h"

#include <QList>
#include <QString>

namespace ct {

class FlowLibrary;

// One SKU at one node.
struct StockCell {
    QString sku;
    QString node;
    friend bool operator==(const StockCell& a, const StockCell& b) { return a.sku == b.sku && a.node == b.node; }
};

// One transaction that moved one system's count and not (yet) the other's: part of a difference.
struct DeltaCause {
    enum class Kind {
        Failed,  // the lagging system's own stage failed: its message waits in a dead-letter queue
        Stopped, // a stage before it failed, so the lagging system's stage never came
        Overdue, // the stage holding it up is past its SLA: stuck
        Pending, // on its way, within its SLA
    };
    Kind kind = Kind::Pending;
    QString correlationId;
    QString flow;
    QString laggingSystem;  // the system that has not taken the movement over
    QString stage;          // that system's stage for the movement
    QString stageName;      // for people
    QString blockingStage;  // the stage that failed or is awaited: the lagging one, or one before it
    QString blockingName;   // for people, e.g. "ERP posting"
    QString failedEventId;  // the failed event, for Failed and Stopped
    qint64 quantity = 0;    // what it adds to the difference (system minus authority)
    Timestamp movedAt;      // when the other system moved
    Timestamp dueAt;        // when the blocking stage was due (Overdue, Pending), else null
};

// One system's count of a SKU at a node against the authority's, and what explains the difference.
struct InventoryDelta {
    QString sku;
    QString node;
    QString system;
    QString authoritativeSystem;
    qint64 quantity = 0;
    qint64 authoritativeQuantity = 0;
    qint64 delta = 0;      // quantity - authoritativeQuantity
    qint64 explained = 0;  // the sum of the causes' quantities
    qint64 residual = 0;   // delta - explained: shrink, a mapping fault, or a movement nobody reported
    qint64 tolerance = 0;  // of the SKU's class
    Timestamp asOf;
    Timestamp authoritativeAsOf;
    bool stale = false;    // either figure is older than the rules allow
    bool noAuthority = false; // the authority has no figure for the cell (its quantity counts as 0)
    QList<DeltaCause> causes;

    bool disagrees() const { return delta != 0; }
    bool beyondTolerance() const { return qAbs(delta) > tolerance; }
    bool unexplained() const { return qAbs(residual) > tolerance; }
};

// One row per (SKU, node, system other than the node's authority), in the positions' order; the
// causes are left empty (explainDeltas fills them).
QList<InventoryDelta> inventoryDeltas(const QList<InventoryPosition>& positions, const DeltaRules& rules, Timestamp now);

// The cells with a difference to explain, each once.
QList<StockCell> cellsToExplain(const QList<InventoryDelta>& deltas);

// Fills causes, explained and residual from the events of the transactions that touched the cells
// (every event of each, not only those naming the cell: a stage's event may name another SKU by
// mistake). A transaction counts for a row when one of the two systems took its stock movement over
// by its figure's as-of time and the other did not: it explains (system's effect - authority's effect).
// Transactions both took over, or neither, cancel out.
void explainDeltas(QList<InventoryDelta>& deltas, const QList<Event>& events, const FlowLibrary& flows,
                   const DeltaRules& rules, Timestamp now);

// One plain sentence about a cause, e.g. "ERP posting of ORD-000123 failed: erp has not taken -2 over".
QString describeCause(const DeltaCause& cause);

} // namespace ct
