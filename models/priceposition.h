#pragma once

#include "timestamp.h"

#include <QString>

namespace ct {

// The price one system shows for one SKU at one store or channel.
struct PricePosition {
    QString sku;
    QString node;          // a store code or a channel such as "WEB"
    QString system;        // e.g. "pos", "webshop", "erp"
    qint64 priceMinor = 0;
    QString currency;
    QString promotionId;   // empty when no promotion applies
    Timestamp asOf;
};

} // namespace ct
