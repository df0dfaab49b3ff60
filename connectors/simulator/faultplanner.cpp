#include "faultplanner.h"

#include "flowtemplate.h"
#include "injectedfault.h"
#include "prng.h"
#include "semanticfault.h"
#include "transaction.h"

namespace ct {
namespace {

bool canStrike(const QString& faultClass, const FlowStage& stage, const Transaction& tx)
{
    return faultClass != QLatin1String("semantic") || !semanticfault::kindsFor(stage, tx).isEmpty();
}

} // namespace

FaultPlanner::FaultPlanner(const QMap<QString, double>& rates)
{
    for (const QString& name : faultClassNames())
        m_rates.append({name, rates.value(name, 0.0)});
}

PlannedFault FaultPlanner::plan(const Transaction& tx, int storeCount, Prng& prng) const
{
    // One draw decides the class, so the classes exclude each other and each keeps its own rate.
    double u = prng.uniform();
    QString faultClass;
    for (const auto& [name, rate] : m_rates) {
        if (u < rate) {
            faultClass = name;
            break;
        }
        u -= rate;
    }
    if (faultClass.isEmpty())
        return {};
    const QList<FlowStage>& stages = tx.flow->stages();
    QList<int> eligible;
    for (int i = 1; i < stages.size(); ++i) {
        if (stages[i].allowsFault(faultClass) && canStrike(faultClass, stages[i], tx))
            eligible.append(i);
    }
    if (eligible.isEmpty()) {
        for (int i = 1; i < stages.size(); ++i) {
            if (canStrike(faultClass, stages[i], tx))
                eligible.append(i);
        }
    }
    if (eligible.isEmpty())
        return {};
    PlannedFault fault;
    fault.faultClass = faultClass;
    fault.stage = eligible[qsizetype(prng.below(quint64(eligible.size())))];
    if (stages[fault.stage].node == StageNode::AllStores)
        fault.branch = int(prng.below(quint64(storeCount)));
    return fault;
}

} // namespace ct
