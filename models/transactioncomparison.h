#pragma once

#include "fielddiff.h"
#include "lineageverdict.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class PayloadDecoder;
class PersonalDataMask;
struct LineageReport;

// One stage of two transactions of a flow side by side: a, the one looked at; b, a healthy one.
struct StageComparison {
    enum class Presence {
        Both,       // happened in both
        MissingInA, // happened in b only
        ExtraInA,   // happened in a only
        Neither,    // in the checklist, happened in neither (e.g. an optional stage)
    };
    QString stage;
    QString name;
    Presence presence = Presence::Neither;
    std::optional<StageCheck> a; // the stage's checklist line in each; nullopt: not in that checklist
    std::optional<StageCheck> b;
    std::optional<double> latencyDeltaSeconds; // a's latency minus b's, when both have one

    // The payloads of the stage's latest event in each, compared field by field (values masked).
    QString aEventId;
    QString bEventId;
    bool payloadsCompared = false; // false: an event is missing, or a payload has no fields to compare
    FieldDifferences fields;
};

struct TransactionComparison {
    QString aCorrelationId;
    QString bCorrelationId;
    QString flow;
    double aSpanSeconds = 0; // first to last event
    double bSpanSeconds = 0;
    QList<StageComparison> stages; // a's checklist order, then stages b has alone
    int missingInA = 0;
    int extraInA = 0;
    int payloadDifferences = 0; // listed and omitted, over all stages
};

// Compares two transactions (normally of one flow) stage by stage. Payloads are decoded through
// `decoder` (nullptr: protobuf payloads are not compared) and diffed with `mask` hiding personal data.
TransactionComparison compareTransactions(const LineageReport& a, const LineageReport& b,
                                          const PayloadDecoder* decoder, const PersonalDataMask& mask);

} // namespace ct
