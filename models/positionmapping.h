#pragma once

#include "inventoryposition.h"
#include "priceposition.h"
#include "systemsconfig.h"

#include <QJsonValue>

#include <optional>

namespace ct {

// One value of an API's JSON read as its kind says; nothing with *error set (naming what was found).
std::optional<QString> readText(const QJsonValue& v, QString* error);
std::optional<qint64> readInteger(const QJsonValue& v, QString* error);
std::optional<qint64> readDecimalMinor(const QJsonValue& v, int decimals, QString* error);
std::optional<Timestamp> readTime(const QJsonValue& v, ValueKind kind, QString* error);

// A position from one item of a system's API, mapped by the section's field pointers; nothing with
// *error set naming the field and its pointer ("on_hand (/stock/available) is missing").
std::optional<InventoryPosition> mapInventoryItem(const QJsonValue& item, const PositionEndpoints& map,
                                                  const QString& system, QString* error);
std::optional<PricePosition> mapPriceItem(const QJsonValue& item, const PositionEndpoints& map, const QString& system,
                                          QString* error);

} // namespace ct
