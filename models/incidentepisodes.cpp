#include "incidentepisodes.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ct {
namespace {

constexpr qint64 kMinutesPerDay = 1440;

int hourOfDay(qint64 minute)
{
    return int(((minute % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay / 60);
}

// The counts of [start, until) as one value per minute.
std::vector<qint64> dense(const QList<MinuteCount>& rows, qint64 start, qint64 until)
{
    std::vector<qint64> v(std::size_t(std::max<qint64>(0, until - start)), 0);
    for (const MinuteCount& r : rows)
        if (r.minute >= start && r.minute < until)
            v[std::size_t(r.minute - start)] += r.count;
    return v;
}

// Whether an episode is part of the window: not over before it starts, begun before it ends.
bool reachesInto(const Episode& e, const EpisodeWindow& w)
{
    return e.openMinute < w.until && (!e.closeMinute || *e.closeMinute > w.from);
}

void keepIfInWindow(QList<Episode>& out, const Episode& e, const EpisodeWindow& w)
{
    if (reachesInto(e, w))
        out.append(e);
}

} // namespace

QList<Episode> burstEpisodes(const QList<MinuteCount>& perMinute, const EpisodeWindow& window,
                             const IncidentRules::Burst& rule)
{
    QList<Episode> episodes;
    const qint64 width = std::max(1, rule.windowMinutes);
    const std::vector<qint64> counts = dense(perMinute, window.baselineFrom, window.until);
    const qint64 baselineMinutes = window.from - window.baselineFrom;
    qint64 baselineTotal = 0;
    for (qint64 i = 0; i < baselineMinutes && i < qint64(counts.size()); ++i)
        baselineTotal += counts[std::size_t(i)];
    const double usual = baselineMinutes > 0 ? double(baselineTotal) / double(baselineMinutes) * double(width) : 0.0;
    const double openLevel = std::max(double(rule.minimum), rule.factor * usual);
    qint64 sum = 0;
    std::optional<Episode> open;
    for (qint64 i = 0; i < qint64(counts.size()); ++i) {
        sum += counts[std::size_t(i)];
        if (i >= width)
            sum -= counts[std::size_t(i - width)];
        const qint64 next = window.baselineFrom + i + 1;
        if (!open && i + 1 >= width && double(sum) >= openLevel) {
            open = Episode{next, std::nullopt, usual, sum, 0};
        } else if (open) {
            open->observed = std::max(open->observed, sum);
            if (double(sum) < openLevel / 2) {
                open->closeMinute = next;
                keepIfInWindow(episodes, *open, window);
                open.reset();
            }
        }
    }
    if (open)
        keepIfInWindow(episodes, *open, window);
    return episodes;
}

SourceActivity sourceActivity(const QList<EventMinuteRow>& rows, const EpisodeWindow& window,
                              const IncidentRules::Silence& rule)
{
    SourceActivity activity;
    QHash<QString, std::array<qint64, 24>> counts;
    for (const EventMinuteRow& r : rows) {
        if (r.minute >= window.until || r.events <= 0)
            continue;
        QList<qint64>& minutes = activity.minutes[r.source];
        if (minutes.isEmpty() || minutes.constLast() != r.minute)
            minutes.append(r.minute);
        if (r.minute >= window.baselineFrom && r.minute < window.from) {
            auto it = counts.find(r.source);
            if (it == counts.end())
                it = counts.insert(r.source, std::array<qint64, 24>{});
            (*it)[std::size_t(hourOfDay(r.minute))] += r.events;
        }
    }
    const double days = double(window.from - window.baselineFrom) / double(kMinutesPerDay);
    if (days <= 0)
        return activity;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        qint64 total = 0;
        for (qint64 n : it.value())
            total += n;
        if (double(total) / days < rule.minEventsPerDay)
            continue;
        std::array<double, 24> perMinute{};
        for (std::size_t h = 0; h < 24; ++h)
            perMinute[h] = double(it.value()[h]) / (days * 60.0);
        activity.perHour.insert(it.key(), perMinute);
    }
    return activity;
}

QList<Episode> silenceEpisodes(const QList<qint64>& minutes, const std::array<double, 24>& perHour,
                               const EpisodeWindow& window, const IncidentRules::Silence& rule)
{
    QList<Episode> episodes;
    // The silence after each active minute, up to the next one (or up to the window's end).
    for (qsizetype i = 0; i < minutes.size(); ++i) {
        const qint64 last = minutes.at(i);
        const bool tail = i + 1 == minutes.size();
        const qint64 next = tail ? window.until : minutes.at(i + 1);
        if (next - last - 1 < rule.minSilenceMinutes || next <= window.from)
            continue;
        double expected = 0;
        for (qint64 m = last + 1; m < next; ++m) {
            expected += perHour[std::size_t(hourOfDay(m))];
            if (m - last >= rule.minSilenceMinutes && expected >= rule.usualIntervals) {
                Episode e;
                e.openMinute = m + 1;
                if (!tail)
                    e.closeMinute = next;
                e.usual = perHour[std::size_t(hourOfDay(m))] * 60.0;
                e.observed = next - last - 1;
                keepIfInWindow(episodes, e, window);
                break;
            }
        }
    }
    return episodes;
}

QList<Episode> backlogEpisodes(qint64 arrivedBefore, qint64 completedBefore, const QList<MinuteCount>& arrived,
                               const QList<MinuteCount>& completed, const EpisodeWindow& window,
                               const IncidentRules::Backlog& rule)
{
    QList<Episode> episodes;
    const qint64 width = std::max(1, rule.windowMinutes);
    const std::vector<qint64> in = dense(arrived, window.baselineFrom, window.until);
    const std::vector<qint64> out = dense(completed, window.baselineFrom, window.until);
    const std::size_t n = in.size();
    std::vector<qint64> backlog(n);
    qint64 level = arrivedBefore - completedBefore;
    for (std::size_t i = 0; i < n; ++i) {
        level += in[i] - out[i];
        backlog[i] = level;
    }
    const qint64 baselineMinutes = std::min<qint64>(window.from - window.baselineFrom, qint64(n));
    double growthSum = 0;
    qint64 growthCount = 0;
    for (qint64 i = width; i < baselineMinutes; ++i, ++growthCount)
        growthSum += std::abs(double(backlog[std::size_t(i)] - backlog[std::size_t(i - width)]));
    const double usual = growthCount > 0 ? growthSum / double(growthCount) : 0.0;
    qint64 baselineDone = 0;
    for (qint64 i = 0; i < baselineMinutes; ++i)
        baselineDone += out[std::size_t(i)];
    const double usualRate = baselineMinutes > 0 ? double(baselineDone) / double(baselineMinutes) : 0.0;
    const double openLevel = std::max(double(rule.minBacklog), rule.factor * usual);
    const double closeLevel = std::max(rule.closeFactor * usual, double(rule.minBacklog) / 2);
    std::optional<Episode> open;
    qint64 base = 0;
    for (qint64 i = width; i < qint64(n); ++i) {
        const qint64 now = backlog[std::size_t(i)];
        const qint64 next = window.baselineFrom + i + 1;
        if (!open && double(now - backlog[std::size_t(i - width)]) >= openLevel) {
            base = backlog[std::size_t(i - width)];
            qint64 done = 0;
            for (qint64 j = i - width + 1; j <= i; ++j)
                done += out[std::size_t(j)];
            // What drains it: the pace of the window, or the usual one when the window's is slower
            // (nothing is posted while the ERP is down).
            const double rate = std::max(double(done) / double(width), usualRate);
            open = Episode{next, std::nullopt, usual, now, rate, now - base};
        } else if (open && double(now - base) <= closeLevel) {
            open->closeMinute = next;
            keepIfInWindow(episodes, *open, window);
            open.reset();
        }
    }
    if (open)
        keepIfInWindow(episodes, *open, window);
    return episodes;
}

} // namespace ct
