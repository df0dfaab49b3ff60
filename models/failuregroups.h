#pragma once

#include "failedmessagequery.h"
#include "timestamp.h"

#include <QList>
#include <QString>

namespace ct {

// The ways the Exceptions page groups failed messages to act on them together.
enum class FailureGrouping { Queue, ErrorClass, Source, Age, Signature };

inline constexpr FailureGrouping kFailureGroupings[] = {FailureGrouping::Queue, FailureGrouping::ErrorClass,
                                                         FailureGrouping::Source, FailureGrouping::Age,
                                                         FailureGrouping::Signature};

// One group: the value its messages share (for Age, the bucket's index as text) and how many.
struct FailureGroup {
    QString value;
    qint64 count = 0;
};

// How long ago a message last failed, in buckets an operator triages by: [minAge, maxAge) seconds,
// maxAge 0 meaning no upper bound.
struct AgeBucket {
    qint64 minAgeSeconds = 0;
    qint64 maxAgeSeconds = 0;
};
const QList<AgeBucket>& failureAgeBuckets();
// "< 1 h", "1–4 h", … for display.
QString ageBucketLabel(int bucket);

// At most this many groups of one kind are listed (the largest); the rest are reached by the filters.
inline constexpr int kMaxFailureGroups = 500;

// The query narrowed to one group's messages, `now` placing the age buckets.
FailedMessageQuery narrowedToGroup(FailedMessageQuery query, FailureGrouping by, const QString& value, Timestamp now);

} // namespace ct
