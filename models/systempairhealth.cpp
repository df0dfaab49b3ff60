#include "systempairhealth.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace ct {
namespace {

constexpr qint64 kMinuteMicros = 60'000'000;

// The system a stage runs in, as a pair's side names it.
QString stageSystem(const FlowStage& stage)
{
    if (!stage.system.contains(QLatin1Char('{')))
        return stage.system;
    QStringList systems;
    for (const QString& s : stage.resolvedSystem) {
        if (!s.isEmpty() && !s.contains(QLatin1Char('{')) && !systems.contains(s))
            systems.append(s);
    }
    return systems.join(QLatin1Char('/'));
}

qint64 floorMinute(Timestamp t)
{
    const qint64 us = t.micros();
    return us >= 0 ? us / kMinuteMicros : -((-us + kMinuteMicros - 1) / kMinuteMicros);
}

} // namespace

QStringList systemsOf(const QString& side)
{
    return side.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QList<SystemPair> systemPairs(const FlowLibrary& library)
{
    std::map<std::pair<QString, QString>, QList<StagePair>> pairs;
    for (const FlowTemplate& flow : library.flows()) {
        for (const FlowStage& stage : flow.stages()) {
            if (stage.cause < 0)
                continue;
            const FlowStage& cause = flow.stage(stage.cause);
            const QString from = stageSystem(cause);
            const QString to = stageSystem(stage);
            if (from.isEmpty() || to.isEmpty() || from == to)
                continue;
            pairs[{from, to}].append({flow.id(), cause.id, stage.id});
        }
    }
    QList<SystemPair> out;
    for (auto& [key, stages] : pairs)
        out.append({key.first, key.second, std::move(stages)});
    return out;
}

QList<LatencyHistogramRow> mergeHistograms(QList<LatencyHistogramRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const LatencyHistogramRow& a, const LatencyHistogramRow& b) {
        return a.minute != b.minute ? a.minute < b.minute : a.bucket < b.bucket;
    });
    QList<LatencyHistogramRow> out;
    out.reserve(rows.size());
    for (const LatencyHistogramRow& r : std::as_const(rows)) {
        if (!out.isEmpty() && out.constLast().minute == r.minute && out.constLast().bucket == r.bucket)
            out.last().count += r.count;
        else
            out.append(r);
    }
    return out;
}

PairHealth pairHealth(const SystemPair& pair, const SlaRange& range, const QList<LatencyHistogramRow>& histogram,
                      const QList<EventMinuteRow>& minutes)
{
    // The SLA report's percentiles, with a threshold nothing reaches: its breaches are not read.
    SlaDefinition all;
    all.thresholdSeconds = 30 * 86400.0;
    const SlaReport latency = slaReport(all, range, histogram, std::nullopt);
    PairHealth h;
    h.from = pair.from;
    h.to = pair.to;
    h.count = latency.count;
    h.p50 = latency.p50;
    h.p95 = latency.p95;
    for (const SlaBucket& b : latency.buckets)
        h.buckets.append({b.start, b.count, b.p50, b.p95, 0, 0});
    const QStringList receivers = systemsOf(pair.to);
    const qint64 firstMinute = floorMinute(range.from);
    const qint64 widthMinutes = range.bucketSeconds / 60;
    const qint64 endMinute = firstMinute + qint64(h.buckets.size()) * widthMinutes;
    for (const EventMinuteRow& m : minutes) {
        if (m.minute < firstMinute || m.minute >= endMinute)
            continue;
        const QStringView source(m.source);
        const qsizetype dot = source.indexOf(QLatin1Char('.'));
        if (!receivers.contains(dot < 0 ? source : source.left(dot)))
            continue;
        PairHealthBucket& b = h.buckets[qsizetype((m.minute - firstMinute) / widthMinutes)];
        b.messages += m.events;
        b.errors += m.failed;
        h.messages += m.events;
        h.errors += m.failed;
    }
    return h;
}

Expected<IntegrationHealth> readIntegrationHealth(RollupReader& rollups, const FlowLibrary& library,
                                                  const SlaRange& range)
{
    IntegrationHealth health;
    health.range = range;
    auto minutes = rollups.eventMinutes(range.from);
    if (!minutes)
        return minutes.error();
    for (const SystemPair& pair : systemPairs(library)) {
        QList<LatencyHistogramRow> rows;
        for (const StagePair& stages : pair.stages) {
            auto histogram = rollups.latencyHistogram(stages, range.from);
            if (!histogram)
                return histogram.error();
            rows += histogram.value();
        }
        health.pairs.append(pairHealth(pair, range, mergeHistograms(std::move(rows)), minutes.value()));
    }
    return health;
}

qsizetype worstPair(const QList<PairHealth>& pairs)
{
    qsizetype worst = -1;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const PairHealth& p = pairs.at(i);
        if (p.messages == 0 && p.count == 0)
            continue;
        if (worst < 0)
            worst = i;
        const PairHealth& w = pairs.at(worst);
        if (p.integrityRate() < w.integrityRate() || (p.integrityRate() == w.integrityRate() && p.p95 > w.p95))
            worst = i;
    }
    return worst;
}

} // namespace ct
