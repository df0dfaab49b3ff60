#include "dataqualityscan.h"

#include <QHash>

#include <algorithm>

namespace ct {
namespace {

constexpr int kPageSize = 5000;

} // namespace

QString systemOfSource(const QString& source)
{
    const qsizetype dot = source.indexOf(QLatin1Char('.'));
    return dot < 0 ? source : source.left(dot);
}

QList<DataQualityViolation> violationsOf(const QList<Event>& events, const DataQualityRules& rules,
                                         const EstateReference& reference)
{
    QList<DataQualityViolation> out;
    for (const Event& e : events) {
        for (DataQualityFinding& f : rules.evaluate(e, reference))
            out.append({std::move(f.rule), systemOfSource(e.source), e.source, e.correlationId, e.id, e.flow, e.stage,
                        e.occurredAt, std::move(f.detail)});
    }
    return out;
}

QList<DataQualityCount> violationCounts(const QList<DataQualityViolation>& violations)
{
    QHash<QPair<QString, QString>, qint64> counts;
    for (const DataQualityViolation& v : violations)
        ++counts[{v.rule, v.system}];
    QList<DataQualityCount> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key().first, it.key().second, it.value()});
    std::sort(out.begin(), out.end(), [](const DataQualityCount& a, const DataQualityCount& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.rule != b.rule ? a.rule < b.rule : a.system < b.system;
    });
    return out;
}

QList<DataQualityViolation> violationsMatching(const QList<DataQualityViolation>& violations, const QString& rule,
                                               const QString& system)
{
    QList<DataQualityViolation> out;
    for (const DataQualityViolation& v : violations) {
        if ((rule.isEmpty() || v.rule == rule) && (system.isEmpty() || v.system == system))
            out.append(v);
    }
    return out;
}

QList<qint64> violationsPerBucket(const QList<DataQualityViolation>& violations, const SlaRange& range)
{
    QList<qint64> out(range.bucketCount(), 0);
    const qint64 width = range.bucketSeconds * 1'000'000;
    for (const DataQualityViolation& v : violations) {
        if (v.occurredAt < range.from || !(v.occurredAt < range.until))
            continue;
        const qsizetype i = qsizetype((v.occurredAt.micros() - range.from.micros()) / width);
        if (i < out.size())
            ++out[i];
    }
    return out;
}

Expected<EstateReference> readEstateReference(PositionReader& positions)
{
    auto stock = positions.inventoryPositions(QString());
    if (!stock)
        return stock.error();
    auto prices = positions.pricePositions(QString());
    if (!prices)
        return prices.error();
    return estateReference(stock.value(), prices.value());
}

Expected<DataQualityReport> scanDataQuality(EventReader& events, const DataQualityRules& rules,
                                            const EstateReference& reference, Timestamp from, Timestamp until,
                                            const std::atomic_bool* cancel)
{
    DataQualityReport report;
    report.from = from;
    report.until = until;
    EventQuery query;
    query.since = from;
    query.limit = kPageSize;
    if (!until.isNull()) {
        // Keys are lower-case hex: "~" sorts after every one, so the events at `until` are left out.
        query.afterOccurredAt = until;
        query.afterKey = QStringLiteral("~");
    }
    for (;;) {
        if (cancel && cancel->load())
            return StoreError::make(StoreError::Code::Cancelled, QStringLiteral("the data-quality check was cancelled"));
        auto page = events.events(query);
        if (!page)
            return page.error();
        report.eventsChecked += page->size();
        report.violations += violationsOf(page.value(), rules, reference);
        if (page->size() < query.limit)
            break;
        query.afterOccurredAt = page->constLast().occurredAt;
        query.afterKey = page->constLast().key;
    }
    return report;
}

} // namespace ct
