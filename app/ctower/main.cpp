#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

const char kUsage[] = R"(Usage: ctower COMMAND [options]

Control Tower on the command line: the telemetry store of a retail integration estate.

Commands:
  demo     Fill a store with the simulated retail estate (needs an explicit --store), or serve its
           positions over mock system HTTP APIs (--serve-apis HOST:PORT).
  stats    Count what a store holds (--json: equal content gives byte-equal output).
  info     Show where a store is, its engine, size, schema version and last change.
  migrate  Create a store or bring its schema up to date.
  collect  Take CloudEvents over HTTP (POST /v1/events), and dead letters from RabbitMQ, into a store.
  lineage  Where a transaction is: its verdict, stage checklist and events in causal order
           (by correlation id, order number, message id, event id or business key).
  find     The transactions that touched business keys: order, SKU, store, customer, receipt…
  dlq      Failed messages: list them, replay them to RabbitMQ with publisher confirms.
  deltas   Where stock counts disagree between systems, and the messages that explain each difference.
  sla      Whether the SLAs hold: p50/p95/p99 per time bucket, breaches, throughput, backlog; the
           transactions behind the breaches (--breaches); change a threshold (--set ID --threshold S).
  posting  What has not posted to the ERP: orders, refunds and settlements by state, currency and day,
           with amounts and tax; aging (--aging), rejection reasons (--reasons), the postings (--list).
  incidents What is breaking: SLA breach bursts, silent systems, growing ERP backlogs; --follow
           prints (and --webhook posts as CloudEvents) each opening and closing once.
  health   Integration health per pair of systems: p50/p95 sync latency and the integrity rate per bucket.
  quality  Data-quality rules over the events: violations per rule and system; --list the transactions.
  blocking What is blocking revenue: the orders in flight that failed or are stuck past an SLA, by
           value, with where they stopped, since when and why.
  peak     Peak-event mode: lock what cannot be taken back and hold replays to a rate budget (on|off).
  refresh  Read inventory and price positions live from the systems' HTTP APIs (--systems FILE) into a store.
  audit    The store's audit trail (filter by actor, action, result, time), or --verify its hash chain.

Options:
  -h, --help     Show this help; COMMAND --help shows a command's options.
  -v, --version  Show the version.

The store comes from --store URL, else the CTOWER_STORE environment variable (never for demo):
  sqlite:///absolute/path.db, a file path, or postgresql://user@host:port/database
  (password from CTOWER_STORE_PASSWORD when the URL has none).

Exit status: 0 done, 1 failed (one sentence on stderr says why), 2 usage error,
3 nothing matched, 4 partly done or a conflict.
)";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ctower"));
    QCoreApplication::setOrganizationName(QStringLiteral("controltower"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CT_VERSION));

    const QStringList args = QCoreApplication::arguments();
    ct::cli::installMessageHandler(args.contains(QStringLiteral("--verbose")));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << kUsage;
        return ct::cli::Usage;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << kUsage;
        return ct::cli::Done;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "ctower " << QCoreApplication::applicationVersion() << '\n';
        return ct::cli::Done;
    }
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("demo"))
        return ct::cli::runDemo(rest);
    if (command == QLatin1String("stats"))
        return ct::cli::runStats(rest);
    if (command == QLatin1String("info"))
        return ct::cli::runInfo(rest);
    if (command == QLatin1String("migrate"))
        return ct::cli::runMigrate(rest);
    if (command == QLatin1String("collect"))
        return ct::cli::runCollect(rest);
    if (command == QLatin1String("lineage"))
        return ct::cli::runLineage(rest);
    if (command == QLatin1String("find"))
        return ct::cli::runFind(rest);
    if (command == QLatin1String("dlq"))
        return ct::cli::runDlq(rest);
    if (command == QLatin1String("audit"))
        return ct::cli::runAudit(rest);
    if (command == QLatin1String("deltas"))
        return ct::cli::runDeltas(rest);
    if (command == QLatin1String("sla"))
        return ct::cli::runSla(rest);
    if (command == QLatin1String("posting"))
        return ct::cli::runPosting(rest);
    if (command == QLatin1String("incidents"))
        return ct::cli::runIncidents(rest);
    if (command == QLatin1String("health"))
        return ct::cli::runHealth(rest);
    if (command == QLatin1String("quality"))
        return ct::cli::runQuality(rest);
    if (command == QLatin1String("blocking"))
        return ct::cli::runBlocking(rest);
    if (command == QLatin1String("peak"))
        return ct::cli::runPeak(rest);
    if (command == QLatin1String("refresh"))
        return ct::cli::runRefresh(rest);
    err << "ctower: unknown command \"" << command << "\"\n\n" << kUsage;
    return ct::cli::Usage;
}
