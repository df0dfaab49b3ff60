#include "cli.h"
#include "texttable.h"

#include "incidentdetection.h"
#include "incidentjson.h"
#include "incidentfollower.h"
#include "slaedits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ct::cli {
namespace {

constexpr qint64 kDefaultSpanMicros = 86'400'000'000LL;

QString subjectOf(const Incident& i)
{
    return !i.sla.isEmpty() ? i.sla : i.queue.isEmpty() ? QStringLiteral("-") : i.queue;
}

QString incidentsText(const QList<Incident>& incidents)
{
    QList<QStringList> rows{{QStringLiteral("KIND"), QStringLiteral("SYSTEM"), QStringLiteral("SLA/QUEUE"),
                             QStringLiteral("OPENED"), QStringLiteral("CLOSED"), QStringLiteral("SUMMARY")}};
    for (const Incident& i : incidents)
        rows.append({incidentKindName(i.kind), i.system, subjectOf(i), i.openedAt.toIso(),
                     i.closedAt ? i.closedAt->toIso() : QStringLiteral("open"), i.summary});
    return textTable(rows);
}

} // namespace

int runIncidents(const QStringList& arguments)
{
    Command command(QStringLiteral("incidents"),
                    QStringLiteral("What is breaking: SLA breach bursts, silent systems and ERP backlogs growing faster "
                                   "than they drain, detected from the rollups against what is usual (thresholds in "
                                   "resources/incidents.json). Default: the incidents of the 24 hours up to the newest "
                                   "event. --follow prints each opening and closing once as the store changes; with "
                                   "--webhook it POSTs each as a CloudEvent, never twice."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("since"), QStringLiteral("Incidents open at or after this time (ISO 8601; default 24 h "
                                                         "before the newest event)."), QStringLiteral("ISO8601")});
    p.addOption({QStringLiteral("follow"), QStringLiteral("Keep watching the store and print each opening and closing "
                                                          "once, until interrupted.")});
    p.addOption({QStringLiteral("webhook"), QStringLiteral("With --follow: POST each opening and closing to URL as a "
                                                           "CloudEvent (application/cloudevents+json)."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("state"), QStringLiteral("With --webhook: the file that remembers what was posted "
                                                         "(default: next to the store, or in the user's data directory)."),
                 QStringLiteral("FILE")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    std::optional<Timestamp> since;
    if (p.isSet(QStringLiteral("since"))) {
        since = Timestamp::fromIso(p.value(QStringLiteral("since")));
        if (!since)
            return command.usageError(QStringLiteral("--since must be an ISO 8601 time with a zone (2026-11-02T10:00:00Z), not \"%1\"")
                                          .arg(p.value(QStringLiteral("since"))));
    }
    if (p.isSet(QStringLiteral("webhook")) && !p.isSet(QStringLiteral("follow")))
        return command.usageError(QStringLiteral("--webhook needs --follow"));
    if (p.isSet(QStringLiteral("state")) && !p.isSet(QStringLiteral("webhook")))
        return command.usageError(QStringLiteral("--state goes with --webhook"));
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    if (!error.isEmpty())
        return command.fail(error);
    const IncidentRules& rules = IncidentRules::builtIn(&error);
    if (!error.isEmpty())
        return command.fail(error);
    int rc = Done;
    auto store = command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    if (p.isSet(QStringLiteral("follow")))
        return followIncidents(command, std::move(store), since, p.value(QStringLiteral("webhook")),
                               p.value(QStringLiteral("state")));

    auto slas = slasInForce(*store);
    if (!slas)
        return command.fail(slas.error());
    auto newest = store->newestEventAt();
    if (!newest)
        return command.fail(newest.error());
    const Timestamp until = newest->isNull() ? Timestamp::now() : newest.value();
    const Timestamp from = since.value_or(until.plusMicros(-kDefaultSpanMicros));
    auto incidents = detectIncidents(*store, slas.value(), flows, rules, from, until);
    if (!incidents)
        return command.fail(incidents.error());
    if (command.json()) {
        QJsonArray rows;
        for (const Incident& i : incidents.value())
            rows.append(incidentJson(i));
        command.printJson(QJsonDocument(rows));
    } else if (incidents->isEmpty()) {
        command.print(QStringLiteral("No incident from %1 to %2.").arg(from.toIso(), until.toIso()));
    } else {
        command.print(incidentsText(incidents.value()));
    }
    return Done;
}

} // namespace ct::cli
