#include "positionjson.h"

namespace ct::systemapi {

namespace {

// "12.99" from 1299: the POS shows prices as decimal text in the currency's unit (two minor digits).
QString decimalAmount(qint64 minor)
{
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    return (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject itemCode(const QString& sku)
{
    return QJsonObject{{QStringLiteral("code"), sku}};
}

qint64 epochMillis(Timestamp t)
{
    return t.micros() / 1000;
}

} // namespace

Layout layoutOf(const QString& system)
{
    return system == QLatin1String("pos") ? Layout::Pos : Layout::Standard;
}

QJsonObject toJson(const InventoryPosition& p, Layout layout)
{
    if (layout == Layout::Pos)
        return QJsonObject{
            {QStringLiteral("item"), itemCode(p.sku)},
            {QStringLiteral("store"), p.node},
            {QStringLiteral("stock"), QJsonObject{{QStringLiteral("available"), p.onHand},
                                                  {QStringLiteral("allocated"), p.reserved}}},
            {QStringLiteral("updated_ms"), epochMillis(p.asOf)},
        };
    QJsonObject item{
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("node"), p.node},
        {QStringLiteral("on_hand"), p.onHand},
        {QStringLiteral("reserved"), p.reserved},
        {QStringLiteral("as_of"), p.asOf.toIso()},
    };
    // A position with a known cost (in the estate, the ERP's: the item master) serves it.
    if (p.unitCostMinor != 0) {
        item.insert(QStringLiteral("unit_cost_minor"), p.unitCostMinor);
        item.insert(QStringLiteral("currency"), p.costCurrency);
    }
    return item;
}

QJsonObject toJson(const PricePosition& p, Layout layout)
{
    if (layout == Layout::Pos)
        return QJsonObject{
            {QStringLiteral("item"), itemCode(p.sku)},
            {QStringLiteral("store"), p.node},
            {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), decimalAmount(p.priceMinor)},
                                                  {QStringLiteral("currency"), p.currency}}},
            {QStringLiteral("promo"), orNull(p.promotionId)},
            {QStringLiteral("updated_ms"), epochMillis(p.asOf)},
        };
    return QJsonObject{
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("node"), p.node},
        {QStringLiteral("price_minor"), p.priceMinor},
        {QStringLiteral("currency"), p.currency},
        {QStringLiteral("promotion_id"), orNull(p.promotionId)},
        {QStringLiteral("as_of"), p.asOf.toIso()},
    };
}

} // namespace ct::systemapi
