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

QJsonArray causesJson(const QList<DeltaCause>& list, QString (*quantityText)(qint64) = nullptr)
{
    QJsonArray causes;
    for (const DeltaCause& c : list) {
        causes.append(QJsonObject{
            {QStringLiteral("correlation_id"), c.correlationId},
            {QStringLiteral("flow"), c.flow},
            {QStringLiteral("kind"), QLatin1String(deltaCauseKindName(c.kind))},
            {QStringLiteral("lagging_system"), c.laggingSystem},
            {QStringLiteral("stage"), textOrNull(c.stage)},
            {QStringLiteral("blocking_stage"), textOrNull(c.blockingStage)},
            {QStringLiteral("failed_event_id"), textOrNull(c.failedEventId)},
            {QStringLiteral("quantity"), c.quantity},
            {QStringLiteral("moved_at"), timeOrNull(c.movedAt)},
            {QStringLiteral("due_at"), timeOrNull(c.dueAt)},
            {QStringLiteral("summary"), describeCause(c, nullptr, quantityText)},
        });
    }
    return causes;
}

// ARCHITECTURE.md §10's fields, then the explanation; the value at cost when the cell's cost is known.
QJsonObject deltaJson(const InventoryDelta& d)
{
    QJsonObject row{
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
        {QStringLiteral("causes"), causesJson(d.causes)},
    };
    if (d.unitCostMinor != 0) {
        row.insert(QStringLiteral("unit_cost_minor"), d.unitCostMinor);
        row.insert(QStringLiteral("cost_currency"), d.costCurrency);
        row.insert(QStringLiteral("value_at_cost_minor"), d.valueAtCostMinor());
    }
    return row;
}

// The same fields for prices (quantities in minor units), with the currency and the campaigns.
QJsonObject priceJson(const PriceDelta& d)
{
    return QJsonObject{
        {QStringLiteral("sku"), d.sku},
        {QStringLiteral("node"), d.node},
        {QStringLiteral("system"), d.system},
        {QStringLiteral("quantity"), d.priceMinor},
        {QStringLiteral("price_minor"), d.priceMinor},
        {QStringLiteral("currency"), d.currency},
        {QStringLiteral("promotion_id"), textOrNull(d.promotionId)},
        {QStringLiteral("authoritative_system"), d.referenceSystem},
        {QStringLiteral("authoritative_node"), textOrNull(d.referenceNode)},
        {QStringLiteral("authoritative_quantity"), d.noReference ? QJsonValue(QJsonValue::Null) : QJsonValue(d.referencePriceMinor)},
        {QStringLiteral("authoritative_promotion_id"), textOrNull(d.referencePromotionId)},
        {QStringLiteral("delta"), d.delta},
        {QStringLiteral("explained"), d.explained},
        {QStringLiteral("residual"), d.residual},
        {QStringLiteral("as_of"), timeOrNull(d.asOf)},
        {QStringLiteral("authoritative_as_of"), timeOrNull(d.referenceAsOf)},
        {QStringLiteral("stale"), d.stale},
        {QStringLiteral("causes"), causesJson(d.causes, &signedPrice)},
    };
}

QString whyText(const QList<DeltaCause>& causes, QString (*quantityText)(qint64) = nullptr)
{
    QString why = causes.isEmpty() ? QStringLiteral("no message explains it") : describeCause(causes.constFirst(), nullptr, quantityText);
    if (causes.size() > 1)
        why += QStringLiteral(" and %1 more").arg(causes.size() - 1);
    return why;
}

QString pricesText(const QList<PriceDelta>& deltas)
{
    QList<QStringList> rows{{QStringLiteral("SKU"), QStringLiteral("NODE"), QStringLiteral("SYSTEM"), QStringLiteral("PRICE"),
                             QStringLiteral("PROMOTION"), QStringLiteral("AUTHORITY"), QStringLiteral("DELTA"),
                             QStringLiteral("RESIDUAL"), QStringLiteral("WHY")}};
    for (const PriceDelta& d : deltas) {
        rows.append({d.sku, d.node, d.system, QStringLiteral("%1 %2").arg(d.priceMinor).arg(d.currency),
                     d.promotionId.isEmpty() ? QStringLiteral("-") : d.promotionId,
                     QStringLiteral("%1 %2 %3").arg(d.referenceSystem, d.noReference ? QStringLiteral("-") : QString::number(d.referencePriceMinor),
                                                    d.referencePromotionId.isEmpty() ? QStringLiteral("-") : d.referencePromotionId),
                     QString::number(d.delta), QString::number(d.residual), whyText(d.causes, &signedPrice)});
    }
    return textTable(rows);
}

QString deltasText(const QList<InventoryDelta>& deltas)
{
    QList<QStringList> rows{{QStringLiteral("SKU"), QStringLiteral("NODE"), QStringLiteral("SYSTEM"), QStringLiteral("QTY"),
                             QStringLiteral("AUTHORITY"), QStringLiteral("DELTA"), QStringLiteral("EXPLAINED"),
                             QStringLiteral("RESIDUAL"), QStringLiteral("AT COST"), QStringLiteral("WHY")}};
    for (const InventoryDelta& d : deltas) {
        const QString why = whyText(d.causes);
        const QString atCost = d.unitCostMinor > 0
            ? QStringLiteral("%1 %2").arg(QString::number(double(d.valueAtCostMinor()) / 100.0, 'f', 2), d.costCurrency)
            : QStringLiteral("-");
        rows.append({d.sku, d.node, d.system, QString::number(d.quantity),
                     QStringLiteral("%1 %2").arg(d.authoritativeSystem, d.noAuthority ? QStringLiteral("-") : QString::number(d.authoritativeQuantity)),
                     QString::number(d.delta), QString::number(d.explained), QString::number(d.residual), atCost, why});
    }
    return textTable(rows);
}

int printPrices(Command& command, TelemetryStore& store, const FlowLibrary& flows, const DeltaRules& rules,
                const DeltaFilter& filter)
{
    auto deltas = readPriceDeltas(store, flows, rules, filter, Timestamp::now());
    if (!deltas)
        return command.fail(deltas.error());
    if (command.json()) {
        QJsonArray rows;
        for (const PriceDelta& d : deltas.value())
            rows.append(priceJson(d));
        command.printJson(QJsonDocument(rows));
    } else if (deltas->isEmpty()) {
        command.print(QStringLiteral("No prices disagree in %1 as asked.").arg(store.location().redacted()));
    } else {
        command.print(pricesText(deltas.value()));
    }
    return Done;
}

} // namespace

int runDeltas(const QStringList& arguments)
{
    Command command(QStringLiteral("deltas"),
                    QStringLiteral("Where the systems' stock counts disagree with the authority's (WMS at a distribution "
                                   "centre, POS in a store), or with --measure price where a store or channel charges "
                                   "another price than the ERP; each difference explained by the messages behind it, the "
                                   "residual what no message explains."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("measure"), QStringLiteral("quantity (stock counts, the default) or price (what each store and "
                                                           "channel charges against the ERP, and the campaign behind it)."),
                 QStringLiteral("quantity|price")});
    p.addOption({QStringLiteral("node"), QStringLiteral("Only this node, e.g. ST-014."), QStringLiteral("NODE")});
    p.addOption({QStringLiteral("sku"), QStringLiteral("Only SKUs starting with this."), QStringLiteral("PREFIX")});
    p.addOption({QStringLiteral("min-delta"), QStringLiteral("Only differences of at least N units (default 1; 0: every row)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("unexplained"), QStringLiteral("Only rows whose residual is beyond the SKU's tolerance.")});
    p.addOption({QStringLiteral("stale"), QStringLiteral("Only rows with a figure older than the rules allow.")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    const QString measure = p.isSet(QStringLiteral("measure")) ? p.value(QStringLiteral("measure")) : QStringLiteral("quantity");
    if (measure != QLatin1String("quantity") && measure != QLatin1String("price"))
        return command.usageError(QStringLiteral("--measure is quantity or price, not \"%1\"").arg(measure));
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
    if (measure == QLatin1String("price"))
        return printPrices(command, *store, flows, rules, filter);
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
