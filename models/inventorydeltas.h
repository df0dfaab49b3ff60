#pragma once

#include "deltacause.h"
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
    qint64 unitCostMinor = 0; // the cell's standard cost of one unit, in minor units; 0: unknown
    QString costCurrency;     // ISO 4217; empty when the cost is unknown
    QList<DeltaCause> causes;
    bool causesPending = false; // a difference whose messages are still to be read (explainDeltas reads them)

    bool disagrees() const { return delta != 0; }
    // What the difference is worth at cost, in minor units of costCurrency (0 when the cost is unknown).
    qint64 valueAtCostMinor() const { return qAbs(delta) * unitCostMinor; }
    bool beyondTolerance() const { return qAbs(delta) > tolerance; }
    // Some part beyond the tolerance that no message explains (never while the causes are pending).
    bool unexplained() const { return !causesPending && qAbs(residual) > tolerance; }
    bool explaining() const { return causesPending && disagrees(); }
};

// One row per (SKU, node, system other than the node's authority), in the positions' order; the
// causes are left pending (explainDeltas fills them). Every row of a cell takes the cell's unit cost:
// the price authority's (the ERP, whose item master holds the standard cost) when it has one, else
// the first position of the cell that has one.
QList<InventoryDelta> inventoryDeltas(const QList<InventoryPosition>& positions, const DeltaRules& rules, Timestamp now);

// The cells with a difference to explain, each once.
QList<StockCell> cellsToExplain(const QList<InventoryDelta>& deltas);

// The transactions among these marks (events about the cells, stockMarks()) not every stock stage of
// which had worked by `settledBy`, or whose flow this program does not know: the only ones that can
// explain a difference when every figure was taken at or after `settledBy`.
QStringList unsettledTransactions(const QList<Event>& marks, const FlowLibrary& flows, Timestamp settledBy);

// When the oldest figure of the rows that disagree was taken (null when none disagrees).
Timestamp oldestFigure(const QList<InventoryDelta>& deltas);

// Fills causes, explained and residual from the events of the transactions that touched the cells
// (every event of each, not only those naming the cell: a stage's event may name another SKU by
// mistake). A transaction counts for a row when one of the two systems took its stock movement over
// by its figure's as-of time and the other did not: it explains (system's effect - authority's effect).
// Transactions both took over, or neither, cancel out.
void explainDeltas(QList<InventoryDelta>& deltas, const QList<Event>& events, const FlowLibrary& flows,
                   const DeltaRules& rules, Timestamp now);

} // namespace ct
