#include "cli.h"
#include "countednoun.h"

#include "flowlibrary.h"
#include "lineagereport.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace ct::cli {
namespace {

QJsonValue timeOrNull(Timestamp t)
{
    return t.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.toIso());
}

QJsonValue secondsOrNull(const std::optional<double>& seconds)
{
    return seconds ? QJsonValue(*seconds) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// ARCHITECTURE.md §10's fields, and more beside them; never a payload or a header (they may hold PII).
QJsonObject lineageJson(const LineageLookup& found, const LineageGraph& graph, const LineageVerdict& verdict,
                        Timestamp judgedAt)
{
    QJsonArray stages;
    for (const StageCheck& s : verdict.stages) {
        stages.append(QJsonObject{
            {QStringLiteral("stage"), s.stage},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("system"), s.system},
            {QStringLiteral("status"), stageStatusName(s.status)},
            {QStringLiteral("occurred_at"), timeOrNull(s.occurredAt)},
            {QStringLiteral("latency_s"), secondsOrNull(s.latencySeconds)},
            {QStringLiteral("sla_s"), secondsOrNull(s.slaSeconds)},
            {QStringLiteral("expected_by"), timeOrNull(s.expectedBy)},
            {QStringLiteral("error"), textOrNull(s.error)},
            {QStringLiteral("cause_stage"), textOrNull(s.causeStage)},
            {QStringLiteral("events"), s.events},
            {QStringLiteral("duplicates"), s.duplicates},
            {QStringLiteral("event_missing"), s.eventMissing},
            {QStringLiteral("expected"), s.expected},
        });
    }
    QJsonArray events;
    QSet<QString> seen;
    for (const LineageHop& hop : graph.hops) {
        const Event& e = hop.event;
        const QString identity = e.source + QChar(0x1f) + e.id;
        events.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("source"), e.source},
            {QStringLiteral("stage"), e.stage},
            {QStringLiteral("status"), eventStatusName(e.status)},
            {QStringLiteral("occurred_at"), e.occurredAt.toIso()},
            {QStringLiteral("causation_id"), textOrNull(e.causationId)},
            {QStringLiteral("recorded_at"), e.recordedAt.toIso()},
            {QStringLiteral("node"), textOrNull(e.node)},
            {QStringLiteral("depth"), hop.depth},
            {QStringLiteral("cause_missing"), hop.causeMissing},
            {QStringLiteral("recorded_before_cause"), hop.recordedBeforeCause},
            {QStringLiteral("duplicate"), seen.contains(identity)},
        });
        seen.insert(identity);
    }
    QJsonArray failed;
    for (const FailedMessage& m : found.failedMessages) {
        failed.append(QJsonObject{
            {QStringLiteral("id"), m.key},
            {QStringLiteral("message_id"), m.messageId},
            {QStringLiteral("event_id"), textOrNull(m.eventId)},
            {QStringLiteral("stage"), textOrNull(m.stage)},
            {QStringLiteral("queue"), m.queue},
            {QStringLiteral("reason"), m.deathReason},
            {QStringLiteral("error_class"), m.errorClass},
            {QStringLiteral("error"), m.errorText},
            {QStringLiteral("state"), failedMessageStateName(m.state)},
            {QStringLiteral("death_count"), m.deathCount},
            {QStringLiteral("last_failed_at"), m.lastDeathAt.toIso()},
        });
    }
    return QJsonObject{
        {QStringLiteral("correlation_id"), found.correlationId},
        {QStringLiteral("matched_by"), lineageMatchName(found.match)},
        {QStringLiteral("flow"), textOrNull(graph.flow)},
        {QStringLiteral("verdict"), verdictName(verdict.verdict)},
        {QStringLiteral("summary"), verdict.summary},
        {QStringLiteral("judged_at"), judgedAt.toIso()},
        {QStringLiteral("from_template"), verdict.fromTemplate},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("events"), events},
        {QStringLiteral("failed_messages"), failed},
    };
}

QString padded(const QString& text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

// One line per stage: status, name, system, time, and what the status needs said.
QString stageLine(const StageCheck& s)
{
    QStringList facts;
    if (!s.occurredAt.isNull())
        facts << absoluteTime(s.occurredAt);
    if (s.latencySeconds)
        facts << QStringLiteral("+") + formatDuration(*s.latencySeconds);
    if (s.slaSeconds && !s.expectedBy.isNull())
        facts << QStringLiteral("SLA ") + formatDuration(*s.slaSeconds);
    if (!s.expectedBy.isNull())
        facts << QStringLiteral("expected by ") + absoluteTime(s.expectedBy);
    if (s.eventMissing)
        facts << QStringLiteral("no event stored; later stages went on");
    if (s.duplicates > 0)
        facts << countedNoun(s.duplicates, QStringLiteral("duplicate"), QStringLiteral("duplicates"));
    if (!s.error.isEmpty())
        facts << s.error;
    QString line = QStringLiteral("  %1 %2 %3 %4")
                       .arg(padded(stageStatusName(s.status), 8), padded(s.name, 24), padded(s.system, 14),
                            facts.join(QStringLiteral("  ")));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

QString lineageText(const LineageLookup& found, const LineageGraph& graph, const LineageVerdict& verdict)
{
    QStringList lines;
    QString heading =
        found.correlationId + (graph.flow.isEmpty() ? QString() : QStringLiteral(" · ") + graph.flow);
    if (found.match != LineageMatch::CorrelationId)
        heading += QStringLiteral(" (found by %1)")
                       .arg(lineageMatchName(found.match).replace(QLatin1Char('_'), QLatin1Char(' ')));
    lines << heading;
    lines << verdictName(verdict.verdict).toUpper() + QStringLiteral(": ") + verdict.summary;
    lines << QString() << QStringLiteral("Stages:");
    for (const StageCheck& s : verdict.stages)
        lines << stageLine(s);
    lines << QString() << QStringLiteral("Events in causal order:");
    for (const LineageHop& hop : graph.hops) {
        const Event& e = hop.event;
        lines << QStringLiteral("  %1%2  %3  %4  %5  %6")
                     .arg(QString(hop.depth * 2, QLatin1Char(' ')), absoluteTime(e.occurredAt),
                          padded(e.source, 14), padded(e.type, 30), padded(eventStatusName(e.status), 8),
                          e.id);
    }
    if (!found.failedMessages.isEmpty()) {
        lines << QString() << QStringLiteral("Failed messages:");
        for (const FailedMessage& m : found.failedMessages)
            lines << QStringLiteral("  %1  %2  %3  %4  %5")
                         .arg(padded(m.queue, 24), padded(m.errorClass, 18),
                              padded(failedMessageStateName(m.state), 11), m.messageId,
                              m.errorText.section(QLatin1Char('\n'), 0, 0));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runLineage(const QStringList& arguments)
{
    Command command(QStringLiteral("lineage"),
                    QStringLiteral("Where a transaction is: its verdict, its stage checklist from the flow's "
                                   "template, and its events in causal order."));
    command.addStoreOption();
    command.addJsonOption();
    command.addPositional(QStringLiteral("ID"),
                          QStringLiteral("A correlation id, order number, message id, event id, or business keys "
                                                         "(SKU, store, customer…) that name one transaction."));
    command.parser().addOption({QStringLiteral("at"),
                                QStringLiteral("Judge the transaction as of this time: ISO 8601 or \"now\" "
                                               "(default). Stages past their SLA by then are overdue."),
                                QStringLiteral("TIME")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    const QString id = command.positional(0).trimmed();
    if (id.isEmpty())
        return command.usageError(QStringLiteral("the ID is empty"));
    Timestamp judgedAt = Timestamp::now();
    if (const QString at = command.parser().value(QStringLiteral("at"));
        !at.isEmpty() && at != QLatin1String("now")) {
        const auto parsed = Timestamp::fromIso(at);
        if (!parsed)
            return command.usageError(
                QStringLiteral(
                    "--at must be an ISO 8601 time with a zone (2026-11-02T10:00:00Z) or \"now\", not \"%1\"")
                    .arg(at));
        judgedAt = *parsed;
    }
    const QString url = command.storeUrl(true);
    if (url.isEmpty())
        return Usage;
    auto store = command.openStore(url, OpenMode::ReadOnly);
    if (!store)
        return Failed;
    QString libraryError;
    const FlowLibrary& flows = FlowLibrary::builtIn(&libraryError);
    if (!libraryError.isEmpty())
        return command.fail(libraryError);

    auto report = reportLineage(*store, *store, *store, flows, id, judgedAt);
    if (!report)
        return command.fail(report.error());
    const LineageLookup& found = report->lookup;
    if (!found.candidates.isEmpty()) {
        // Ambiguous, not nothing: exit 4 like a conflict, and the sentence says how to choose.
        QStringList some;
        for (const KeyedTransaction& t : found.candidates.mid(0, 3))
            some << t.correlationId;
        const QString count = found.candidates.size() >= LineageLookup::kMaxCandidates
                                  ? QStringLiteral("%1 or more").arg(LineageLookup::kMaxCandidates)
                                  : QString::number(found.candidates.size());
        command.fail(QStringLiteral("%1 names %2 transactions (%3, …), not one: `ctower find %1` lists them; pass "
                                    "one of their correlation ids, or more keys")
                         .arg(id, count, some.join(QStringLiteral(", "))));
        return Partial;
    }
    if (!found.found()) {
        command.fail(QStringLiteral("nothing in %1 has the id %2: no correlation id, order number, message id, "
                                    "event id or business key matches")
                         .arg(store->location().redacted(), id));
        return NothingMatched;
    }
    if (command.json())
        command.printJson(QJsonDocument(lineageJson(found, report->graph, report->verdict, judgedAt)));
    else
        command.print(lineageText(found, report->graph, report->verdict));
    return Done;
}

} // namespace ct::cli
