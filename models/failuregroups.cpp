#include "failuregroups.h"

#include <QCoreApplication>

namespace ct {

const QList<AgeBucket>& failureAgeBuckets()
{
    static const QList<AgeBucket> buckets{
        {0, 3600}, {3600, 4 * 3600}, {4 * 3600, 24 * 3600}, {24 * 3600, 7 * 24 * 3600}, {7 * 24 * 3600, 0}};
    return buckets;
}

QString ageBucketLabel(int bucket)
{
    switch (bucket) {
    case 0:
        return QCoreApplication::translate("ct::FailureGroups", "< 1 h");
    case 1:
        return QCoreApplication::translate("ct::FailureGroups", "1–4 h");
    case 2:
        return QCoreApplication::translate("ct::FailureGroups", "4–24 h");
    case 3:
        return QCoreApplication::translate("ct::FailureGroups", "1–7 d");
    case 4:
        return QCoreApplication::translate("ct::FailureGroups", "> 7 d");
    default:
        return {};
    }
}

FailedMessageQuery narrowedToGroup(FailedMessageQuery query, FailureGrouping by, const QString& value, Timestamp now)
{
    switch (by) {
    case FailureGrouping::Queue:
        query.queue = value;
        break;
    case FailureGrouping::ErrorClass:
        query.errorClass = value;
        break;
    case FailureGrouping::Source:
        query.source = value;
        break;
    case FailureGrouping::Signature:
        query.signature = value;
        break;
    case FailureGrouping::Age: {
        bool ok = false;
        const int bucket = value.toInt(&ok);
        if (!ok || bucket < 0 || bucket >= failureAgeBuckets().size())
            break;
        const AgeBucket& b = failureAgeBuckets().at(bucket);
        // Within the query's own time range, if it has one. The newest bucket has no upper bound:
        // a clock a little ahead of this one still lands there, as the counts have it.
        const Timestamp before = now.plusSeconds(-double(b.minAgeSeconds)).plusMicros(1);
        if (b.minAgeSeconds > 0 && (query.failedBefore.isNull() || before < query.failedBefore))
            query.failedBefore = before;
        if (b.maxAgeSeconds > 0) {
            const Timestamp since = now.plusSeconds(-double(b.maxAgeSeconds)).plusMicros(1);
            if (query.failedSince.isNull() || since > query.failedSince)
                query.failedSince = since;
        }
        break;
    }
    }
    return query;
}

} // namespace ct
