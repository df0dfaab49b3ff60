#include "transactionfactory.h"

#include "civiltime.h"
#include "estatecatalog.h"
#include "flowlibrary.h"
#include "prng.h"

#include <QStringList>

#include <algorithm>

namespace ct {
namespace {

constexpr double kBopisShare = 0.15;
constexpr double kDistributionCentreShares[] = {0.40, 0.35, 0.25};
constexpr qsizetype kRecentSales = 4096;
// Customer numbers live in [0, kCustomerSpace); a sync walks them in a fixed permutation, so that no
// two syncs of a run share a customer id (their correlation id).
constexpr quint64 kCustomerSpace = 10'000'000;
constexpr quint64 kPermutationStep = 7'919'993; // coprime with kCustomerSpace
constexpr quint64 kOrderingCustomers = 2'000'000;

constexpr const char* kReturnReasons[] = {"wrong_size", "damaged", "not_as_described", "changed_mind",
                                          "late_delivery"};

QString padded(qint64 number, int width)
{
    return QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}

qint64 lineQuantity(Prng& prng)
{
    const double u = prng.uniform();
    return u < 0.70 ? 1 : u < 0.90 ? 2 : prng.between(3, 5);
}

qint64 nonZero(Prng& prng, qint64 magnitude)
{
    return prng.chance(0.5) ? magnitude : -magnitude;
}

} // namespace

TransactionFactory::TransactionFactory(const EstateCatalog& catalog, const FlowLibrary& flows, quint64 seed)
    : m_catalog(catalog)
    , m_flows(flows)
    , m_seed(seed)
    , m_receipts(catalog.storeCount(), 0)
{
    for (int store = 0; store < catalog.storeCount(); ++store) {
        QString code = catalog.node(EstateCatalog::storeNode(store)).code;
        m_receiptPrefixes.append(QStringLiteral("RCPT-") + code.remove(QLatin1Char('-')) + QLatin1Char('-'));
    }
}

QString DemoCounters::toText() const
{
    QStringList parts;
    parts << QStringLiteral("orders:%1").arg(orders) << QStringLiteral("returns:%1").arg(returns)
          << QStringLiteral("syncs:%1").arg(syncs) << QStringLiteral("campaigns:%1").arg(campaigns)
          << QStringLiteral("customer-syncs:%1").arg(customerSyncs) << QStringLiteral("receipts:%1").arg(receipts);
    return parts.join(QLatin1Char(','));
}

std::optional<DemoCounters> DemoCounters::fromText(QStringView text)
{
    DemoCounters c;
    const std::pair<QLatin1String, qint64*> fields[] = {
        {QLatin1String("orders"), &c.orders},       {QLatin1String("returns"), &c.returns},
        {QLatin1String("syncs"), &c.syncs},         {QLatin1String("campaigns"), &c.campaigns},
        {QLatin1String("customer-syncs"), &c.customerSyncs}, {QLatin1String("receipts"), &c.receipts}};
    int seen = 0;
    for (QStringView part : text.split(QLatin1Char(','))) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return std::nullopt;
        bool ok = false;
        const qint64 value = part.mid(colon + 1).toLongLong(&ok);
        if (!ok || value < 0)
            return std::nullopt;
        bool known = false;
        for (const auto& [name, field] : fields) {
            if (part.left(colon) == name) {
                *field = value;
                known = true;
                ++seen;
            }
        }
        if (!known)
            return std::nullopt;
    }
    if (seen != int(std::size(fields)))
        return std::nullopt;
    return c;
}

DemoCounters TransactionFactory::counters() const
{
    DemoCounters c{m_orders, m_returns, m_syncs, m_campaigns, m_customerSyncs, 0};
    for (qint64 r : m_receipts)
        c.receipts = std::max(c.receipts, r);
    return c;
}

void TransactionFactory::setCounters(const DemoCounters& c)
{
    m_orders = c.orders;
    m_returns = c.returns;
    m_syncs = c.syncs;
    m_campaigns = c.campaigns;
    m_customerSyncs = c.customerSyncs;
    m_receipts.fill(c.receipts);
}

std::optional<Transaction> TransactionFactory::make(const Arrival& arrival, Prng& prng)
{
    switch (arrival.kind) {
    case ArrivalKind::WebOrder:
        return webOrder(arrival, prng);
    case ArrivalKind::StoreSale:
        return storeSale(arrival, prng);
    case ArrivalKind::Return:
        return customerReturn(arrival, prng);
    case ArrivalKind::InventorySync:
        return stockAdjustment(arrival, prng);
    case ArrivalKind::Campaign:
        return campaign(arrival, prng);
    case ArrivalKind::CustomerSync:
        return customerSync(arrival, prng);
    }
    return std::nullopt;
}

Transaction TransactionFactory::start(const QString& flowId, const Arrival& arrival, Prng& prng) const
{
    Transaction tx;
    tx.flow = m_flows.find(flowId);
    tx.start = arrival.at;
    tx.token = prng.next();
    tx.node = arrival.node;
    if (tx.node >= 0)
        tx.nodeKind = m_catalog.node(tx.node).kind;
    return tx;
}

void TransactionFactory::setLine(Transaction& tx, int sku, qint64 quantity) const
{
    tx.sku = sku;
    tx.quantity = quantity;
    tx.unitPriceMinor = m_catalog.basePriceMinor(sku);
    tx.amountMinor = tx.unitPriceMinor * quantity;
    // Shelf prices include 19 % VAT.
    tx.taxMinor = (tx.amountMinor * 19 + 59) / 119;
}

Transaction TransactionFactory::webOrder(const Arrival& arrival, Prng& prng)
{
    const bool bopis = prng.chance(kBopisShare);
    Customer customer = m_catalog.customer(prng.below(kOrderingCustomers));
    Arrival at = arrival;
    if (bopis) {
        at.node = EstateCatalog::storeNode(customer.homeStore);
    } else {
        double u = prng.uniform();
        at.node = 0;
        while (at.node + 1 < EstateCatalog::kDistributionCentres && u >= kDistributionCentreShares[at.node])
            u -= kDistributionCentreShares[at.node++];
    }
    Transaction tx = start(bopis ? QStringLiteral("bopis") : QStringLiteral("order-to-cash"), at, prng);
    tx.channel = bopis ? QStringLiteral("bopis") : QStringLiteral("web");
    tx.customer = std::move(customer);
    setLine(tx, m_catalog.pickSku(tx.node, prng), lineQuantity(prng));
    tx.stockDelta = -tx.quantity;
    const int year = CivilTime::fromMicros(tx.start.micros()).year;
    tx.correlationId = QStringLiteral("ORD-%1-").arg(year) + padded(++m_orders, 6);
    remember(tx);
    return tx;
}

Transaction TransactionFactory::storeSale(const Arrival& arrival, Prng& prng)
{
    Transaction tx = start(QStringLiteral("store-sale"), arrival, prng);
    tx.channel = QStringLiteral("store");
    setLine(tx, m_catalog.pickSku(tx.node, prng), lineQuantity(prng));
    tx.stockDelta = -tx.quantity;
    tx.reason = QStringLiteral("sale");
    const int store = tx.node - EstateCatalog::kDistributionCentres;
    tx.correlationId = m_receiptPrefixes[store] + padded(++m_receipts[store], 6);
    tx.registerId = QLatin1Char('R') + padded(prng.between(1, 8), 2);
    remember(tx);
    return tx;
}

std::optional<Transaction> TransactionFactory::customerReturn(const Arrival& arrival, Prng& prng)
{
    if (m_recentSales.isEmpty())
        return std::nullopt;
    const Sale& sale = m_recentSales[qsizetype(prng.below(quint64(m_recentSales.size())))];
    Arrival at = arrival;
    at.node = sale.node;
    Transaction tx = start(QStringLiteral("return-refund"), at, prng);
    tx.channel =
        m_catalog.node(sale.node).kind == NodeKind::Store ? QStringLiteral("store") : QStringLiteral("web");
    setLine(tx, sale.sku, sale.quantity);
    tx.stockDelta = tx.quantity;
    tx.originalId = sale.id;
    tx.reason = QLatin1String(kReturnReasons[prng.below(std::size(kReturnReasons))]);
    tx.correlationId = QStringLiteral("RET-") + padded(++m_returns, 6);
    return tx;
}

Transaction TransactionFactory::stockAdjustment(const Arrival& arrival, Prng& prng)
{
    Transaction tx = start(QStringLiteral("inventory-sync"), arrival, prng);
    tx.sku = m_catalog.pickSku(tx.node, prng);
    const double u = prng.uniform();
    if (tx.nodeKind == NodeKind::DistributionCentre) {
        if (u < 0.7) {
            tx.quantity = prng.between(12, 240);
            tx.reason = QStringLiteral("receipt");
        } else {
            tx.quantity = nonZero(prng, prng.between(1, 5));
            tx.reason = QStringLiteral("cycle_count");
        }
    } else if (u < 0.6) {
        tx.quantity = prng.between(6, 48);
        tx.reason = QStringLiteral("replenishment");
    } else if (u < 0.9) {
        tx.quantity = -prng.between(1, 3);
        tx.reason = QStringLiteral("shrink");
    } else {
        tx.quantity = nonZero(prng, prng.between(1, 3));
        tx.reason = QStringLiteral("cycle_count");
    }
    tx.stockDelta = tx.quantity;
    tx.correlationId = QStringLiteral("SYNC-") + padded(++m_syncs, 6);
    return tx;
}

Transaction TransactionFactory::campaign(const Arrival& arrival, Prng& prng)
{
    Transaction tx = start(QStringLiteral("price-promotion"), arrival, prng);
    const qint64 wanted = std::min<qint64>(prng.between(20, 60), m_catalog.skuCount());
    QList<int> skus;
    while (skus.size() < wanted) {
        // Campaigns run chain-wide, so they pick from a distribution centre's assortment: every SKU.
        const int sku = m_catalog.pickSku(0, prng);
        if (!skus.contains(sku))
            skus.append(sku);
    }
    std::sort(skus.begin(), skus.end());
    const qint64 discountPercent = prng.between(10, 40);
    for (int sku : skus) {
        const qint64 base = m_catalog.basePriceMinor(sku);
        const qint64 promo = (base * (100 - discountPercent) / 100) / 100 * 100 - 1;
        tx.prices.append({sku, std::max<qint64>(99, promo)});
    }
    tx.correlationId = QStringLiteral("CAMP-") + padded(++m_campaigns, 4);
    return tx;
}

Transaction TransactionFactory::customerSync(const Arrival& arrival, Prng& prng)
{
    const quint64 offset = (m_seed * 2'654'435'761ULL) % kCustomerSpace;
    const quint64 number = (quint64(m_customerSyncs++) * kPermutationStep + offset) % kCustomerSpace;
    Customer customer = m_catalog.customer(number);
    Arrival at = arrival;
    at.node = EstateCatalog::storeNode(customer.homeStore);
    Transaction tx = start(QStringLiteral("customer-sync"), at, prng);
    tx.correlationId = customer.id;
    tx.customer = std::move(customer);
    return tx;
}

void TransactionFactory::remember(const Transaction& tx)
{
    Sale sale{tx.correlationId, tx.node, tx.sku, tx.quantity, tx.unitPriceMinor};
    if (m_recentSales.size() < kRecentSales) {
        m_recentSales.append(std::move(sale));
    } else {
        m_recentSales[m_nextSale] = std::move(sale);
        m_nextSale = (m_nextSale + 1) % kRecentSales;
    }
}

} // namespace ct
