#pragma once

#include "estatecatalog.h"
#include "nodekind.h"
#include "timestamp.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class FlowTemplate;

struct CampaignPrice {
    int sku = 0;
    qint64 priceMinor = 0;
};

// The business facts of one transaction, fixed when it starts; every stage's event is written from them.
struct Transaction {
    const FlowTemplate* flow = nullptr;
    QString correlationId;
    Timestamp start;
    int node = -1; // index into EstateCatalog::nodes(); -1: none
    NodeKind nodeKind = NodeKind::None;
    int sku = -1;          // the one line's SKU; -1: no line
    qint64 quantity = 0;   // items on the line; the signed delta of a stock adjustment
    qint64 stockDelta = 0; // what the transaction does to the stock at its node
    qint64 unitPriceMinor = 0;
    qint64 amountMinor = 0;
    qint64 taxMinor = 0;
    std::optional<Customer> customer;
    QString channel;             // web, bopis, store
    QString originalId;          // a return: the order or receipt it returns
    QString reason;              // a return's or a stock adjustment's reason
    QString registerId;          // a store sale's till
    quint64 token = 0;           // the source of the transaction's document numbers
    QList<CampaignPrice> prices; // a campaign's promotion prices, by ascending SKU
};

} // namespace ct
