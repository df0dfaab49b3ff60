#include "cli.h"
#include "texttable.h"

#include "deltarules.h"
#include "flowlibrary.h"
#include "inventorydeltaquery.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace ct::cli {
namespace {

QJsonValue timeOrNull(Timestamp t)
{
    return t.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.toIso());
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const char* kindName(DeltaCause::Kind kind)
{
    switch (kind) {
    case DeltaCause::Kind::Failed:
        return "failed";
    case DeltaCause::Kind::Stopped:
        return "stopped";
    case DeltaCause::Kind::Overdue:
        return "overdue";
    case DeltaCause::Kind::Pending:
        return "pending";
    }
    return "pending";
}

// ARCHITECTURE.md §10's fields, then the explanation.
QJsonObject deltaJson(const InventoryDelta& d)
{
    QJsonArray causes;
    for (const DeltaCause& c : d.causes) {
        causes.append(QJsonObject{
            {QStringLiteral("correlation_id"), c.correlationId},
            {QStringLiteral("flow"), c.flow},
            {QStringLiteral("kind"), QLatin1String(kindName(c.kind))},
            {QStringLiteral("lagging_system"), c.laggingSystem},
            {QStringLiteral("stage"), textOrNull(c.stage)},
            {QStringLiteral("blocking_stage"), textOrNull(c.blockingStage)},
            {QStringLiteral("failed_event_id"), textOrNull(c.failedEventId)},
            {QStringLiteral("quantity"), c.quantity},
            {QStringLiteral("moved_at"), timeOrNull(c.movedAt)},
            {QStringLiteral("due_at"), timeOrNull(c.dueAt)},
            {QStringLiteral("summary"), describeCause(c)},
        });
    }
    return QJsonObject{
        {QStringLiteral("sku"), d.sku},
        {QStringLiteral("node"), d.node},
        {QStringLiteral("system"), d.system},
        {QStringLiteral("quantity"), d.quantity},
        {QStringLiteral("authoritative_system"), d.authoritativeSystem},
        {QStringLiteral("authoritative_quantity"), d.noAuthority ? QJsonValue(QJsonValue::Null) : QJsonValue(d.authoritativeQuantity)},
        {QStringLiteral("delta"), d.delta},
        {QStringLiteral("explained"), d.explained},
        {QStringLiteral("residual"), d.residual},
        {QStringLiteral("as_of"), timeOrNull(d.asOf)},
        {QStringLiteral("authoritative_as_of"), timeOrNull(d.authoritativeAsOf)},
        {QStringLiteral("stale"), d.stale},
        {QStringLiteral("tolerance"), d.tolerance},
        {QStringLiteral("causes"), causes},
    };
}

QString deltasText(const QList<InventoryDelta>& deltas)
{
    QList<QStringList> rows{{QStringLiteral("SKU"), QStringLiteral("NODE"), QStringLiteral("SYSTEM"), QStringLiteral("QTY"),
                             QStringLiteral("AUTHORITY"), QStringLiteral("DELTA"), QStringLiteral("EXPLAINED"),
                             QStringLiteral("RESIDUAL"), QStringLiteral("WHY")}};
    for (const InventoryDelta& d : deltas) {
        QString why = d.causes.isEmpty() ? QStringLiteral("no message explains it") : describeCause(d.causes.constFirst());
        if (d.causes.size() > 1)
            why += QStringLiteral(" and %1 more").arg(d.causes.size() - 1);
        rows.append({d.sku, d.node, d.system, QString::number(d.quantity),
                     QStringLiteral("%1 %2").arg(d.authoritativeSystem, d.noAuthority ? QStringLiteral("-") : QString::number(d.authoritativeQuantity)),
                     QString::number(d.delta), QString::number(d.explained), QString::number(d.residual), why});
    }
    return textTable(rows);
}

} // namespace

int runDeltas(const QStringList& arguments)
{
    Command command(QStringLiteral("deltas"),
                    QStringLiteral("Where the systems' stock counts disagree with the authority's (WMS at a distribution "
                                   "centre, POS in a store), each difference explained by the messages behind it; the "
                                   "residual is what no message explains."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("node"), QStringLiteral("Only this node, e.g. ST-014."), QStringLiteral("NODE")});
    p.addOption({QStringLiteral("sku"), QStringLiteral("Only SKUs starting with this."), QStringLiteral("PREFIX")});
    p.addOption({QStringLiteral("min-delta"), QStringLiteral("Only differences of at least N units (default 1; 0: every row)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("unexplained"), QStringLiteral("Only rows whose residual is beyond the SKU's tolerance.")});
    p.addOption({QStringLiteral("stale"), QStringLiteral("Only rows with a figure older than the rules allow.")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    DeltaFilter filter;
    filter.node = p.value(QStringLiteral("node"));
    filter.skuPrefix = p.value(QStringLiteral("sku"));
    filter.unexplainedOnly = p.isSet(QStringLiteral("unexplained"));
    filter.staleOnly = p.isSet(QStringLiteral("stale"));
    QString error;
    if (!command.readInt(QStringLiteral("min-delta"), 0, std::numeric_limits<qint64>::max(), &filter.minDelta, &error))
        return command.usageError(error);
    const DeltaRules rules = DeltaRules::load(&error);
    if (!error.isEmpty())
        return command.fail(error);
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    if (!error.isEmpty())
        return command.fail(error);
    int rc = Done;
    auto store = command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    auto deltas = readInventoryDeltas(*store, flows, rules, filter, Timestamp::now());
    if (!deltas)
        return command.fail(deltas.error());
    if (command.json()) {
        QJsonArray rows;
        for (const InventoryDelta& d : deltas.value())
            rows.append(deltaJson(d));
        command.printJson(QJsonDocument(rows));
    } else if (deltas->isEmpty()) {
        command.print(QStringLiteral("No stock counts disagree in %1 as asked.").arg(store->location().redacted()));
    } else {
        command.print(deltasText(deltas.value()));
    }
    return Done;
}

} // namespace ct::cli
