#pragma once

#include "event.h"
#include "inventoryposition.h"
#include "jsonpointer.h"
#include "priceposition.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace ct {

// What the store knows of the estate, against which SKUs, stores and prices are checked: the SKUs and
// nodes its inventory and price positions name (channels such as WEB among the nodes), and the standard
// cost of the SKUs whose cost the item master gave.
struct EstateReference {
    QSet<QString> skus;
    QSet<QString> nodes;
    QHash<QString, qint64> unitCostMinor;
    bool operator==(const EstateReference&) const = default;
};
EstateReference estateReference(const QList<InventoryPosition>& stock, const QList<PricePosition>& prices);

// A value a rule reads from a payload: one JSON pointer, or a pointer into each item of an array
// ("/lines/*/sku": the sku of every line).
class PayloadField {
public:
    static std::optional<PayloadField> parse(const QString& text, QString* error);
    // Every value the field reaches in the document (none when it is missing).
    QList<QJsonValue> values(const QJsonValue& document) const;
    const QString& text() const { return m_text; }

private:
    QString m_text;
    JsonPointer m_pointer;           // the value, or the array
    std::optional<JsonPointer> m_item; // inside each item of the array
};

enum class QualityCheck {
    DateOrder,        // `earlier` must not come after `later` (ISO 8601 times)
    PostalCode,       // each address's postal_code fits the pattern of its country
    NotNegative,      // numbers at least zero
    KnownSku,         // the SKUs are ones the estate knows
    KnownNode,        // the stores and nodes are ones the estate knows
    PriceAtLeastCost, // each item's price is at least its SKU's cost
};

struct DataQualityRule {
    QString id;   // e.g. ship_date_before_order_date
    QString name; // for people
    QualityCheck check = QualityCheck::NotNegative;
    QList<PayloadField> fields;  // NotNegative, KnownSku, KnownNode: the values; PostalCode: the addresses;
                                 // DateOrder: earlier, later; PriceAtLeastCost: the items, price, sku
    bool eventColumn = false;    // KnownSku, KnownNode: the event's own sku or node too
    QHash<QString, QRegularExpression> postalPatterns; // by ISO 3166-1 country
};

// One rule one event breaks.
struct DataQualityFinding {
    QString rule;
    QString detail; // a sentence about the value, for people (plain text from the event)
};

// The rules of resources/dataquality.json (or the user's controltower/dataquality.json).
class DataQualityRules {
public:
    // Rules from a document in the form of resources/dataquality.json; none with *error set (a
    // sentence naming the rule) when it is malformed.
    static DataQualityRules fromJson(const QByteArray& json, QString* error);
    // The user's file when there is one, else the rules compiled in.
    static DataQualityRules load(QString* error);

    const QList<DataQualityRule>& rules() const { return m_rules; }
    // A digest of the document the rules were read from: equal digests, equal rules.
    const QByteArray& fingerprint() const { return m_fingerprint; }
    const DataQualityRule* find(const QString& id) const;

    // The rules the event breaks, in rule order. The rules about SKUs, nodes and costs judge only what
    // `reference` knows: with no positions in the store, nothing is unknown.
    QList<DataQualityFinding> evaluate(const Event& event, const EstateReference& reference) const;

private:
    QList<DataQualityRule> m_rules;
    QByteArray m_fingerprint;
};

} // namespace ct
