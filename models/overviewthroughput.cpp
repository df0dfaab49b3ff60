#include "overviewthroughput.h"

#include "telemetrystore.h"

#include <algorithm>

namespace ct {

namespace {
constexpr qint64 kMinuteMicros = 60'000'000;
} // namespace

QList<ThroughputMinute> throughputByMinute(const QList<EventMinuteRow>& rows, qint64 fromMinute, qint64 untilMinute)
{
    QList<ThroughputMinute> out;
    if (untilMinute <= fromMinute)
        return out;
    out.resize(untilMinute - fromMinute);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].minute = fromMinute + i;
    for (const EventMinuteRow& r : rows) {
        if (r.minute < fromMinute || r.minute >= untilMinute)
            continue;
        ThroughputMinute& m = out[r.minute - fromMinute];
        m.events += r.events;
        m.failed += r.failed;
    }
    return out;
}

QList<BreachMark> breachMarks(const SlaBoard& board)
{
    QList<BreachMark> marks;
    for (qsizetype b = 0; b < board.range.bucketCount(); ++b) {
        BreachMark mark;
        mark.start = board.range.from.plusSeconds(b * board.range.bucketSeconds);
        mark.bucketSeconds = board.range.bucketSeconds;
        for (const SlaReport& report : board.reports) {
            const qint64 n = b < report.buckets.size() ? report.buckets.at(b).breaches : 0;
            if (n <= 0)
                continue;
            mark.breaches += n;
            mark.bySla.append({report.sla.id, report.sla.name, n});
        }
        if (mark.breaches == 0)
            continue;
        std::stable_sort(mark.bySla.begin(), mark.bySla.end(), [](const SlaBreachCount& a, const SlaBreachCount& c) {
            return a.breaches != c.breaches ? a.breaches > c.breaches : a.name < c.name;
        });
        marks.append(mark);
    }
    return marks;
}

Expected<OverviewThroughput> readOverviewThroughput(TelemetryStore& store, const FlowLibrary& library, Timestamp end,
                                                    qint64 spanSeconds)
{
    auto board = readSlaBoard(store, store, library, spanSeconds, end, SlaReadDepth::WithoutBacklog);
    if (!board)
        return board.error();
    // From the first SLA bucket (on a round time) to the minute of the newest event: nothing after it
    // has happened yet, so the line ends there rather than falling to zero.
    OverviewThroughput out;
    const qint64 fromMinute = board->range.from.micros() / kMinuteMicros;
    const qint64 untilMinute = end.micros() / kMinuteMicros + 1;
    out.from = Timestamp::fromMicros(fromMinute * kMinuteMicros);
    out.until = Timestamp::fromMicros(untilMinute * kMinuteMicros);
    auto rows = store.eventMinutes(out.from);
    if (!rows)
        return rows.error();
    out.minutes = throughputByMinute(rows.value(), fromMinute, untilMinute);
    out.breaches = breachMarks(board.value());
    return out;
}

} // namespace ct
