#include "refreshplan.h"

namespace ct {

bool systemHoldsNode(const SystemApi& system, const QString& node, const DeltaRules& rules)
{
    return system.scope == NodeScope::AllNodes || rules.authorityAt(node) == system.system;
}

const PositionEndpoints& endpointsOf(const SystemApi& system, Measure measure)
{
    return measure == Measure::Inventory ? system.inventory : system.prices;
}

QString measureName(Measure measure)
{
    return measure == Measure::Inventory ? QStringLiteral("inventory") : QStringLiteral("prices");
}

QList<PlannedRequest> planSelection(const SystemsConfig& config, const DeltaRules& rules,
                                    const QList<PositionCell>& cells, const QList<Measure>& measures)
{
    QList<PlannedRequest> plan;
    for (const SystemApi& system : config.systems) {
        for (Measure measure : measures) {
            if (endpointsOf(system, measure).position.isNull())
                continue;
            for (const PositionCell& cell : cells) {
                if (systemHoldsNode(system, cell.node, rules))
                    plan.append({system.system, measure, false, cell.node, cell.sku});
            }
        }
    }
    return plan;
}

QList<PlannedRequest> planBulk(const SystemsConfig& config, const DeltaRules& rules, const QStringList& nodes,
                               const QList<Measure>& measures)
{
    QList<PlannedRequest> plan;
    for (const SystemApi& system : config.systems) {
        for (Measure measure : measures) {
            if (endpointsOf(system, measure).page.isNull())
                continue;
            if (nodes.isEmpty())
                plan.append({system.system, measure, true, QString(), QString()});
            for (const QString& node : nodes) {
                if (systemHoldsNode(system, node, rules))
                    plan.append({system.system, measure, true, node, QString()});
            }
        }
    }
    return plan;
}

} // namespace ct
