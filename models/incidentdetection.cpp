#include "incidentdetection.h"

#include "incidentepisodes.h"
#include "slacatalogue.h"
#include "slaedits.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace ct {
namespace {

constexpr qint64 kMinuteMicros = 60'000'000;

struct IncidentText {
    Q_DECLARE_TR_FUNCTIONS(IncidentText)
};

qint64 minuteOf(Timestamp t)
{
    const qint64 us = t.micros();
    return us >= 0 ? us / kMinuteMicros : -((-us + kMinuteMicros - 1) / kMinuteMicros);
}

Timestamp minuteStart(qint64 minute)
{
    return Timestamp::fromMicros(minute * kMinuteMicros);
}

// "2026-11-01 10:15 UTC": summaries are read by the command line and the app alike.
QString at(qint64 minute)
{
    return QDateTime::fromMSecsSinceEpoch(minute * 60'000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString count(double n)
{
    return QString::number(n, 'f', n < 10 ? 1 : 0);
}

Incident incidentOf(IncidentKind kind, const Episode& e)
{
    Incident i;
    i.kind = kind;
    i.openedAt = minuteStart(e.openMinute);
    if (e.closeMinute)
        i.closedAt = minuteStart(*e.closeMinute);
    return i;
}

void addSilences(QList<Incident>& out, const QList<EventMinuteRow>& rows, const EpisodeWindow& window,
                 const IncidentRules::Silence& rule)
{
    const SourceActivity activity = sourceActivity(rows, window, rule);
    for (auto it = activity.perHour.cbegin(); it != activity.perHour.cend(); ++it) {
        for (const Episode& e : silenceEpisodes(activity.minutes.value(it.key()), it.value(), window, rule)) {
            Incident i = incidentOf(IncidentKind::SilentSystem, e);
            i.system = it.key();
            const qint64 end = e.closeMinute.value_or(window.until);
            const qint64 start = end - e.observed;
            i.summary = e.closeMinute
                            ? IncidentText::tr("%1 sent no event from %2 to %3 (%4); at that hour it usually sends %5 an hour.")
                                  .arg(i.system, at(start), at(end), formatDuration(double(e.observed) * 60), count(e.usual))
                            : IncidentText::tr("%1 has sent no event since %2 (%3); at this hour it usually sends %4 an hour.")
                                  .arg(i.system, at(start), formatDuration(double(e.observed) * 60), count(e.usual));
            out.append(i);
        }
    }
}

// Breaches of the SLA per minute (the histogram's samples above its threshold).
QList<MinuteCount> breachesPerMinute(const QList<LatencyHistogramRow>& histogram, double thresholdSeconds)
{
    const int threshold = latencyBucket(qint64(thresholdSeconds * 1e6));
    QList<MinuteCount> out;
    for (const LatencyHistogramRow& r : histogram) {
        if (r.bucket <= threshold || r.count == 0)
            continue;
        if (out.isEmpty() || out.constLast().minute != r.minute)
            out.append({r.minute, 0});
        out.last().count += r.count;
    }
    return out;
}

QString ownerOf(const SlaDefinition& sla, const FlowLibrary& library)
{
    const FlowTemplate* flow = library.find(sla.flow);
    const int index = flow ? flow->stageIndex(sla.toStage) : -1;
    return index >= 0 ? flow->stage(index).system : QString();
}

Expected<bool> addBreachBursts(QList<Incident>& out, RollupReader& rollups, const SlaDefinition& sla,
                               const FlowLibrary& library, const EpisodeWindow& window, const IncidentRules::Burst& rule)
{
    auto histogram = rollups.latencyHistogram(slaPair(sla), minuteStart(window.baselineFrom));
    if (!histogram)
        return histogram.error();
    for (const Episode& e : burstEpisodes(breachesPerMinute(histogram.value(), sla.thresholdSeconds), window, rule)) {
        Incident i = incidentOf(IncidentKind::SlaBreachBurst, e);
        i.sla = sla.id;
        i.system = ownerOf(sla, library);
        i.summary = e.usual < 0.05
                        ? IncidentText::tr("%1 transactions breached %2 (over %3) within %4 min, where none usually does.")
                              .arg(QString::number(e.observed), sla.name, formatDuration(sla.thresholdSeconds),
                                   QString::number(rule.windowMinutes))
                        : IncidentText::tr("%1 transactions breached %2 (over %3) within %4 min, against a usual %5 in %4 min.")
                              .arg(QString::number(e.observed), sla.name, formatDuration(sla.thresholdSeconds),
                                   QString::number(rule.windowMinutes), count(e.usual));
        out.append(i);
    }
    return true;
}

Expected<bool> addBacklogs(QList<Incident>& out, RollupReader& rollups, const SlaDefinition& sla,
                           const FlowLibrary& library, const EpisodeWindow& window, const IncidentRules::Backlog& rule)
{
    const std::optional<StagePair> arrival = arrivalPair(sla, library);
    if (!arrival)
        return true;
    const StagePair pair = slaPair(sla);
    const Timestamp from = minuteStart(window.baselineFrom);
    auto arrivedBefore = rollups.pairCountBefore(*arrival, from);
    if (!arrivedBefore)
        return arrivedBefore.error();
    auto completedBefore = rollups.pairCountBefore(pair, from);
    if (!completedBefore)
        return completedBefore.error();
    auto arrived = rollups.pairCounts(*arrival, from);
    if (!arrived)
        return arrived.error();
    auto completed = rollups.pairCounts(pair, from);
    if (!completed)
        return completed.error();
    for (const Episode& e : backlogEpisodes(arrivedBefore.value(), completedBefore.value(), arrived.value(),
                                            completed.value(), window, rule)) {
        Incident i = incidentOf(IncidentKind::BacklogGrowth, e);
        i.sla = sla.id;
        i.system = ownerOf(sla, library);
        const QString drain = e.rate > 0 ? IncidentText::tr("at %1 postings a minute it takes %2 to drain")
                                               .arg(count(e.rate), formatDuration(double(e.observed) / e.rate * 60))
                                         : IncidentText::tr("nothing is posted, so it does not drain");
        i.summary = IncidentText::tr("The %1 backlog grew to %2 transactions, %3 more arriving than done within %4 min "
                                     "(usually %5); %6.")
                        .arg(sla.name, QString::number(e.observed), QString::number(e.growth),
                             QString::number(rule.windowMinutes), count(e.usual), drain);
        out.append(i);
    }
    return true;
}

Expected<bool> addDlqSpikes(QList<Incident>& out, RollupReader& rollups, const EpisodeWindow& window,
                            const IncidentRules::Burst& rule)
{
    auto arrivals = rollups.failedArrivals(minuteStart(window.baselineFrom));
    if (!arrivals)
        return arrivals.error();
    QMap<QString, QList<MinuteCount>> byQueue;
    for (const QueueMinuteCount& r : arrivals.value())
        byQueue[r.queue].append({r.minute, r.count});
    for (auto it = byQueue.cbegin(); it != byQueue.cend(); ++it) {
        for (const Episode& e : burstEpisodes(it.value(), window, rule)) {
            Incident i = incidentOf(IncidentKind::DlqSpike, e);
            i.queue = it.key();
            i.system = it.key().section(QLatin1Char('.'), 0, 0);
            i.summary = IncidentText::tr("%1 failed messages reached %2 within %3 min, against a usual %4 in %3 min.")
                            .arg(QString::number(e.observed), i.queue, QString::number(rule.windowMinutes), count(e.usual));
            out.append(i);
        }
    }
    return true;
}

} // namespace

Expected<QList<Incident>> detectIncidents(RollupReader& rollups, const QList<SlaDefinition>& slas,
                                          const FlowLibrary& library, const IncidentRules& rules, Timestamp since,
                                          Timestamp until)
{
    QList<Incident> incidents;
    EpisodeWindow window;
    window.from = minuteOf(since);
    window.until = minuteOf(until);
    window.baselineFrom = window.from - qint64(rules.baselineDays) * 1440;
    if (window.until <= window.from)
        return incidents;
    auto rows = rollups.eventMinutes(minuteStart(window.baselineFrom));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return incidents;
    // A store younger than the baseline: what is usual comes from the days it has.
    window.baselineFrom = std::max(window.baselineFrom, rows->constFirst().minute);
    addSilences(incidents, rows.value(), window, rules.silence);
    if (auto spikes = addDlqSpikes(incidents, rollups, window, rules.dlqSpike); !spikes)
        return spikes.error();
    for (const SlaDefinition& sla : slas) {
        auto bursts = addBreachBursts(incidents, rollups, sla, library, window, rules.breachBurst);
        if (!bursts)
            return bursts.error();
        if (!rules.backlog.slas.contains(sla.id))
            continue;
        auto backlogs = addBacklogs(incidents, rollups, sla, library, window, rules.backlog);
        if (!backlogs)
            return backlogs.error();
    }
    sortNewestFirst(incidents);
    return incidents;
}

Expected<QList<Incident>> recentIncidents(RollupReader& rollups, SlaStore& slaStore, Timestamp newest)
{
    if (newest.isNull())
        return QList<Incident>();
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    const IncidentRules& rules = IncidentRules::builtIn(&error);
    if (!error.isEmpty())
        return StoreError::make(StoreError::Code::QueryFailed, error);
    auto slas = slasInForce(slaStore);
    if (!slas)
        return slas.error();
    return detectIncidents(rollups, slas.value(), flows, rules, newest.plusMicros(-86'400'000'000LL), newest);
}

} // namespace ct
