#pragma once

#include "timestamp.h"

#include <QList>
#include <QString>

namespace ct {

// A promise between a stage of a flow and the stage it causes: `to` within threshold of `from`. The
// built-in ones are named in resources/slas.json; the store keeps the ones edited in the app.
struct SlaDefinition {
    QString flow;
    QString fromStage;
    QString toStage;
    double thresholdSeconds = 0;
    QString id;   // stable key ("erp-posting"); empty for one read from a flow template alone
    QString name; // what people call it ("ERP posting")
};

// One transaction's time from one stage to the next: when the later stage happened, and how long it took.
struct LatencySample {
    Timestamp at;
    double seconds = 0;
};

// Percentiles of the samples that fell into one time bucket.
struct LatencyBucket {
    Timestamp start;
    int count = 0;
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    int breaches = 0;  // samples over the threshold
};

// Buckets samples by time (bucketSeconds wide) with exact percentiles per bucket, in time order.
QList<LatencyBucket> bucketLatencies(QList<LatencySample> samples, qint64 bucketSeconds, double thresholdSeconds);

} // namespace ct
