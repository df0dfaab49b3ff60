#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ct {

// Which system's count is the truth at a kind of node, recognised by the node code's prefix
// (WMS at a distribution centre, POS in a store).
struct NodeAuthority {
    QString nodePrefix; // e.g. "DC-"; empty matches every node
    QString name;       // for people, e.g. "distribution centre"
    QString system;     // e.g. "wms"
};

// How far a class of SKUs may drift before a difference counts, e.g. loose items counted by weight.
struct SkuTolerance {
    QString skuPrefix; // empty matches every SKU
    qint64 units = 0;
};

// How inventory differences are judged, from configuration (resources/inventory.json, or the user's
// controltower/inventory.json): the authority per node kind, when a figure is stale, and the tolerance
// per SKU class (the longest matching prefix wins), and the price authority.
class DeltaRules {
public:
    DeltaRules(); // the built-in defaults: WMS at "DC-" nodes, POS elsewhere; stale after a day; no tolerance

    // Rules from a document in the form of resources/inventory.json; the defaults with *error set (a
    // sentence naming the entry) when it is malformed.
    static DeltaRules fromJson(const QByteArray& json, QString* error);
    // The user's file when there is one, else the rules compiled in; *error says why a file was refused.
    static DeltaRules load(QString* error);

    QString authorityAt(const QString& node) const;
    // The system whose price is the reference for every store and channel (the ERP).
    const QString& priceAuthority() const { return m_priceAuthority; }
    void setPriceAuthority(const QString& system) { m_priceAuthority = system; }
    qint64 toleranceFor(const QString& sku) const;
    qint64 staleAfterMicros() const { return m_staleAfterUs; }
    bool isStale(Timestamp asOf, Timestamp now) const { return asOf.micros() + m_staleAfterUs < now.micros(); }

    const QList<NodeAuthority>& authorities() const { return m_authorities; }
    void setAuthorities(QList<NodeAuthority> authorities) { m_authorities = std::move(authorities); }
    void setTolerances(QList<SkuTolerance> tolerances) { m_tolerances = std::move(tolerances); }
    void setStaleAfterMicros(qint64 us) { m_staleAfterUs = us; }

private:
    QList<NodeAuthority> m_authorities;
    QList<SkuTolerance> m_tolerances;
    qint64 m_staleAfterUs;
    QString m_priceAuthority;
};

} // namespace ct
