#include "rollups.h"

#include <cmath>

namespace ct {

int latencyBucket(qint64 micros)
{
    if (micros == 0)
        return 0;
    const double magnitude = double(micros > 0 ? micros : -micros);
    const int b = int(std::floor(std::log(magnitude) / std::log(kLatencyBucketRatio))) + 1;
    return micros > 0 ? b : -b;
}

double latencyBucketSeconds(int bucket)
{
    if (bucket == 0)
        return 0.0;
    const double magnitude = std::pow(kLatencyBucketRatio, double(std::abs(bucket)) - 0.5) / 1e6;
    return bucket > 0 ? magnitude : -magnitude;
}

QList<StagePair> stagePairs(const FlowLibrary& library)
{
    QList<StagePair> pairs;
    for (const FlowTemplate& flow : library.flows()) {
        for (const FlowStage& stage : flow.stages()) {
            if (stage.cause >= 0)
                pairs.append({flow.id(), flow.stage(stage.cause).id, stage.id});
        }
    }
    return pairs;
}

QList<FlowSpan> inFlightSpans()
{
    return {{QStringLiteral("bopis"), QStringLiteral("capture"), QStringLiteral("collect")},
            {QStringLiteral("order-to-cash"), QStringLiteral("capture"), QStringLiteral("deliver")}};
}

} // namespace ct
