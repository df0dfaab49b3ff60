#include "transactioncomparison.h"

#include "decodedpayload.h"
#include "lineagereport.h"
#include "personaldatamask.h"

namespace ct {
namespace {

bool happened(const std::optional<StageCheck>& check)
{
    return check && check->events > 0;
}

std::optional<StageCheck> checkOf(const LineageVerdict& verdict, const QString& stage)
{
    for (const StageCheck& check : verdict.stages) {
        if (check.stage == stage)
            return check;
    }
    return std::nullopt;
}

// The stage's latest event in causal order: a retry that succeeded, rather than the attempt before it.
const Event* latestEventOf(const LineageGraph& graph, const QString& stage)
{
    for (auto it = graph.hops.crbegin(); it != graph.hops.crend(); ++it) {
        if (it->event.stage == stage || (it->event.stage.isEmpty() && it->event.type == stage))
            return &it->event;
    }
    return nullptr;
}

double spanSeconds(const LineageGraph& graph)
{
    return graph.isEmpty() ? 0.0 : double(graph.lastAt().micros() - graph.firstAt().micros()) / 1e6;
}

void comparePayloads(StageComparison& out, const LineageReport& a, const LineageReport& b,
                     const PayloadDecoder* decoder, const PersonalDataMask& mask)
{
    const Event* ea = latestEventOf(a.graph, out.stage);
    const Event* eb = latestEventOf(b.graph, out.stage);
    out.aEventId = ea ? ea->id : QString();
    out.bEventId = eb ? eb->id : QString();
    if (!ea || !eb)
        return;
    const DecodedPayload pa = decodePayload(ea->payload, ea->contentType, decoder);
    const DecodedPayload pb = decodePayload(eb->payload, eb->contentType, decoder);
    if (!pa.hasFields() || !pb.hasFields())
        return;
    out.payloadsCompared = true;
    out.fields = diffFields(pa.tree, pb.tree, mask);
}

} // namespace

TransactionComparison compareTransactions(const LineageReport& a, const LineageReport& b,
                                          const PayloadDecoder* decoder, const PersonalDataMask& mask)
{
    TransactionComparison out;
    out.aCorrelationId = a.graph.correlationId;
    out.bCorrelationId = b.graph.correlationId;
    out.flow = a.graph.flow.isEmpty() ? b.graph.flow : a.graph.flow;
    out.aSpanSeconds = spanSeconds(a.graph);
    out.bSpanSeconds = spanSeconds(b.graph);

    QStringList order;
    for (const StageCheck& check : a.verdict.stages)
        order << check.stage;
    for (const StageCheck& check : b.verdict.stages) {
        if (!order.contains(check.stage))
            order << check.stage;
    }
    for (const QString& stage : std::as_const(order)) {
        StageComparison s;
        s.stage = stage;
        s.a = checkOf(a.verdict, stage);
        s.b = checkOf(b.verdict, stage);
        s.name = s.a ? s.a->name : s.b->name;
        const bool inA = happened(s.a);
        const bool inB = happened(s.b);
        s.presence = inA && inB ? StageComparison::Presence::Both
                     : inB      ? StageComparison::Presence::MissingInA
                     : inA      ? StageComparison::Presence::ExtraInA
                                : StageComparison::Presence::Neither;
        out.missingInA += s.presence == StageComparison::Presence::MissingInA ? 1 : 0;
        out.extraInA += s.presence == StageComparison::Presence::ExtraInA ? 1 : 0;
        if (s.a && s.b && s.a->latencySeconds && s.b->latencySeconds)
            s.latencyDeltaSeconds = *s.a->latencySeconds - *s.b->latencySeconds;
        comparePayloads(s, a, b, decoder, mask);
        out.payloadDifferences += int(s.fields.items.size()) + s.fields.omitted;
        out.stages.append(std::move(s));
    }
    return out;
}

} // namespace ct
