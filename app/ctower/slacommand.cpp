#include "cli.h"
#include "rangeoptions.h"
#include "texttable.h"

#include "slacatalogue.h"
#include "slaedits.h"
#include "slareport.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace ct::cli {
namespace {

constexpr qint64 kDefaultSpanSeconds = 86400;
constexpr qint64 kBreachLimit = 1000;

QJsonValue secondsOrNull(qint64 count, double seconds)
{
    return count == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(seconds);
}

QJsonValue countOrNull(const std::optional<qint64>& n)
{
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

// ARCHITECTURE.md §10's fields of `sla`, and the name, id and backlog of each bucket.
QJsonObject reportJson(const SlaReport& r)
{
    QJsonArray buckets;
    for (const SlaBucket& b : r.buckets)
        buckets.append(QJsonObject{{QStringLiteral("start"), b.start.toIso()},
                                   {QStringLiteral("count"), b.count},
                                   {QStringLiteral("p50_s"), secondsOrNull(b.count, b.p50)},
                                   {QStringLiteral("p95_s"), secondsOrNull(b.count, b.p95)},
                                   {QStringLiteral("p99_s"), secondsOrNull(b.count, b.p99)},
                                   {QStringLiteral("breaches"), b.breaches},
                                   {QStringLiteral("backlog"), countOrNull(b.backlog)}});
    return QJsonObject{{QStringLiteral("sla"), r.sla.id},
                       {QStringLiteral("name"), r.sla.name},
                       {QStringLiteral("flow"), r.sla.flow},
                       {QStringLiteral("from_stage"), r.sla.fromStage},
                       {QStringLiteral("to_stage"), r.sla.toStage},
                       {QStringLiteral("threshold_s"), r.sla.thresholdSeconds},
                       {QStringLiteral("since"), r.range.from.toIso()},
                       {QStringLiteral("until"), r.range.until.toIso()},
                       {QStringLiteral("bucket_s"), r.range.bucketSeconds},
                       {QStringLiteral("count"), r.count},
                       {QStringLiteral("p50_s"), secondsOrNull(r.count, r.p50)},
                       {QStringLiteral("p95_s"), secondsOrNull(r.count, r.p95)},
                       {QStringLiteral("p99_s"), secondsOrNull(r.count, r.p99)},
                       {QStringLiteral("breaches"), r.breaches},
                       {QStringLiteral("backlog"), countOrNull(r.backlog)},
                       {QStringLiteral("buckets"), buckets}};
}

QString durationOrDash(qint64 count, double seconds)
{
    return count == 0 ? QStringLiteral("-") : formatDuration(seconds);
}

QString reportsText(const QList<SlaReport>& reports)
{
    QList<QStringList> rows{{QStringLiteral("SLA"), QStringLiteral("FLOW"), QStringLiteral("STAGES"), QStringLiteral("WITHIN"),
                             QStringLiteral("COUNT"), QStringLiteral("P50"), QStringLiteral("P95"), QStringLiteral("P99"),
                             QStringLiteral("BREACHES"), QStringLiteral("BACKLOG")}};
    for (const SlaReport& r : reports)
        rows.append({r.sla.id, r.sla.flow, QStringLiteral("%1 -> %2").arg(r.sla.fromStage, r.sla.toStage),
                     formatDuration(r.sla.thresholdSeconds), QString::number(r.count), durationOrDash(r.count, r.p50),
                     durationOrDash(r.count, r.p95), durationOrDash(r.count, r.p99), QString::number(r.breaches),
                     r.backlog ? QString::number(*r.backlog) : QStringLiteral("-")});
    return textTable(rows);
}

// The transactions behind one SLA's breaches in the range: slowest first.
int printBreaches(Command& command, TelemetryStore& store, const SlaDefinition& sla, const SlaRange& range)
{
    auto breaches = store.slaBreaches(slaPair(sla), sla.thresholdSeconds, range.from, range.until, kBreachLimit);
    if (!breaches)
        return command.fail(breaches.error());
    if (command.json()) {
        QJsonArray rows;
        for (const SlaBreach& b : breaches.value())
            rows.append(QJsonObject{{QStringLiteral("correlation_id"), b.correlationId},
                                    {QStringLiteral("at"), b.at.toIso()},
                                    {QStringLiteral("latency_s"), b.seconds}});
        command.printJson(QJsonDocument(rows));
    } else if (breaches->isEmpty()) {
        command.print(QStringLiteral("No transaction breached %1 (%2) from %3 to %4.")
                          .arg(sla.name, formatDuration(sla.thresholdSeconds), range.from.toIso(), range.until.toIso()));
    } else {
        QList<QStringList> rows{{QStringLiteral("CORRELATION ID"), QStringLiteral("AT"), QStringLiteral("TOOK")}};
        for (const SlaBreach& b : breaches.value())
            rows.append({b.correlationId, b.at.toIso(), formatDuration(b.seconds)});
        command.print(textTable(rows));
    }
    return breaches->isEmpty() ? NothingMatched : Done;
}

int setThreshold(Command& command, TelemetryStore& store, const QList<SlaDefinition>& slas, const QString& id,
                 const FlowLibrary& flows)
{
    bool ok = false;
    const double threshold = command.parser().value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || !std::isfinite(threshold))
        return command.usageError(QStringLiteral("--threshold takes seconds, e.g. 3600"));
    int rc = Done;
    const std::optional<ActorRole> role = command.actingRole(store, &rc);
    if (!role)
        return rc;
    SlaEdit edit;
    edit.role = *role;
    edit.note = command.parser().value(QStringLiteral("note"));
    auto saved = setSlaThreshold(store, slas, id, threshold, edit, flows);
    if (!saved)
        return command.fail(saved.error());
    if (command.json())
        command.printJson(QJsonDocument(QJsonObject{{QStringLiteral("sla"), saved->id},
                                                    {QStringLiteral("threshold_s"), saved->thresholdSeconds}}));
    else
        command.print(QStringLiteral("%1 now allows %2 from %3 to %4.")
                          .arg(saved->name, formatDuration(saved->thresholdSeconds), saved->fromStage, saved->toStage));
    return Done;
}

} // namespace

int runSla(const QStringList& arguments)
{
    Command command(QStringLiteral("sla"),
                    QStringLiteral("Whether the estate keeps its SLAs: per SLA the p50, p95 and p99 time from one stage "
                                   "to the next, the breaches, the throughput and the backlog (started, not yet "
                                   "completed), per time bucket from the rollups. Default: the 24 hours up to the "
                                   "newest event. --breaches lists the transactions behind one SLA's breaches; "
                                   "--set changes one SLA's threshold (kept in the store and audited)."));
    command.addStoreOption();
    command.addJsonOption();
    command.addRoleOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("flow"), QStringLiteral("Only the SLAs of this flow, e.g. order-to-cash."), QStringLiteral("FLOW")});
    p.addOption({QStringLiteral("sla"), QStringLiteral("Only this SLA, e.g. erp-posting."), QStringLiteral("ID")});
    RangeOptions rangeOptions(command);
    p.addOption({QStringLiteral("breaches"), QStringLiteral("List the transactions that breached --sla ID in the range "
                                                            "(slowest first, at most 1000).")});
    p.addOption({QStringLiteral("set"), QStringLiteral("Change this SLA's threshold (with --threshold)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("threshold"), QStringLiteral("The new threshold in seconds (with --set)."), QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("note"), QStringLiteral("Why the threshold changes (kept in the audit trail)."), QStringLiteral("TEXT")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    int rc = Done;
    if (!rangeOptions.read(&rc))
        return rc;
    if (p.isSet(QStringLiteral("breaches")) && !p.isSet(QStringLiteral("sla")))
        return command.usageError(QStringLiteral("--breaches needs --sla ID"));
    if (p.isSet(QStringLiteral("set")) != p.isSet(QStringLiteral("threshold")))
        return command.usageError(QStringLiteral("--set ID and --threshold SECONDS go together"));
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    if (!error.isEmpty())
        return command.fail(error);
    auto store = p.isSet(QStringLiteral("set")) ? command.openExistingStoreToWrite(&rc) : command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    auto slas = slasInForce(*store);
    if (!slas)
        return command.fail(slas.error());
    if (p.isSet(QStringLiteral("set")))
        return setThreshold(command, *store, slas.value(), p.value(QStringLiteral("set")), flows);

    const std::optional<SlaRange> measured = rangeOptions.range(*store, kDefaultSpanSeconds, &rc);
    if (!measured)
        return rc;
    const SlaRange range = *measured;

    QList<SlaDefinition> chosen;
    for (const SlaDefinition& s : slas.value()) {
        if ((!p.isSet(QStringLiteral("flow")) || s.flow == p.value(QStringLiteral("flow")))
            && (!p.isSet(QStringLiteral("sla")) || s.id == p.value(QStringLiteral("sla"))))
            chosen.append(s);
    }
    if (chosen.isEmpty())
        return command.fail(QStringLiteral("no SLA matches; the SLAs are %1").arg([&] {
            QStringList ids;
            for (const SlaDefinition& s : slas.value())
                ids << s.id;
            return ids.join(QLatin1String(", "));
        }()));
    if (p.isSet(QStringLiteral("breaches")))
        return printBreaches(command, *store, chosen.constFirst(), range);

    QList<SlaReport> reports;
    for (const SlaDefinition& s : std::as_const(chosen)) {
        auto report = readSlaReport(*store, s, flows, range);
        if (!report)
            return command.fail(report.error());
        reports.append(report.value());
    }
    if (command.json()) {
        QJsonArray rows;
        for (const SlaReport& r : std::as_const(reports))
            rows.append(reportJson(r));
        command.printJson(QJsonDocument(rows));
    } else {
        command.print(QStringLiteral("From %1 to %2:\n").arg(range.from.toIso(), range.until.toIso()) + reportsText(reports));
    }
    return Done;
}

} // namespace ct::cli
