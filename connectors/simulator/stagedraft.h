#pragma once

#include "event.h"
#include "timestamp.h"

#include <QString>

#include <optional>

namespace ct {

struct FlowStage;

// The data-quality rule a semantic fault breaks.
enum class SemanticKind { None, ShipBeforeOrder, PostalMismatch, NegativeQuantity, UnknownSku, UnknownStore, PriceBelowCost };

// One stage event of one transaction before it is written: its envelope values, and the distortions a
// fault asks for. The payload and the event are both written from it, so they always agree.
struct StageDraft {
    const FlowStage* stage = nullptr;
    int stageIndex = -1;
    QString id;
    QString causationId;
    QString source;
    QString system; // without its node: wms, pos, erp
    QString type;
    QString nodeCode;
    QString sku;
    std::optional<qint64> quantity;
    std::optional<qint64> unitPriceMinor; // a semantic fault's unit price below cost, for order lines
    Timestamp occurredAt;
    Timestamp recordedAt;
    EventStatus status = EventStatus::Ok;
    qint64 shippedAtUs = 0; // when the shipment left, for shipment payloads
    SemanticKind semantic = SemanticKind::None;
    QString postalCode;                 // a semantic fault's replacement postal code
    QString unknownCode;                // a semantic fault's unknown SKU or store
    bool schemaDefect = false;          // a schema fault: the payload misses a required field
    const char* omittedField = nullptr; // which one, once the payload is written
};

} // namespace ct
