#pragma once

#include "apireply.h"
#include "inventoryposition.h"
#include "positionindex.h"
#include "priceposition.h"

namespace ct::systemapi {

// The request target split into what the routes need: the decoded path segments and the raw query.
struct Target {
    QByteArray path;            // still percent-encoded, without the query
    QList<QString> segments;    // decoded
    QByteArray query;           // after "?", still percent-encoded

    static Target parse(const QByteArray& target);
    // The system the path belongs to (erp, wms, pos, webshop), or an empty string.
    QString system() const;
};

// The four systems' inventory and price routes over the positions they hold: 200, or a JSON error
// with 400, 404 or 405. Knows nothing of authentication or misbehaviour.
class PositionApi {
public:
    PositionApi(const QList<InventoryPosition>& inventory, const QList<PricePosition>& prices);

    ApiReply answer(const QByteArray& method, const Target& target) const;

    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 1000;

private:
    PositionIndex<InventoryPosition> m_inventory;
    PositionIndex<PricePosition> m_prices;
};

} // namespace ct::systemapi
