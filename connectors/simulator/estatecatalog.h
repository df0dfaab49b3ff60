#pragma once

#include "nodekind.h"
#include "prng.h"

#include <QList>
#include <QString>

namespace ct {

struct SimulationConfig;

// A distribution centre or a store.
struct EstateNode {
    QString code;      // DC-EAST, ST-014
    QString lowerCode; // dc-east, st-014
    NodeKind kind = NodeKind::None;
    QString authority;       // the system whose stock count is authoritative here: wms or pos
    QString authoritySource; // wms.dc-east, pos.st-014
};

// A customer, with the personal data that payload masking has to find.
struct Customer {
    QString id; // CUST-0001234
    QString name;
    QString email;
    QString phone;
    QString street;
    QString postalCode;
    QString city;
    QString country; // ISO 3166-1 alpha-2
    QString loyaltyTier;
    int homeStore = 0; // index into EstateCatalog::stores()
};

// The fixed part of the estate: nodes, SKUs and their prices, what each store stocks and how much
// every node held when the window opened, and the customers. A pure function of the configuration.
class EstateCatalog {
public:
    explicit EstateCatalog(const SimulationConfig& config);

    static constexpr int kDistributionCentres = 3;

    const QList<EstateNode>& nodes() const { return m_nodes; }
    const EstateNode& node(int index) const { return m_nodes[index]; }
    int storeCount() const { return int(m_nodes.size()) - kDistributionCentres; }
    // Node index of the i-th store.
    static int storeNode(int store) { return kDistributionCentres + store; }
    static QString authoritativeSystem(QStringView nodeCode);

    int skuCount() const { return int(m_skus.size()); }
    const QString& sku(int index) const { return m_skus[index]; }
    qint64 basePriceMinor(int sku) const { return m_basePrices[sku]; }
    // The ERP's standard cost of one unit: 45-70 % of the base price, fixed per SKU.
    qint64 unitCostMinor(int sku) const;
    // The currency of every price and cost in the estate (ISO 4217).
    static QString currency() { return QStringLiteral("EUR"); }
    // The SKUs a node stocks, ascending: every SKU at a distribution centre.
    const QList<int>& assortment(int node) const;
    qint64 initialStock(int node, int sku) const;
    // A SKU of the node's assortment; best sellers come up more often.
    int pickSku(int node, Prng& prng) const;

    Customer customer(quint64 number) const;
    // A postal code of the wrong shape for the country: what a semantic fault writes.
    QString mismatchedPostalCode(const QString& country, Prng& prng) const;
    QString unknownSku(Prng& prng) const;
    QString unknownStore(Prng& prng) const;

private:
    quint64 m_seed;
    QList<EstateNode> m_nodes;
    QList<QString> m_skus;
    QList<qint64> m_basePrices;
    QList<int> m_allSkus;
    QList<QList<int>> m_storeAssortments;
};

} // namespace ct
