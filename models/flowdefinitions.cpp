#include "flowdefinitions.h"

#include <algorithm>

namespace ct {

QList<PostingStage> postingStages(const FlowLibrary& library)
{
    QList<PostingStage> stages;
    for (const FlowTemplate& flow : library.flows()) {
        for (const FlowStage& stage : flow.stages()) {
            if (!stage.posting.isEmpty() && stage.cause >= 0)
                stages.append({flow.id(), stage.id, flow.stage(stage.cause).id, stage.posting});
        }
    }
    return stages;
}

QList<SlaDefinition> slaDefinitions(const FlowLibrary& library)
{
    QList<SlaDefinition> slas;
    for (const FlowTemplate& flow : library.flows()) {
        for (const FlowStage& stage : flow.stages()) {
            if (stage.cause >= 0 && stage.slaS > 0)
                slas.append({flow.id(), flow.stage(stage.cause).id, stage.id, stage.slaS, flow.id() + QLatin1Char('/') + stage.id,
                             stage.name});
        }
    }
    std::stable_partition(slas.begin(), slas.end(), [](const SlaDefinition& s) {
        return s.flow == QLatin1String("order-to-cash") && s.toStage == QLatin1String("erp-post");
    });
    return slas;
}

} // namespace ct
