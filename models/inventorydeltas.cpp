#include "inventorydeltas.h"

#include "flowlibrary.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace ct {
namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(InventoryDeltas)
};

qint64 effectOf(InventoryEffect effect, qint64 quantity)
{
    return effect == InventoryEffect::Outbound ? -quantity : quantity;
}

QString systemAt(const FlowStage& stage, const QString& node, const DeltaRules& rules)
{
    return stage.system == QLatin1String("{authority}") ? rules.authorityAt(node) : stage.system;
}

// What became of one stage of a transaction.
struct StageOutcome {
    enum class State { Missing, Failed, Done };
    State state = State::Missing;
    const Event* event = nullptr;
};

// A transaction's stock movement: the SKU, node and quantity its first event states (a first stage
// never faults), and what became of each stage.
struct Movement {
    const FlowTemplate* flow = nullptr;
    QString correlationId;
    QString sku;
    QString node;
    qint64 quantity = 0;
    QList<StageOutcome> stages;
};

std::optional<Movement> movementOf(const QString& correlationId, const QList<const Event*>& events, const FlowLibrary& flows)
{
    Movement m;
    m.correlationId = correlationId;
    for (const Event* e : events) {
        if (!m.flow)
            m.flow = flows.find(e->flow);
    }
    if (!m.flow)
        return std::nullopt;
    m.stages.resize(m.flow->stages().size());
    bool stated = false;
    for (const Event* e : events) {
        const int i = m.flow->stageIndex(e->stage);
        if (i < 0 || e->flow != m.flow->id())
            continue;
        StageOutcome& o = m.stages[i];
        if (e->status == EventStatus::Ok && (o.state != StageOutcome::State::Done || e->occurredAt < o.event->occurredAt))
            o = {StageOutcome::State::Done, e};
        else if (e->status == EventStatus::Failed && o.state == StageOutcome::State::Missing)
            o = {StageOutcome::State::Failed, e};
        if (i == 0 && m.flow->stage(0).inventory != InventoryEffect::None && e->quantity && !e->sku.isEmpty()) {
            m.sku = e->sku;
            m.node = e->node;
            m.quantity = *e->quantity;
            stated = true;
        }
    }
    if (!stated)
        return std::nullopt;
    return m;
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

// The effect of the system's stage on its figure as of `asOf`: 0 when it has not happened by then.
qint64 takenOver(const Movement& m, int stage, Timestamp asOf)
{
    if (stage < 0)
        return 0;
    const StageOutcome& o = m.stages[stage];
    if (o.state != StageOutcome::State::Done || o.event->occurredAt > asOf)
        return 0;
    return effectOf(m.flow->stage(stage).inventory, m.quantity);
}

// Why `stage` has not reached the figure: the first stage on its way from the transaction's start
// that is not done (failed, or awaited), or the stage itself, done after the figure was taken.
void blame(const Movement& m, int stage, Timestamp now, DeltaCause* cause)
{
    QList<int> chain;
    for (int i = stage; i >= 0; i = m.flow->stage(i).cause)
        chain.prepend(i);
    for (int i : chain) {
        const StageOutcome& o = m.stages[i];
        const FlowStage& s = m.flow->stage(i);
        if (o.state == StageOutcome::State::Done)
            continue;
        cause->blockingStage = s.id;
        cause->blockingName = s.displayName();
        if (o.state == StageOutcome::State::Failed) {
            cause->kind = i == stage ? DeltaCause::Kind::Failed : DeltaCause::Kind::Stopped;
            cause->failedEventId = o.event->id;
            return;
        }
        const StageOutcome& before = m.stages[s.cause >= 0 ? s.cause : i];
        if (before.event) {
            cause->dueAt = before.event->occurredAt.plusMicros(qint64(s.slaS * 1e6));
            cause->kind = cause->dueAt < now ? DeltaCause::Kind::Overdue : DeltaCause::Kind::Pending;
        } else {
            cause->kind = DeltaCause::Kind::Pending;
        }
        return;
    }
    // Every stage happened: the figure was taken before this one.
    cause->kind = DeltaCause::Kind::Pending;
    cause->blockingStage = m.flow->stage(stage).id;
    cause->blockingName = m.flow->stage(stage).displayName();
}

QString signedQuantity(qint64 q)
{
    return q > 0 ? QStringLiteral("+%1").arg(q) : QString::number(q);
}

} // namespace

QList<InventoryDelta> inventoryDeltas(const QList<InventoryPosition>& positions, const DeltaRules& rules, Timestamp now)
{
    // The authority's figure of every cell first; the positions may come in any order.
    std::map<std::pair<QString, QString>, const InventoryPosition*> authority;
    for (const InventoryPosition& p : positions) {
        if (p.system == rules.authorityAt(p.node))
            authority[{p.sku, p.node}] = &p;
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
        const auto a = authority.find({p.sku, p.node});
        d.noAuthority = a == authority.end();
        if (!d.noAuthority) {
            d.authoritativeQuantity = a->second->onHand;
            d.authoritativeAsOf = a->second->asOf;
        }
        d.delta = d.quantity - d.authoritativeQuantity;
        d.residual = d.delta;
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
        if (d.disagrees() && (cells.isEmpty() || !(cells.constLast() == StockCell{d.sku, d.node})))
            cells.append({d.sku, d.node});
    }
    // Rows of one cell need not be adjacent.
    std::sort(cells.begin(), cells.end(), [](const StockCell& a, const StockCell& b) {
        return std::tie(a.sku, a.node) < std::tie(b.sku, b.node);
    });
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    return cells;
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
        if (d.disagrees())
            rowsOfCell[d.sku + QLatin1Char('\n') + d.node].append(i);
    }
    std::map<QString, QList<const Event*>> byTransaction; // ordered: causes come out in a stable order
    for (const Event& e : events)
        byTransaction[e.correlationId].append(&e);
    for (const auto& [correlationId, its] : byTransaction) {
        const std::optional<Movement> m = movementOf(correlationId, its, flows);
        if (!m)
            continue;
        const auto rows = rowsOfCell.constFind(m->sku + QLatin1Char('\n') + m->node);
        if (rows == rowsOfCell.cend())
            continue;
        for (qsizetype row : *rows) {
            InventoryDelta& d = deltas[row];
            const int own = stockStageOf(*m, d.system, rules);
            const int theirs = stockStageOf(*m, d.authoritativeSystem, rules);
            const qint64 mine = takenOver(*m, own, d.asOf);
            const qint64 truth = takenOver(*m, theirs, d.authoritativeAsOf);
            const qint64 part = mine - truth;
            if (part == 0)
                continue;
            DeltaCause cause;
            cause.correlationId = correlationId;
            cause.flow = m->flow->id();
            cause.quantity = part;
            const bool systemLags = mine == 0;
            const int lagging = systemLags ? own : theirs;
            const int moved = systemLags ? theirs : own;
            cause.laggingSystem = systemLags ? d.system : d.authoritativeSystem;
            cause.movedAt = m->stages[moved].event->occurredAt;
            if (lagging >= 0) {
                cause.stage = m->flow->stage(lagging).id;
                cause.stageName = m->flow->stage(lagging).displayName();
                blame(*m, lagging, now, &cause);
            }
            d.causes.append(cause);
            d.explained += part;
            d.residual = d.delta - d.explained;
        }
    }
}

QString describeCause(const DeltaCause& c)
{
    const QString q = signedQuantity(c.quantity);
    switch (c.kind) {
    case DeltaCause::Kind::Failed:
        return Text::tr("%1 of %2 failed, so %3 has not booked it (%4)").arg(c.blockingName, c.correlationId, c.laggingSystem, q);
    case DeltaCause::Kind::Stopped:
        return Text::tr("%1 of %2 failed, so %3 never came and %4 has not booked it (%5)")
            .arg(c.blockingName, c.correlationId, c.stageName, c.laggingSystem, q);
    case DeltaCause::Kind::Overdue:
        return Text::tr("%1 of %2 is overdue since %3, so %4 has not booked it (%5)")
            .arg(c.blockingName, c.correlationId, c.dueAt.toIso(), c.laggingSystem, q);
    case DeltaCause::Kind::Pending:
        return Text::tr("%1 of %2 is on its way, so %3 has not booked it yet (%4)")
            .arg(c.blockingName, c.correlationId, c.laggingSystem, q);
    }
    return {};
}

} // namespace ct
