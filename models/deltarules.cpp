#include "deltarules.h"

#include "configfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace ct {
namespace {

constexpr qint64 kDay = 86'400'000'000;

template <typename T, typename Prefix>
const T* longestPrefix(const QList<T>& list, const QString& code, Prefix prefixOf)
{
    const T* best = nullptr;
    for (const T& item : list) {
        const QString& prefix = prefixOf(item);
        if (code.startsWith(prefix) && (!best || prefix.size() > prefixOf(*best).size()))
            best = &item;
    }
    return best;
}

} // namespace

DeltaRules::DeltaRules()
    : m_authorities{{QStringLiteral("DC-"), QStringLiteral("distribution centre"), QStringLiteral("wms")},
                    {QString(), QStringLiteral("store"), QStringLiteral("pos")}},
      m_staleAfterUs(kDay),
      m_priceAuthority(QStringLiteral("erp"))
{
}

DeltaRules DeltaRules::fromJson(const QByteArray& json, QString* error)
{
    const auto object = configObject(json, QStringLiteral("the inventory rules are not a JSON object"), error);
    if (!object)
        return {};
    const QJsonObject& o = *object;
    DeltaRules rules;
    QList<NodeAuthority> authorities;
    int index = 0;
    for (const QJsonValue& v : o.value(QLatin1String("authorities")).toArray()) {
        ++index;
        const QJsonObject a = v.toObject();
        NodeAuthority authority{a.value(QLatin1String("node_prefix")).toString(), a.value(QLatin1String("name")).toString(),
                                a.value(QLatin1String("system")).toString()};
        if (authority.system.isEmpty()) {
            *error = QStringLiteral("authority %1 names no system").arg(index);
            return {};
        }
        authorities.append(authority);
    }
    if (authorities.isEmpty()) {
        *error = QStringLiteral("the inventory rules name no authority (\"authorities\": [{\"node_prefix\", \"system\"}])");
        return {};
    }
    rules.m_authorities = authorities;
    const QJsonValue stale = o.value(QLatin1String("stale_after_s"));
    if (!stale.isUndefined()) {
        if (!stale.isDouble() || stale.toDouble() <= 0) {
            *error = QStringLiteral("stale_after_s must be a positive number of seconds");
            return {};
        }
        rules.m_staleAfterUs = qint64(stale.toDouble() * 1e6);
    }
    const QJsonValue prices = o.value(QLatin1String("price_authority"));
    if (!prices.isUndefined()) {
        if (prices.toString().isEmpty()) {
            *error = QStringLiteral("price_authority must name a system, e.g. \"erp\"");
            return {};
        }
        rules.m_priceAuthority = prices.toString();
    }
    index = 0;
    for (const QJsonValue& v : o.value(QLatin1String("tolerances")).toArray()) {
        ++index;
        const QJsonObject t = v.toObject();
        const QJsonValue units = t.value(QLatin1String("units"));
        if (!units.isDouble() || units.toDouble() < 0) {
            *error = QStringLiteral("tolerance %1 needs \"units\", a number of at least 0").arg(index);
            return {};
        }
        rules.m_tolerances.append({t.value(QLatin1String("sku_prefix")).toString(), qint64(units.toDouble())});
    }
    return rules;
}

DeltaRules DeltaRules::load(QString* error)
{
    QString path = QStandardPaths::locate(QStandardPaths::GenericConfigLocation, QStringLiteral("controltower/inventory.json"));
    if (path.isEmpty())
        path = QStringLiteral(":/controltower/inventory.json");
    return readConfigFile<DeltaRules>(path, &DeltaRules::fromJson, error);
}

QString DeltaRules::authorityAt(const QString& node) const
{
    const NodeAuthority* a = longestPrefix(m_authorities, node, [](const NodeAuthority& x) -> const QString& { return x.nodePrefix; });
    return a ? a->system : QString();
}

qint64 DeltaRules::toleranceFor(const QString& sku) const
{
    const SkuTolerance* t = longestPrefix(m_tolerances, sku, [](const SkuTolerance& x) -> const QString& { return x.skuPrefix; });
    return t ? t->units : 0;
}

} // namespace ct
