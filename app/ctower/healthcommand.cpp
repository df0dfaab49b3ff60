#include "cli.h"
#include "rangeoptions.h"
#include "texttable.h"

#include "systempairhealth.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ct::cli {
namespace {

constexpr qint64 kDefaultSpanSeconds = 86400;

QJsonValue secondsOrNull(qint64 count, double seconds)
{
    return count == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(seconds);
}

QJsonValue rateOrNull(qint64 messages, qint64 errors)
{
    return messages == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(messages - errors) / double(messages));
}

QJsonObject pairJson(const PairHealth& h)
{
    QJsonArray buckets;
    for (const PairHealthBucket& b : h.buckets)
        buckets.append(QJsonObject{{QStringLiteral("start"), b.start.toIso()},
                                   {QStringLiteral("count"), b.count},
                                   {QStringLiteral("p50_s"), secondsOrNull(b.count, b.p50)},
                                   {QStringLiteral("p95_s"), secondsOrNull(b.count, b.p95)},
                                   {QStringLiteral("messages"), b.messages},
                                   {QStringLiteral("errors"), b.errors},
                                   {QStringLiteral("integrity_rate"), rateOrNull(b.messages, b.errors)}});
    return QJsonObject{{QStringLiteral("from_system"), h.from},
                       {QStringLiteral("to_system"), h.to},
                       {QStringLiteral("count"), h.count},
                       {QStringLiteral("p50_s"), secondsOrNull(h.count, h.p50)},
                       {QStringLiteral("p95_s"), secondsOrNull(h.count, h.p95)},
                       {QStringLiteral("messages"), h.messages},
                       {QStringLiteral("errors"), h.errors},
                       {QStringLiteral("integrity_rate"), rateOrNull(h.messages, h.errors)},
                       {QStringLiteral("buckets"), buckets}};
}

QString pairsText(const QList<PairHealth>& pairs)
{
    QList<QStringList> rows{{QStringLiteral("FROM"), QStringLiteral("TO"), QStringLiteral("COUNT"), QStringLiteral("P50"),
                             QStringLiteral("P95"), QStringLiteral("MESSAGES"), QStringLiteral("ERRORS"),
                             QStringLiteral("INTEGRITY")}};
    const auto duration = [](qint64 count, double s) { return count == 0 ? QStringLiteral("-") : formatDuration(s); };
    for (const PairHealth& h : pairs)
        rows.append({h.from, h.to, QString::number(h.count), duration(h.count, h.p50), duration(h.count, h.p95),
                     QString::number(h.messages), QString::number(h.errors),
                     h.messages == 0 ? QStringLiteral("-") : QString::number(100.0 * h.integrityRate(), 'f', 2) + QLatin1Char('%')});
    return textTable(rows);
}

} // namespace

int runHealth(const QStringList& arguments)
{
    Command command(QStringLiteral("health"),
                    QStringLiteral("Integration health per pair of systems, from the rollups: how long a change in one "
                                   "system takes to appear in the next (p50, p95), and the share of the receiving "
                                   "system's messages that crossed without an error, per time bucket. Default: the 24 "
                                   "hours up to the newest event."));
    command.addStoreOption();
    command.addJsonOption();
    RangeOptions rangeOptions(command);
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    int rc = Done;
    if (!rangeOptions.read(&rc))
        return rc;
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    if (!error.isEmpty())
        return command.fail(error);
    auto store = command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    const std::optional<SlaRange> range = rangeOptions.range(*store, kDefaultSpanSeconds, &rc);
    if (!range)
        return rc;
    auto health = readIntegrationHealth(*store, flows, *range);
    if (!health)
        return command.fail(health.error());
    if (command.json()) {
        QJsonArray pairs;
        for (const PairHealth& h : std::as_const(health->pairs))
            pairs.append(pairJson(h));
        command.printJson(QJsonDocument(QJsonObject{{QStringLiteral("since"), range->from.toIso()},
                                                    {QStringLiteral("until"), range->until.toIso()},
                                                    {QStringLiteral("bucket_s"), range->bucketSeconds},
                                                    {QStringLiteral("pairs"), pairs}}));
    } else {
        command.print(QStringLiteral("From %1 to %2:\n").arg(range->from.toIso(), range->until.toIso()) + pairsText(health->pairs));
    }
    return Done;
}

} // namespace ct::cli
