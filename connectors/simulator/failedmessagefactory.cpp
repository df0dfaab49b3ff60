#include "failedmessagefactory.h"

#include "civiltime.h"
#include "event.h"
#include "flowtemplate.h"
#include "jsonwriter.h"
#include "prng.h"
#include "stagedraft.h"
#include "transaction.h"
#include "uuid.h"

namespace ct {
namespace {

constexpr qint64 kSecond = 1'000'000;

struct RuleText {
    const char* system; // nullptr: any system
    const char* text;   // %1 correlation id, %2 SKU, %3 node, %4 fiscal period, %5 customer
};
constexpr RuleText kBusinessRules[] = {
    {"erp", "Posting period %4 is not open for company code 1000 (F5 201)"},
    {"erp", "Material %2 is not maintained in plant %3 (M3 305)"},
    {"erp", "Account 140000 is blocked for posting in company code 1000 (F5 351)"},
    {"erp", "Deficit of unrestricted-use stock for %2 in plant %3 (M7 021)"},
    {"payments", "Authorization declined for %1: insufficient funds (issuer response 51)"},
    {"payments", "Refund for %1 exceeds the captured amount"},
    {"oms", "No node can fulfil %2 for %1: allocation rule SHIP_FROM_NODE is disabled for %3"},
    {"oms", "Order %1 is on credit hold"},
    {"wms", "Pick rejected for %1: the pick location of %2 at %3 is blocked for a cycle count"},
    {"wms", "Pick rejected for %1: no pickable stock of %2 at %3"},
    {"pos", "Pickup %1 rejected at %3: the order is not marked ready"},
    {"loyalty", "Member %5 was merged into another account; update rejected"},
    {nullptr, "Business rule violated for %1: the document is already closed"},
};

QString fill(const char* pattern, const Transaction& tx, const StageDraft& draft)
{
    const QString customer = tx.customer ? tx.customer->id : QString();
    return QString::fromLatin1(pattern)
        .replace(QLatin1String("%1"), tx.correlationId)
        .replace(QLatin1String("%2"), draft.sku.isEmpty() ? QStringLiteral("(no SKU)") : draft.sku)
        .replace(QLatin1String("%3"), draft.nodeCode.isEmpty() ? QStringLiteral("CHAIN") : draft.nodeCode)
        .replace(QLatin1String("%4"), QString::fromLatin1(yearMonth(draft.occurredAt.micros())))
        .replace(QLatin1String("%5"), customer);
}

QString businessRule(const Transaction& tx, const StageDraft& draft, Prng& prng)
{
    QList<const char*> fitting;
    for (const RuleText& r : kBusinessRules) {
        if (r.system && draft.system == QLatin1String(r.system))
            fitting.append(r.text);
    }
    if (fitting.isEmpty())
        fitting.append(kBusinessRules[std::size(kBusinessRules) - 1].text);
    return fill(fitting[qsizetype(prng.below(quint64(fitting.size())))], tx, draft);
}

} // namespace

FailedMessage FailedMessageFactory::make(const Transaction& tx, const StageDraft& draft, const Event& event,
                                         const QString& errorClass, Prng& prng) const
{
    const FlowStage& stage = *draft.stage;
    const FlowStage& cause = tx.flow->stage(stage.cause);
    const QString originalQueue = stage.queueAt(draft.nodeCode);
    FailedMessage m;
    m.messageId = event.id;
    m.correlationId = event.correlationId;
    m.eventId = event.id;
    m.source = event.source;
    m.flow = event.flow;
    m.stage = event.stage;
    m.broker = QStringLiteral("rabbitmq");
    m.queue = originalQueue + QStringLiteral(".dlq");
    m.originQueue = originalQueue;
    // The consumer's input is what the cause's system published.
    m.originalExchange = cause.systemAt(tx.nodeKind) + QStringLiteral(".events");
    m.originalRoutingKey = cause.typeAt(tx.nodeKind);
    if (errorClass == QLatin1String("routing"))
        m.originalRoutingKey += QStringLiteral(".v2");
    m.errorClass = errorClass;
    m.deathReason = QStringLiteral("rejected");
    if (errorClass == QLatin1String("downstream_timeout")) {
        if (prng.chance(0.5))
            m.deathReason = QStringLiteral("expired");
        else
            m.deathCount = prng.between(3, 5);
    }
    m.firstDeathAt = event.occurredAt;
    m.lastDeathAt = m.firstDeathAt.plusMicros((m.deathCount - 1) * prng.between(30, 300) * kSecond);
    m.key = uuidV7(m.firstDeathAt.micros() / 1000, prng.next(), prng.next());
    m.errorText = errorText(tx, draft, m, prng);
    m.contentType = event.contentType;
    m.payload = event.payload;
    m.headers = headers(m, originalQueue);
    m.sku = event.sku;
    m.node = event.node;
    m.quantity = event.quantity;
    m.amountMinor = event.amountMinor;
    m.currency = event.currency;
    return m;
}

QString FailedMessageFactory::errorText(const Transaction& tx, const StageDraft& draft,
                                        const FailedMessage& m, Prng& prng) const
{
    const QString& c = m.errorClass;
    if (c == QLatin1String("schema_validation")) {
        if (!draft.stage->protobufMessage.isEmpty())
            return QStringLiteral("Protobuf parse failed: invalid wire type 7 for field 4 of %1")
                .arg(draft.stage->protobufMessage);
        const QString field = QLatin1String(draft.omittedField ? draft.omittedField : "id");
        return prng.chance(0.5) ? QStringLiteral("$: required property '%1' not found (schema %2/v3)")
                                      .arg(field, draft.type)
                                : QStringLiteral("#: object has missing required properties ([\"%1\"]) in %2")
                                      .arg(field, draft.type);
    }
    if (c == QLatin1String("business_rule"))
        return businessRule(tx, draft, prng);
    if (c == QLatin1String("routing"))
        return QStringLiteral("NO_ROUTE: exchange '%1' has no binding for routing key '%2'")
            .arg(m.originalExchange, m.originalRoutingKey);
    if (m.deathReason == QLatin1String("expired"))
        return QStringLiteral(
                   "Message expired in %1 after its TTL of 600000 ms: %2 did not consume it in time")
            .arg(m.queue.chopped(4), draft.system);
    return prng.chance(0.5)
               ? QStringLiteral("Timed out after 30000 ms calling %1 (HTTP 504 Gateway Timeout); gave up "
                                "after %2 attempts")
                     .arg(draft.system)
                     .arg(m.deathCount)
               : QStringLiteral(
                     "java.net.SocketTimeoutException: Read timed out calling %1 (attempt %2 of %2)")
                     .arg(draft.system)
                     .arg(m.deathCount);
}

QByteArray FailedMessageFactory::headers(const FailedMessage& m, const QString& originalQueue) const
{
    JsonArrayWriter routingKeys;
    routingKeys.add(m.originalRoutingKey);
    JsonObjectWriter death;
    death.add("count", m.deathCount);
    death.add("exchange", m.originalExchange);
    death.add("queue", originalQueue);
    death.add("reason", m.deathReason);
    death.addRaw("routing-keys", routingKeys.toJson());
    death.add("time", m.lastDeathAt.micros() / kSecond);
    JsonArrayWriter deaths;
    deaths.addRaw(death.toJson());

    JsonObjectWriter w;
    w.add("content_type", m.contentType);
    w.add("correlation_id", m.correlationId);
    w.add("message_id", m.messageId);
    w.addRaw("x-death", deaths.toJson());
    w.add("x-error-class", m.errorClass);
    w.add("x-error-message", m.errorText);
    w.add("x-first-death-exchange", m.originalExchange);
    w.add("x-first-death-queue", originalQueue);
    w.add("x-first-death-reason", m.deathReason);
    return w.toJson();
}

} // namespace ct
