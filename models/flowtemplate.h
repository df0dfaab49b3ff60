#pragma once

#include "nodekind.h"

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// What a stage does to the stock of its system at the transaction's node.
enum class InventoryEffect {
    None,
    Outbound,   // minus the line's quantity (a sale, a pick)
    Inbound,    // plus the line's quantity (a return)
    Adjustment, // the signed quantity of a stock adjustment
};

// Which node an event of a stage is about.
enum class StageNode {
    Transaction, // the transaction's node, if it has one
    None,        // no node
    AllStores,   // one event per store (a fan-out, e.g. every POS acknowledging a price)
    Fixed,       // a fixed code such as CHAIN or WEB
};

// The groups of business fields a stage's payload carries; see resources/flows/README.md.
enum class PayloadFacet : quint32 {
    Order = 1 << 0,
    Customer = 1 << 1,
    Line = 1 << 2,
    Money = 1 << 3,
    Payment = 1 << 4,
    Posting = 1 << 5,
    Shipment = 1 << 6,
    Stock = 1 << 7,
    Node = 1 << 8,
    Receipt = 1 << 9,
    Return = 1 << 10,
    Campaign = 1 << 11,
    Profile = 1 << 12,
};
Q_DECLARE_FLAGS(PayloadFacets, PayloadFacet)

// One expected stage of a flow, as its template describes it.
struct FlowStage {
    QString id;
    QString name;   // for people, e.g. "ERP posting"; empty: the id stands for it (see displayName())
    QString system; // as written; "{authority}" is the node's stock authority (wms or pos)
    QString type;   // as written, e.g. "erp.sales_order.posted" or "{authority}.stock.adjusted"
    // The type of the event that reports the stage failed, e.g. "erp.sales_order.rejected": a failure
    // says so in its type. Required where the stage allows a failure fault; empty otherwise.
    QString failedType;
    QString queue;  // the broker queue its input is consumed from; "{node}" is the node, lower case
    int cause = -1; // index of the stage whose event causes this one; -1 for the first stage
    double latencyMedianS = 0.0; // from the cause's event, lognormal
    double latencyP95S = 0.0;
    double slaS = 0.0;  // 0 for the first stage
    bool optional = false; // a transaction may complete without it: never missing, never overdue
    QStringList faults; // the fault classes that may strike here
    InventoryEffect inventory = InventoryEffect::None;
    QString posting;            // order | refund | settlement, or empty
    bool appliesPrices = false; // the system takes over a campaign's prices when this stage succeeds
    PayloadFacets payload;
    QString protobufMessage; // the payload's protobuf message type; empty for JSON
    QString contentType;     // application/json, or application/x-protobuf; messageType=…
    StageNode node = StageNode::Transaction;
    QString fixedNode;     // for StageNode::Fixed
    QByteArray attributes; // the events' attributes (compact JSON), or empty
    QString resolvedSystem[kNodeKinds];
    QString resolvedType[kNodeKinds];
    QString resolvedFailedType[kNodeKinds];

    const QString& displayName() const { return name.isEmpty() ? id : name; }
    bool isPerNode() const; // its source names the node (pos.st-014, wms.dc-east)
    bool allowsFault(const QString& faultClass) const { return faults.contains(faultClass); }
    const QString& systemAt(NodeKind kind) const { return resolvedSystem[int(kind)]; }
    const QString& typeAt(NodeKind kind) const { return resolvedType[int(kind)]; }
    const QString& failedTypeAt(NodeKind kind) const { return resolvedFailedType[int(kind)]; }
    QString queueAt(const QString& nodeCode) const;
};

// A flow: its stages in an order where every stage comes after its cause.
class FlowTemplate {
public:
    // Parses a template; nullopt with *error naming `origin` (a file name) and the problem.
    static std::optional<FlowTemplate> fromJson(const QByteArray& json, const QString& origin,
                                                QString* error);

    const QString& id() const { return m_id; }
    const QString& description() const { return m_description; }
    const QList<FlowStage>& stages() const { return m_stages; }
    const FlowStage& stage(int index) const { return m_stages[index]; }
    int stageIndex(QStringView stageId) const;
    // True when `stage` is `ancestor` or is caused by it, directly or through other stages.
    bool dependsOn(int stage, int ancestor) const;

private:
    friend class FlowTemplateParser;
    QString m_id;
    QString m_description;
    QList<FlowStage> m_stages;
};

// The names of the payload facets and fault classes a template may use.
QStringList payloadFacetNames();

} // namespace ct

Q_DECLARE_OPERATORS_FOR_FLAGS(ct::PayloadFacets)
