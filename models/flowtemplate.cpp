#include "flowtemplate.h"

#include "injectedfault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace ct {
namespace {

const QString kAuthority = QStringLiteral("{authority}");
const QString kNodePlaceholder = QStringLiteral("{node}");

struct FacetName {
    const char* name;
    PayloadFacet facet;
};
constexpr FacetName kFacets[] = {
    {"campaign", PayloadFacet::Campaign}, {"customer", PayloadFacet::Customer},
    {"line", PayloadFacet::Line},         {"money", PayloadFacet::Money},
    {"node", PayloadFacet::Node},         {"order", PayloadFacet::Order},
    {"payment", PayloadFacet::Payment},   {"posting", PayloadFacet::Posting},
    {"profile", PayloadFacet::Profile},   {"receipt", PayloadFacet::Receipt},
    {"return", PayloadFacet::Return},     {"shipment", PayloadFacet::Shipment},
    {"stock", PayloadFacet::Stock},
};

// Facets whose fields a semantic fault can break without touching stock or prices.
constexpr PayloadFacets kSemanticFacets = PayloadFacets(PayloadFacet::Shipment) | PayloadFacet::Customer |
                                          PayloadFacet::Profile | PayloadFacet::Line | PayloadFacet::Stock |
                                          PayloadFacet::Receipt | PayloadFacet::Node | PayloadFacet::Campaign;

const QStringList& knownSystems()
{
    static const QStringList systems{
        QStringLiteral("webshop"), QStringLiteral("payments"), QStringLiteral("oms"),
        QStringLiteral("erp"),     QStringLiteral("wms"),      QStringLiteral("pos"),
        QStringLiteral("carrier"), QStringLiteral("crm"),      QStringLiteral("middleware"),
        QStringLiteral("merch"),   QStringLiteral("loyalty"),  kAuthority};
    return systems;
}

const QStringList& stageKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),       QStringLiteral("system"),  QStringLiteral("type"),
        QStringLiteral("queue"),    QStringLiteral("after"),   QStringLiteral("latency_s"),
        QStringLiteral("sla_s"),    QStringLiteral("faults"),  QStringLiteral("inventory"),
        QStringLiteral("posting"),  QStringLiteral("prices"),  QStringLiteral("payload"),
        QStringLiteral("encoding"), QStringLiteral("message"), QStringLiteral("node"),
        QStringLiteral("name"),     QStringLiteral("failed_type"), QStringLiteral("optional")};
    return keys;
}

const QStringList& supportedProtobufMessages()
{
    static const QStringList messages{QStringLiteral("controltower.v1.SaleCompleted")};
    return messages;
}

bool isKebab(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
    return re.match(text).hasMatch();
}

bool isEventType(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\{authority\}|[a-z][a-z0-9]*(_[a-z0-9]+)*)(\.[a-z][a-z0-9]*(_[a-z0-9]+)*){2}$)"));
    return re.match(text).hasMatch();
}

bool isQueueName(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([a-z0-9_-]+|\{node\})(\.([a-z0-9_-]+|\{node\}))*$)"));
    return re.match(text).hasMatch();
}

bool isNodeCode(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$"));
    return re.match(text).hasMatch();
}

QString resolveAuthority(const QString& text, NodeKind kind)
{
    if (!text.contains(kAuthority))
        return text;
    switch (kind) {
    case NodeKind::DistributionCentre:
        return QString(text).replace(kAuthority, QStringLiteral("wms"));
    case NodeKind::Store:
        return QString(text).replace(kAuthority, QStringLiteral("pos"));
    case NodeKind::None:
        break;
    }
    return text;
}

} // namespace

// Reads one template, keeping the context of the first problem for a precise error sentence.
class FlowTemplateParser {
public:
    FlowTemplateParser(const QString& origin, QString* error)
        : m_origin(origin)
        , m_error(error)
    {
    }

    std::optional<FlowTemplate> parse(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (doc.isNull())
            return fail(QStringLiteral("not valid JSON (%1 at offset %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        if (!doc.isObject())
            return fail(QStringLiteral("a flow template is a JSON object"));
        const QJsonObject root = doc.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != QLatin1String("flow") && it.key() != QLatin1String("description") &&
                it.key() != QLatin1String("stages"))
                return fail(
                    QStringLiteral("unknown key \"%1\" (expected flow, description, stages)").arg(it.key()));
        }
        FlowTemplate flow;
        flow.m_id = root.value(QLatin1String("flow")).toString();
        if (!isKebab(flow.m_id))
            return fail(QStringLiteral("\"flow\" must be a kebab-case id such as \"order-to-cash\""));
        flow.m_description = root.value(QLatin1String("description")).toString();
        const QJsonValue stages = root.value(QLatin1String("stages"));
        if (!stages.isArray() || stages.toArray().isEmpty())
            return fail(QStringLiteral("\"stages\" must be a non-empty array"));
        const QJsonArray array = stages.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            m_stageContext = QStringLiteral("stage %1").arg(i + 1);
            if (!array[i].isObject())
                return fail(QStringLiteral("must be an object"));
            auto stage = parseStage(array[i].toObject(), flow);
            if (!stage)
                return std::nullopt;
            flow.m_stages.append(std::move(*stage));
        }
        m_stageContext.clear();
        if (!checkInventoryStages(flow))
            return std::nullopt;
        return flow;
    }

private:
    bool reject(const QString& problem)
    {
        *m_error = m_stageContext.isEmpty()
                       ? QStringLiteral("%1: %2").arg(m_origin, problem)
                       : QStringLiteral("%1: %2: %3").arg(m_origin, m_stageContext, problem);
        return false;
    }
    std::nullopt_t fail(const QString& problem)
    {
        reject(problem);
        return std::nullopt;
    }

    std::optional<FlowStage> parseStage(const QJsonObject& o, const FlowTemplate& flow)
    {
        FlowStage s;
        s.id = o.value(QLatin1String("id")).toString();
        if (!s.id.isEmpty())
            m_stageContext += QStringLiteral(" (\"%1\")").arg(s.id);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!stageKeys().contains(it.key()))
                return fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
        if (!isKebab(s.id))
            return fail(QStringLiteral("\"id\" must be a kebab-case id such as \"erp-post\""));
        if (flow.stageIndex(s.id) >= 0)
            return fail(QStringLiteral("the id is used by an earlier stage"));
        s.system = o.value(QLatin1String("system")).toString();
        if (!knownSystems().contains(s.system))
            return fail(QStringLiteral("unknown system \"%1\" (known: %2)")
                            .arg(s.system, knownSystems().join(QStringLiteral(", "))));
        s.type = o.value(QLatin1String("type")).toString();
        if (!isEventType(s.type) || !s.type.startsWith(s.system + QLatin1Char('.')))
            return fail(
                QStringLiteral(
                    "\"type\" must be system.entity.verb in lower snake case, starting with its system "
                    "(e.g. \"erp.sales_order.posted\"), not \"%1\"")
                    .arg(s.type));
        s.queue = o.value(QLatin1String("queue")).toString();
        if (!isQueueName(s.queue))
            return fail(
                QStringLiteral("\"queue\" must be a dotted lower-case queue name, not \"%1\"").arg(s.queue));
        if (!parseNode(o, &s) || !parseCause(o, flow, &s) || !parseTiming(o, &s) || !parseFaults(o, &s) ||
            !parseEffects(o, &s) || !parsePayload(o, &s) || !parsePresentation(o, &s))
            return std::nullopt;
        if (s.isPerNode() && (s.node == StageNode::None || s.node == StageNode::Fixed))
            return fail(
                QStringLiteral("system \"%1\" runs per node, so its events need a node").arg(s.system));
        for (int kind = 0; kind < kNodeKinds; ++kind) {
            s.resolvedSystem[kind] = resolveAuthority(s.system, NodeKind(kind));
            s.resolvedType[kind] = resolveAuthority(s.type, NodeKind(kind));
            s.resolvedFailedType[kind] = resolveAuthority(s.failedType, NodeKind(kind));
        }
        return s;
    }

    bool parseNode(const QJsonObject& o, FlowStage* s)
    {
        const QString node = o.value(QLatin1String("node")).toString(QStringLiteral("transaction"));
        if (node == QLatin1String("transaction"))
            s->node = StageNode::Transaction;
        else if (node == QLatin1String("none"))
            s->node = StageNode::None;
        else if (node == QLatin1String("stores"))
            s->node = StageNode::AllStores;
        else if (isNodeCode(node)) {
            s->node = StageNode::Fixed;
            s->fixedNode = node;
        } else {
            return reject(
                QStringLiteral("\"node\" is transaction, none, stores or an upper-case node code, not \"%1\"")
                    .arg(node));
        }
        return true;
    }

    bool parseCause(const QJsonObject& o, const FlowTemplate& flow, FlowStage* s)
    {
        const int index = int(flow.m_stages.size());
        if (index == 0) {
            if (o.contains(QLatin1String("after")))
                return reject(QStringLiteral("the first stage starts the flow and has no \"after\""));
            return true;
        }
        const QString after = o.value(QLatin1String("after")).toString();
        s->cause = after.isEmpty() ? index - 1 : flow.stageIndex(after);
        if (s->cause < 0)
            return reject(QStringLiteral("\"after\" names no earlier stage: \"%1\"").arg(after));
        if (flow.m_stages[s->cause].node == StageNode::AllStores)
            return reject(
                QStringLiteral(
                    "its cause \"%1\" fans out to every store; name a single-event stage in \"after\"")
                    .arg(flow.m_stages[s->cause].id));
        return true;
    }

    bool parseTiming(const QJsonObject& o, FlowStage* s)
    {
        const bool first = s->cause < 0;
        if (first) {
            if (o.contains(QLatin1String("latency_s")) || o.contains(QLatin1String("sla_s")))
                return reject(
                    QStringLiteral("the first stage starts the flow: it has no \"latency_s\" or \"sla_s\""));
            return true;
        }
        const QJsonObject latency = o.value(QLatin1String("latency_s")).toObject();
        s->latencyMedianS = latency.value(QLatin1String("median")).toDouble(-1.0);
        s->latencyP95S = latency.value(QLatin1String("p95")).toDouble(-1.0);
        if (!(s->latencyMedianS > 0.0) || s->latencyP95S < s->latencyMedianS)
            return reject(
                QStringLiteral("\"latency_s\" needs {\"median\": seconds > 0, \"p95\": seconds >= median}"));
        s->slaS = o.value(QLatin1String("sla_s")).toDouble(-1.0);
        if (!(s->slaS > 0.0))
            return reject(QStringLiteral("\"sla_s\" must be a number of seconds > 0"));
        return true;
    }

    bool parseFaults(const QJsonObject& o, FlowStage* s)
    {
        const QJsonValue faults = o.value(QLatin1String("faults"));
        if (faults.isUndefined())
            return true;
        if (!faults.isArray())
            return reject(QStringLiteral("\"faults\" must be an array of fault classes"));
        if (s->cause < 0 && !faults.toArray().isEmpty())
            return reject(QStringLiteral("the first stage starts the flow; faults strike later stages"));
        for (const QJsonValue& v : faults.toArray()) {
            const QString name = v.toString();
            if (!faultClassNames().contains(name))
                return reject(QStringLiteral("unknown fault class \"%1\" (known: %2)")
                                  .arg(name, faultClassNames().join(QStringLiteral(", "))));
            if (s->faults.contains(name))
                return reject(QStringLiteral("fault class \"%1\" is listed twice").arg(name));
            s->faults.append(name);
        }
        return true;
    }

    bool parseEffects(const QJsonObject& o, FlowStage* s)
    {
        const QString inventory = o.value(QLatin1String("inventory")).toString();
        if (inventory == QLatin1String("outbound"))
            s->inventory = InventoryEffect::Outbound;
        else if (inventory == QLatin1String("inbound"))
            s->inventory = InventoryEffect::Inbound;
        else if (inventory == QLatin1String("adjustment"))
            s->inventory = InventoryEffect::Adjustment;
        else if (o.contains(QLatin1String("inventory")))
            return reject(QStringLiteral("\"inventory\" is outbound, inbound or adjustment, not \"%1\"")
                              .arg(inventory));
        s->posting = o.value(QLatin1String("posting")).toString();
        if (o.contains(QLatin1String("posting")) && s->posting != QLatin1String("order") &&
            s->posting != QLatin1String("refund") && s->posting != QLatin1String("settlement"))
            return reject(
                QStringLiteral("\"posting\" is order, refund or settlement, not \"%1\"").arg(s->posting));
        if (!s->posting.isEmpty())
            s->attributes =
                QByteArrayLiteral("{\"posting\":\"") + s->posting.toLatin1() + QByteArrayLiteral("\"}");
        const QJsonValue prices = o.value(QLatin1String("prices"));
        if (!prices.isUndefined() && !prices.isBool())
            return reject(QStringLiteral("\"prices\" is true or false"));
        s->appliesPrices = prices.toBool();
        if (s->inventory != InventoryEffect::None && s->node != StageNode::Transaction)
            return reject(QStringLiteral("an inventory effect needs the transaction's node"));
        if (s->faults.contains(QStringLiteral("semantic")) &&
            (s->inventory != InventoryEffect::None || s->appliesPrices))
            return reject(
                QStringLiteral("semantic faults stay out of stock and price arithmetic: not on a stage with "
                               "\"inventory\" or \"prices\""));
        return true;
    }

    bool parsePayload(const QJsonObject& o, FlowStage* s)
    {
        const QJsonValue payload = o.value(QLatin1String("payload"));
        if (!payload.isUndefined() && !payload.isArray())
            return reject(QStringLiteral("\"payload\" must be an array of facets"));
        for (const QJsonValue& v : payload.toArray()) {
            const QString name = v.toString();
            bool found = false;
            for (const FacetName& f : kFacets) {
                if (name == QLatin1String(f.name)) {
                    s->payload |= f.facet;
                    found = true;
                }
            }
            if (!found)
                return reject(QStringLiteral("unknown payload facet \"%1\" (known: %2)")
                                  .arg(name, payloadFacetNames().join(QStringLiteral(", "))));
        }
        if (s->faults.contains(QStringLiteral("semantic")) && !(s->payload & kSemanticFacets))
            return reject(
                QStringLiteral("semantic faults need a payload facet they can break (shipment, customer, "
                               "profile, line, stock, receipt, node or campaign)"));
        const QString encoding = o.value(QLatin1String("encoding")).toString(QStringLiteral("json"));
        const QString message = o.value(QLatin1String("message")).toString();
        if (encoding == QLatin1String("protobuf")) {
            if (!supportedProtobufMessages().contains(message))
                return reject(QStringLiteral("\"message\" must be one of %1 for a protobuf payload")
                                  .arg(supportedProtobufMessages().join(QStringLiteral(", "))));
            s->protobufMessage = message;
            s->contentType = QStringLiteral("application/x-protobuf; messageType=") + message;
        } else if (encoding != QLatin1String("json") || o.contains(QLatin1String("message"))) {
            return reject(QStringLiteral("\"encoding\" is json or protobuf (with \"message\")"));
        } else {
            s->contentType = QStringLiteral("application/json");
        }
        return true;
    }

    // How people and the lineage verdict see the stage: its name, the type of its failure event, and
    // whether a transaction needs it at all.
    bool parsePresentation(const QJsonObject& o, FlowStage* s)
    {
        const QJsonValue name = o.value(QLatin1String("name"));
        if (!name.isUndefined() && (!name.isString() || name.toString().trimmed().isEmpty()))
            return reject(QStringLiteral("\"name\" is a non-empty text for people, e.g. \"ERP posting\""));
        s->name = name.toString().trimmed();
        const QJsonValue failed = o.value(QLatin1String("failed_type"));
        s->failedType = failed.toString();
        if (!failed.isUndefined() &&
            (!isEventType(s->failedType) || !s->failedType.startsWith(s->system + QLatin1Char('.')) ||
             s->failedType == s->type))
            return reject(QStringLiteral("\"failed_type\" must be an event type of its system other than \"type\" "
                                         "(e.g. \"erp.sales_order.rejected\"), not \"%1\"")
                              .arg(s->failedType));
        const auto failure = std::find_if(s->faults.cbegin(), s->faults.cend(), isFailureFault);
        if (failure != s->faults.cend() && s->failedType.isEmpty())
            return reject(QStringLiteral("fault class \"%1\" makes the stage fail: it needs a \"failed_type\" "
                                         "(e.g. \"erp.sales_order.rejected\")")
                              .arg(*failure));
        const QJsonValue optional = o.value(QLatin1String("optional"));
        if (!optional.isUndefined() && !optional.isBool())
            return reject(QStringLiteral("\"optional\" is true or false"));
        s->optional = optional.toBool();
        if (s->optional && s->cause < 0)
            return reject(QStringLiteral("the first stage starts the flow; it cannot be optional"));
        return true;
    }

    // Each system records a transaction's stock movement once, so a flow has at most one inventory
    // stage per system.
    bool checkInventoryStages(const FlowTemplate& flow)
    {
        QStringList systems;
        for (const FlowStage& s : flow.m_stages) {
            if (s.inventory == InventoryEffect::None)
                continue;
            if (systems.contains(s.system))
                return reject(
                    QStringLiteral("system \"%1\" has two inventory stages; a system records a movement once")
                        .arg(s.system));
            systems.append(s.system);
        }
        return true;
    }

    QString m_origin;
    QString* m_error;
    QString m_stageContext;
};

bool FlowStage::isPerNode() const
{
    return system == QLatin1String("pos") || system == QLatin1String("wms") || system == kAuthority;
}

QString FlowStage::queueAt(const QString& nodeCode) const
{
    if (!queue.contains(kNodePlaceholder))
        return queue;
    return QString(queue).replace(kNodePlaceholder, nodeCode.toLower());
}

std::optional<FlowTemplate> FlowTemplate::fromJson(const QByteArray& json, const QString& origin,
                                                   QString* error)
{
    return FlowTemplateParser(origin, error).parse(json);
}

int FlowTemplate::stageIndex(QStringView stageId) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages[i].id == stageId)
            return i;
    }
    return -1;
}

bool FlowTemplate::dependsOn(int stage, int ancestor) const
{
    while (stage > ancestor)
        stage = m_stages[stage].cause;
    return stage == ancestor;
}

QStringList payloadFacetNames()
{
    QStringList names;
    for (const FacetName& f : kFacets)
        names.append(QLatin1String(f.name));
    return names;
}

} // namespace ct
