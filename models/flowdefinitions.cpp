#include "flowdefinitions.h"


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

} // namespace ct
