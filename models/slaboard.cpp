#include "slaboard.h"

#include "slaedits.h"

namespace ct {

qint64 slaBucketSecondsFor(qint64 spanSeconds)
{
    if (spanSeconds <= 2 * 3600)
        return 60;
    if (spanSeconds <= 2 * 86400)
        return 900;
    return 3600;
}

Expected<SlaBoard> readSlaBoard(SlaStore& slas, RollupReader& rollups, const FlowLibrary& library, qint64 spanSeconds,
                                Timestamp end, SlaReadDepth depth)
{
    auto inForce = slasInForce(slas);
    if (!inForce)
        return inForce.error();
    if (end.isNull()) {
        auto newest = rollups.newestEventAt();
        if (!newest)
            return newest.error();
        end = newest->isNull() ? Timestamp::now() : newest.value();
    }
    SlaBoard board;
    board.range = SlaRange::ending(end, spanSeconds, slaBucketSecondsFor(spanSeconds));
    for (const SlaDefinition& sla : inForce.value()) {
        auto report = readSlaReport(rollups, sla, library, board.range, depth);
        if (!report)
            return report.error();
        board.reports.append(std::move(report.value()));
    }
    return board;
}

qsizetype busiestSla(const QList<SlaReport>& reports)
{
    qsizetype best = reports.isEmpty() ? -1 : 0;
    for (qsizetype i = 1; i < reports.size(); ++i) {
        if (reports.at(i).breaches > reports.at(best).breaches)
            best = i;
    }
    return best;
}

qsizetype worstBucket(const SlaReport& report)
{
    qsizetype worst = -1, latest = -1;
    for (qsizetype i = 0; i < report.buckets.size(); ++i) {
        const SlaBucket& b = report.buckets.at(i);
        if (b.count > 0)
            latest = i;
        if (b.breaches > 0 && (worst < 0 || b.breaches >= report.buckets.at(worst).breaches))
            worst = i;
    }
    return worst >= 0 ? worst : latest;
}

} // namespace ct
