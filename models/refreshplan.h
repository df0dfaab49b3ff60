#pragma once

#include "deltarules.h"
#include "systemsconfig.h"

#include <QList>
#include <QString>

namespace ct {

enum class Measure { Inventory, Prices };

// One SKU at one node, as selected on the Inventory page or given on the command line.
struct PositionCell {
    QString sku;
    QString node;
};

// One request (or, when paged, one chain of pages) the position connector makes.
struct PlannedRequest {
    QString system;
    Measure measure = Measure::Inventory;
    bool paged = false;
    QString node; // paged: empty for every node
    QString sku;  // not paged
};

// Whether a system holds positions at a node: every node for a system configured with "nodes": "all",
// else only the nodes where it is the authority.
bool systemHoldsNode(const SystemApi& system, const QString& node, const DeltaRules& rules);

// One request per cell, measure and system that holds the cell's node and has a position endpoint.
QList<PlannedRequest> planSelection(const SystemsConfig& config, const DeltaRules& rules,
                                    const QList<PositionCell>& cells, const QList<Measure>& measures);
// One chain of pages per measure and system with a page endpoint: of each node given (only at the
// systems that hold it), or of everything when no node is given.
QList<PlannedRequest> planBulk(const SystemsConfig& config, const DeltaRules& rules, const QStringList& nodes,
                               const QList<Measure>& measures);

const PositionEndpoints& endpointsOf(const SystemApi& system, Measure measure);
QString measureName(Measure measure); // "inventory" or "prices"

} // namespace ct
