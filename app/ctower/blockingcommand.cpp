// ctower blocking: what is blocking revenue — the orders in flight that failed or are stuck past an
// SLA, by value, each with where it stopped, since when and why.
#include "cli.h"
#include "texttable.h"

#include "flowlibrary.h"
#include "moneytext.h"
#include "revenueblockers.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ct::cli {
namespace {

constexpr qint64 kDefaultLimit = 20;
constexpr qint64 kMaxLimit = 1000;

QJsonArray blockersJson(const QList<RevenueBlocker>& blockers)
{
    QJsonArray out;
    for (const RevenueBlocker& b : blockers)
        out.append(QJsonObject{{QStringLiteral("correlation_id"), b.correlationId},
                               {QStringLiteral("order"), b.order},
                               {QStringLiteral("flow"), b.flow},
                               {QStringLiteral("amount_minor"), b.amountMinor},
                               {QStringLiteral("currency"), b.currency},
                               {QStringLiteral("verdict"), verdictName(b.verdict)},
                               {QStringLiteral("stage"), b.stage},
                               {QStringLiteral("system"), b.system},
                               {QStringLiteral("since"), b.since.isNull() ? QJsonValue() : QJsonValue(b.since.toIso())},
                               {QStringLiteral("reason"), b.reason}});
    return out;
}

QString blockersText(const QList<RevenueBlocker>& blockers, Timestamp now)
{
    QList<QStringList> table{{QStringLiteral("ORDER"), QStringLiteral("AMOUNT"), QStringLiteral("VERDICT"), QStringLiteral("STAGE"),
                              QStringLiteral("SYSTEM"), QStringLiteral("SINCE"), QStringLiteral("FOR"), QStringLiteral("REASON")}};
    for (const RevenueBlocker& b : blockers)
        table.append({b.order.isEmpty() ? b.correlationId : b.order, moneyText(b.amountMinor, b.currency, QLocale::c()),
                      verdictName(b.verdict), b.stage, b.system, b.since.isNull() ? QStringLiteral("-") : b.since.toIso(),
                      b.since.isNull() ? QStringLiteral("-") : formatDuration(double(now.micros() - b.since.micros()) / 1e6),
                      b.reason});
    return textTable(table);
}

} // namespace

int runBlocking(const QStringList& arguments)
{
    Command command(QStringLiteral("blocking"),
                    QStringLiteral("What is blocking revenue: the orders in flight (the Overview's, captured in the two "
                                   "days up to the newest event and not yet delivered or collected) that failed at a "
                                   "stage or are stuck past a stage's SLA, judged as Lineage judges them. Ranked by "
                                   "amount (minor units) within each currency, the currency with the most money blocked "
                                   "first; amounts are never converted. Each with the stage and system it stopped at, "
                                   "since when (failed: the failure; stuck: the end of the SLA) and why."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("limit"), QStringLiteral("At most N orders (default 20, up to 1000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("at"),
                 QStringLiteral("Judge the orders as of this time: ISO 8601, or \"now\". By default as of the newest "
                                "event, as the Overview's figures are."), QStringLiteral("TIME")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    qint64 limit = kDefaultLimit;
    QString error;
    if (!command.readInt(QStringLiteral("limit"), 1, kMaxLimit, &limit, &error))
        return command.usageError(error);
    Timestamp now;  // null: as of the newest event
    if (const QString at = p.value(QStringLiteral("at")); at == QLatin1String("now")) {
        now = Timestamp::now();
    } else if (!at.isEmpty()) {
        const auto parsed = Timestamp::fromIso(at);
        if (!parsed)
            return command.usageError(
                QStringLiteral("--at must be an ISO 8601 time with a zone (2026-11-02T10:00:00Z) or \"now\", not \"%1\"")
                    .arg(at));
        now = *parsed;
    }

    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    if (!error.isEmpty())
        return command.fail(error);
    int rc = Done;
    auto store = command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    auto blockers = readRevenueBlockers(*store, flows, now, int(limit));
    if (!blockers)
        return command.fail(blockers.error());
    if (command.json()) {
        command.printJson(QJsonDocument(blockersJson(blockers->top)));
        return Done;
    }
    if (blockers->top.isEmpty()) {
        command.print(QStringLiteral("Nothing is blocking revenue: no order in flight has failed or is stuck past its SLA."));
        return Done;
    }
    command.print(blockersText(blockers->top, blockers->judgedAt));
    return Done;
}

} // namespace ct::cli
