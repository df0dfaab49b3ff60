#pragma once

#include "jsonpointerscan.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

struct Event;

// A business key one event carries: an order number, a SKU, a store, a customer id…
struct BusinessKey {
    QString key;
    QString kind;  // one of BusinessKeyRules::kinds()

    friend bool operator==(const BusinessKey&, const BusinessKey&) = default;
};

// Where a rule finds a key in a JSON payload: an RFC 6901 pointer whose token "*" stands for every
// element of an array ("/lines/*/sku").
struct KeyPointer {
    QString kind;
    QString text;        // as written, for messages
    QStringList tokens;  // unescaped (~1 is '/', ~0 is '~')
};

// Which keys each event type carries (resources/keys/businesskeys.json, described next to it): every
// rule whose type pattern (exact, or with '*' for any run of characters) matches an event's type
// applies. A rule may not point at a PII field (resources/pii.json) anywhere along its path: what is
// indexed is searchable, and PII never is.
class BusinessKeyRules {
public:
    BusinessKeyRules() = default;

    // The rules compiled into the binary, read once; empty with *error set when malformed.
    static const BusinessKeyRules& builtIn(QString* error = nullptr);
    // Rules in the form of businesskeys.json, checked against the given PII field names;
    // nothing with *error set (one sentence naming the rule and the problem) when malformed.
    static std::optional<BusinessKeyRules> fromJson(const QByteArray& json, const QSet<QString>& piiFields,
                                                    QString* error);
    // The kinds of key there are: order, sku, store, node, customer, receipt, payment, shipment, …
    static const QStringList& kinds();
    // Whether a type pattern ("erp.*", "*", "pos.sale.completed") matches a type.
    static bool typeMatches(QStringView pattern, QStringView type);

    // The pointers of every rule that applies to the type, in the order of the rules.
    QList<KeyPointer> pointersFor(QStringView type) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    struct Rule {
        QStringList types;
        QList<KeyPointer> keys;
    };
    QList<Rule> m_rules;
};

// The keys of events as they are ingested: an event's own SKU and node, and what its type's pointers
// find in its payload when that is JSON (read once, in one pass, without building a document; protobuf
// and other payloads add nothing beyond the event's own fields). Remembers the pointers per type, so it belongs to one writer: never share
// one between threads.
class BusinessKeyExtractor {
public:
    explicit BusinessKeyExtractor(const BusinessKeyRules& rules = BusinessKeyRules::builtIn());

    // Each key once, in the order found.
    QList<BusinessKey> extract(const Event& e);

    // Keys longer than this are not keys (a free text that a pointer happened to reach).
    static constexpr qsizetype kMaxKeyLength = 128;
    // At most this many keys per event, however long its arrays.
    static constexpr qsizetype kMaxKeysPerEvent = 64;

private:
    struct TypeKeys {
        QStringList kinds; // per pointer
        JsonPointerScan scan;
    };
    const TypeKeys& keysFor(const QString& type);

    const BusinessKeyRules& m_rules;
    QHash<QString, TypeKeys> m_byType;
};

// Whether a payload of this content type is JSON ("application/json", "…+json", parameters aside);
// an empty content type counts when the payload starts like a JSON object.
bool isJsonPayload(QStringView contentType, const QByteArray& payload);

} // namespace ct
