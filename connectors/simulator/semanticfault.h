#pragma once

#include "stagedraft.h"

#include <QList>

namespace ct {

class EstateCatalog;
class Prng;
struct FlowStage;
struct Transaction;

// Semantic faults: events that pass the schema but break a business rule that data-quality checks can
// find. They never touch a stage that moves stock or prices, so inventory and price arithmetic hold.
namespace semanticfault {

// The rules a fault can break in this stage's event; empty when none fits.
QList<SemanticKind> kindsFor(const FlowStage& stage, const Transaction& tx);
// Breaks the rule in the draft (its payload is written from the draft afterwards).
void apply(SemanticKind kind, StageDraft& draft, const Transaction& tx, const EstateCatalog& catalog,
           Prng& prng);
// The rule's name, as the ledger's detail starts with it: ship_date_before_order_date, ...
const char* ruleName(SemanticKind kind);

} // namespace semanticfault
} // namespace ct
