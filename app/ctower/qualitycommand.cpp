#include "cli.h"
#include "rangeoptions.h"
#include "texttable.h"

#include "configfile.h"
#include "dataqualityscan.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ct::cli {
namespace {

constexpr qint64 kDefaultSpanSeconds = 86400;

QJsonObject violationJson(const DataQualityViolation& v)
{
    return QJsonObject{{QStringLiteral("correlation_id"), v.correlationId},
                       {QStringLiteral("rule"), v.rule},
                       {QStringLiteral("system"), v.system},
                       {QStringLiteral("source"), v.source},
                       {QStringLiteral("event_id"), v.eventId},
                       {QStringLiteral("flow"), v.flow},
                       {QStringLiteral("stage"), v.stage},
                       {QStringLiteral("at"), v.occurredAt.toIso()},
                       {QStringLiteral("detail"), v.detail}};
}

int printList(Command& command, const QList<DataQualityViolation>& violations)
{
    if (command.json()) {
        QJsonArray rows;
        for (const DataQualityViolation& v : violations)
            rows.append(violationJson(v));
        command.printJson(QJsonDocument(rows));
    } else if (violations.isEmpty()) {
        command.print(QStringLiteral("No event breaks a rule."));
    } else {
        QList<QStringList> rows{{QStringLiteral("CORRELATION ID"), QStringLiteral("RULE"), QStringLiteral("SYSTEM"),
                                 QStringLiteral("AT"), QStringLiteral("EVENT ID"), QStringLiteral("DETAIL")}};
        for (const DataQualityViolation& v : violations)
            rows.append({v.correlationId, v.rule, v.system, v.occurredAt.toIso(), v.eventId, v.detail});
        command.print(textTable(rows));
    }
    return violations.isEmpty() ? NothingMatched : Done;
}

int printCounts(Command& command, const DataQualityReport& report, const SlaRange& range)
{
    const QList<DataQualityCount> counts = violationCounts(report.violations);
    if (command.json()) {
        QJsonArray rows;
        for (const DataQualityCount& c : counts) {
            QJsonArray buckets;
            const QList<qint64> perBucket = violationsPerBucket(violationsMatching(report.violations, c.rule, c.system), range);
            for (qsizetype i = 0; i < perBucket.size(); ++i)
                buckets.append(QJsonObject{
                    {QStringLiteral("start"), Timestamp::fromMicros(range.from.micros() + i * range.bucketSeconds * 1'000'000).toIso()},
                    {QStringLiteral("count"), perBucket.at(i)}});
            rows.append(QJsonObject{{QStringLiteral("rule"), c.rule},
                                    {QStringLiteral("system"), c.system},
                                    {QStringLiteral("count"), c.count},
                                    {QStringLiteral("buckets"), buckets}});
        }
        command.printJson(QJsonDocument(QJsonObject{{QStringLiteral("since"), range.from.toIso()},
                                                    {QStringLiteral("until"), range.until.toIso()},
                                                    {QStringLiteral("bucket_s"), range.bucketSeconds},
                                                    {QStringLiteral("events_checked"), report.eventsChecked},
                                                    {QStringLiteral("violations"), qint64(report.violations.size())},
                                                    {QStringLiteral("rules"), rows}}));
        return Done;
    }
    QString text = QStringLiteral("Checked %1 events from %2 to %3").arg(QString::number(report.eventsChecked),
                                                                            range.from.toIso(), range.until.toIso());
    if (counts.isEmpty()) {
        command.print(text + QStringLiteral(": no event breaks a rule."));
        return Done;
    }
    QList<QStringList> rows{{QStringLiteral("RULE"), QStringLiteral("SYSTEM"), QStringLiteral("VIOLATIONS")}};
    for (const DataQualityCount& c : counts)
        rows.append({c.rule, c.system, QString::number(c.count)});
    command.print(text + QStringLiteral(":\n") + textTable(rows));
    return Done;
}

} // namespace

int runQuality(const QStringList& arguments)
{
    Command command(QStringLiteral("quality"),
                    QStringLiteral("Data-quality rules over the events (resources/dataquality.json, or the user's "
                                   "controltower/dataquality.json, or --rules FILE): violations per rule and source "
                                   "system, per time bucket; --list the violating events with their correlation ids. "
                                   "The rules are checked when read, so an edited rules file applies at once. Default: "
                                   "the 24 hours up to the newest event."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("rule"), QStringLiteral("Only this rule, e.g. negative_quantity."), QStringLiteral("RULE")});
    p.addOption({QStringLiteral("system"), QStringLiteral("Only events of this source system, e.g. erp."), QStringLiteral("SYSTEM")});
    RangeOptions rangeOptions(command);
    p.addOption({QStringLiteral("list"), QStringLiteral("List the violating events, newest first, with their correlation ids.")});
    p.addOption({QStringLiteral("rules"), QStringLiteral("Read the rules from this file instead."), QStringLiteral("FILE")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    int rc = Done;
    if (!rangeOptions.read(&rc))
        return rc;
    QString error;
    const DataQualityRules rules = p.isSet(QStringLiteral("rules"))
        ? readConfigFile<DataQualityRules>(p.value(QStringLiteral("rules")), &DataQualityRules::fromJson, &error)
        : DataQualityRules::load(&error);
    if (!error.isEmpty())
        return command.fail(error);
    const QString rule = p.value(QStringLiteral("rule"));
    if (!rule.isEmpty() && !rules.find(rule)) {
        QStringList ids;
        for (const DataQualityRule& r : rules.rules())
            ids << r.id;
        return command.usageError(QStringLiteral("--rule %1 is not a rule; the rules are %2").arg(rule, ids.join(QStringLiteral(", "))));
    }
    auto store = command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    const std::optional<SlaRange> range = rangeOptions.range(*store, kDefaultSpanSeconds, &rc);
    if (!range)
        return rc;
    auto reference = readEstateReference(*store);
    if (!reference)
        return command.fail(reference.error());
    auto report = scanDataQuality(*store, rules, reference.value(), range->from, range->until);
    if (!report)
        return command.fail(report.error());
    report->violations = violationsMatching(report->violations, rule, p.value(QStringLiteral("system")));
    if (p.isSet(QStringLiteral("list")))
        return printList(command, report->violations);
    return printCounts(command, report.value(), *range);
}

} // namespace ct::cli
