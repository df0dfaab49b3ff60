#pragma once

#include "inventoryposition.h"
#include "priceposition.h"

#include <QJsonObject>

namespace ct::systemapi {

// ERP, WMS and the web shop share one field layout; the POS vendor has its own (README.md).
enum class Layout { Standard, Pos };
Layout layoutOf(const QString& system);

QJsonObject toJson(const InventoryPosition& position, Layout layout);
QJsonObject toJson(const PricePosition& position, Layout layout);

} // namespace ct::systemapi
