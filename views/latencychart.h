#pragma once

#include "stagelatency.h"

#include <QChartView>

namespace ct {

// Stage latency over time: p50 and p95 per bucket against the SLA threshold. The one place that
// knows Qt Charts for this chart kind; it is fed bucketed values, never raw samples.
class LatencyChart : public QChartView {
    Q_OBJECT
public:
    explicit LatencyChart(QWidget* parent = nullptr);
    void setBuckets(const QList<LatencyBucket>& buckets, double thresholdSeconds);
};

} // namespace ct
