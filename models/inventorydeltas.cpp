#include "inventorydeltas.h"

#include "flowlibrary.h"
#include "transactionstages.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace ct {
namespace {

qint64 effectOf(InventoryEffect effect, qint64 quantity)
{
    return effect == InventoryEffect::Outbound ? -quantity : quantity;
}

QString systemAt(const FlowStage& stage, const QString& node, const DeltaRules& rules)
{
    return stage.system == QLatin1String("{authority}") ? rules.authorityAt(node) : stage.system;
}

// A transaction's stock movement: the SKU, node and quantity its first event states (a first stage
// never faults, and a later event may carry a wrong figure).
struct Movement {
    const FlowTemplate* flow = nullptr;
    QString sku;
    QString node;
    qint64 quantity = 0;
};

std::optional<Movement> movementOf(const QList<const Event*>& events, const FlowLibrary& flows)
{
    Movement m;
    for (const Event* e : events) {
        if (!m.flow)
            m.flow = flows.find(e->flow);
    }
    if (!m.flow || m.flow->stages().isEmpty() || m.flow->stage(0).inventory == InventoryEffect::None)
        return std::nullopt;
    for (const Event* e : events) {
        if (e->flow == m.flow->id() && m.flow->stageIndex(e->stage) == 0 && e->quantity && !e->sku.isEmpty()) {
            m.sku = e->sku;
            m.node = e->node;
            m.quantity = *e->quantity;
            return m;
        }
    }
    return std::nullopt;
}

int stockStageOf(const Movement& m, const QString& system, const DeltaRules& rules)
{
    for (int i = 0; i < m.flow->stages().size(); ++i) {
        const FlowStage& s = m.flow->stage(i);
        if (s.inventory != InventoryEffect::None && systemAt(s, m.node, rules) == system)
            return i;
    }
    return -1;
}

// The effect of the system's stage on its figure as of `asOf`: 0 when it had not happened by then.
qint64 takenOver(const Movement& m, const TransactionStages& stages, int stage, Timestamp asOf)
{
    return stage >= 0 && stages.doneBy(stage, asOf) ? effectOf(m.flow->stage(stage).inventory, m.quantity) : 0;
}

// What every row of a SKU x node compares with or takes over.
struct CellFigures {
    const InventoryPosition* authority = nullptr;
    const InventoryPosition* cost = nullptr;
};

} // namespace

QList<InventoryDelta> inventoryDeltas(const QList<InventoryPosition>& positions, const DeltaRules& rules, Timestamp now)
{
    // The authority's figure and the unit cost of every cell first; the positions may come in any order.
    std::map<std::pair<QString, QString>, CellFigures> cells;
    for (const InventoryPosition& p : positions) {
        CellFigures& cell = cells[{p.sku, p.node}];
        if (p.system == rules.authorityAt(p.node))
            cell.authority = &p;
        if (p.unitCostMinor != 0 && (!cell.cost || (p.system == rules.priceAuthority() && cell.cost->system != p.system)))
            cell.cost = &p;
    }
    QList<InventoryDelta> out;
    for (const InventoryPosition& p : positions) {
        InventoryDelta d;
        d.authoritativeSystem = rules.authorityAt(p.node);
        if (p.system == d.authoritativeSystem)
            continue;
        d.sku = p.sku;
        d.node = p.node;
        d.system = p.system;
        d.quantity = p.onHand;
        d.asOf = p.asOf;
        const CellFigures& cell = cells.at({p.sku, p.node});
        d.noAuthority = !cell.authority;
        if (!d.noAuthority) {
            d.authoritativeQuantity = cell.authority->onHand;
            d.authoritativeAsOf = cell.authority->asOf;
        }
        if (cell.cost) {
            d.unitCostMinor = cell.cost->unitCostMinor;
            d.costCurrency = cell.cost->costCurrency;
        }
        d.delta = d.quantity - d.authoritativeQuantity;
        d.residual = d.delta;
        d.causesPending = true;
        d.tolerance = rules.toleranceFor(p.sku);
        d.stale = rules.isStale(d.asOf, now) || (!d.noAuthority && rules.isStale(d.authoritativeAsOf, now));
        out.append(std::move(d));
    }
    return out;
}

QList<StockCell> cellsToExplain(const QList<InventoryDelta>& deltas)
{
    QList<StockCell> cells;
    for (const InventoryDelta& d : deltas) {
        if (d.disagrees())
            cells.append({d.sku, d.node});
    }
    std::sort(cells.begin(), cells.end(), [](const StockCell& a, const StockCell& b) {
        return std::tie(a.sku, a.node) < std::tie(b.sku, b.node);
    });
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    return cells;
}

QStringList unsettledTransactions(const QList<Event>& marks, const FlowLibrary& flows, Timestamp settledBy)
{
    QHash<QString, QList<const Event*>> byTransaction;
    for (const Event& e : marks)
        byTransaction[e.correlationId].append(&e);
    QStringList open;
    for (auto it = byTransaction.cbegin(); it != byTransaction.cend(); ++it) {
        const FlowTemplate* flow = flows.find(it.value().constFirst()->flow);
        if (!flow) {
            open.append(it.key());
            continue;
        }
        QSet<int> stockStages, done;
        for (int i = 0; i < flow->stages().size(); ++i) {
            if (flow->stage(i).inventory != InventoryEffect::None)
                stockStages.insert(i);
        }
        for (const Event* e : it.value()) {
            const int i = flow->stageIndex(e->stage);
            if (stockStages.contains(i) && e->status == EventStatus::Ok && e->occurredAt <= settledBy)
                done.insert(i);
        }
        if (done.size() < stockStages.size())
            open.append(it.key());
    }
    open.sort();
    return open;
}

Timestamp oldestFigure(const QList<InventoryDelta>& deltas)
{
    Timestamp oldest;
    for (const InventoryDelta& d : deltas) {
        if (!d.disagrees())
            continue;
        for (Timestamp t : {d.asOf, d.authoritativeAsOf}) {
            if (!t.isNull() && (oldest.isNull() || t < oldest))
                oldest = t;
        }
    }
    return oldest;
}

void explainDeltas(QList<InventoryDelta>& deltas, const QList<Event>& events, const FlowLibrary& flows,
                   const DeltaRules& rules, Timestamp now)
{
    QHash<QString, QList<qsizetype>> rowsOfCell; // "sku\nnode" -> rows that disagree
    for (qsizetype i = 0; i < deltas.size(); ++i) {
        InventoryDelta& d = deltas[i];
        d.causes.clear();
        d.explained = 0;
        d.residual = d.delta;
        d.causesPending = false;
        if (d.disagrees())
            rowsOfCell[d.sku + QLatin1Char('\n') + d.node].append(i);
    }
    std::map<QString, QList<const Event*>> byTransaction; // ordered: causes come out in a stable order
    for (const Event& e : events)
        byTransaction[e.correlationId].append(&e);
    for (const auto& [correlationId, its] : byTransaction) {
        const std::optional<Movement> m = movementOf(its, flows);
        if (!m)
            continue;
        const auto rows = rowsOfCell.constFind(m->sku + QLatin1Char('\n') + m->node);
        if (rows == rowsOfCell.cend())
            continue;
        const TransactionStages stages(*m->flow, its);
        for (qsizetype row : *rows) {
            InventoryDelta& d = deltas[row];
            const int own = stockStageOf(*m, d.system, rules);
            const int theirs = stockStageOf(*m, d.authoritativeSystem, rules);
            const qint64 mine = takenOver(*m, stages, own, d.asOf);
            const qint64 truth = takenOver(*m, stages, theirs, d.authoritativeAsOf);
            const qint64 part = mine - truth;
            if (part == 0)
                continue;
            DeltaCause cause;
            cause.correlationId = correlationId;
            cause.flow = m->flow->id();
            cause.quantity = part;
            const bool systemLags = mine == 0;
            cause.laggingSystem = systemLags ? d.system : d.authoritativeSystem;
            cause.movedAt = stages.done(systemLags ? theirs : own)->occurredAt;
            cause.blame(stages, systemLags ? own : theirs, now);
            d.causes.append(cause);
            d.explained += part;
            d.residual = d.delta - d.explained;
        }
    }
}

} // namespace ct
