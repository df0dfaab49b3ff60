#pragma once

#include "arrival.h"
#include "transaction.h"

#include <QList>

#include <optional>

namespace ct {

class EstateCatalog;
class FlowLibrary;
class Prng;

// Turns arrivals into transactions with their business facts: numbers, customers, lines, prices.
// Keeps the counters behind the business ids and the recent sales that returns refer to.
// Where the counters behind the business ids stand, so that a continuation of the estate numbers on
// from there and never reuses an id. A store's receipts count on from `receipts`.
struct DemoCounters {
    qint64 orders = 0;
    qint64 returns = 0;
    qint64 syncs = 0;
    qint64 campaigns = 0;
    qint64 customerSyncs = 0;
    qint64 receipts = 0;

    // "orders:12,returns:3,…", for the audit trail; fromText() reads it back.
    QString toText() const;
    static std::optional<DemoCounters> fromText(QStringView text);
    friend bool operator==(const DemoCounters&, const DemoCounters&) = default;
};

class TransactionFactory {
public:
    TransactionFactory(const EstateCatalog& catalog, const FlowLibrary& flows, quint64 seed);

    // nullopt when the arrival has nothing to act on (a return before anything was sold).
    std::optional<Transaction> make(const Arrival& arrival, Prng& prng);

    // The counters so far (receipts: the highest of any store), and numbering on from given ones.
    DemoCounters counters() const;
    void setCounters(const DemoCounters& counters);

private:
    struct Sale {
        QString id;
        int node = -1;
        int sku = -1;
        qint64 quantity = 0;
        qint64 unitPriceMinor = 0;
    };

    Transaction start(const QString& flowId, const Arrival& arrival, Prng& prng) const;
    void setLine(Transaction& tx, int sku, qint64 quantity) const;
    Transaction webOrder(const Arrival& arrival, Prng& prng);
    Transaction storeSale(const Arrival& arrival, Prng& prng);
    std::optional<Transaction> customerReturn(const Arrival& arrival, Prng& prng);
    Transaction stockAdjustment(const Arrival& arrival, Prng& prng);
    Transaction campaign(const Arrival& arrival, Prng& prng);
    Transaction customerSync(const Arrival& arrival, Prng& prng);
    void remember(const Transaction& tx);

    const EstateCatalog& m_catalog;
    const FlowLibrary& m_flows;
    quint64 m_seed;
    qint64 m_orders = 0;
    qint64 m_returns = 0;
    qint64 m_syncs = 0;
    qint64 m_campaigns = 0;
    qint64 m_customerSyncs = 0;
    QList<qint64> m_receipts; // per store
    QList<QString> m_receiptPrefixes;
    QList<Sale> m_recentSales; // a ring
    qsizetype m_nextSale = 0;
};

} // namespace ct
