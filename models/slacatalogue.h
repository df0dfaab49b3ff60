#pragma once

#include "flowlibrary.h"
#include "rollups.h"
#include "stagelatency.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

// The SLAs in force: the named ones of resources/slas.json, with the thresholds edited in the app
// (kept in the store, SlaStore) over them.

// The SLAs of a document in the form of resources/slas.json; empty with *error set (naming the
// entry) when it is malformed. Nothing is checked against the flow templates here: slaProblem().
QList<SlaDefinition> slasFromJson(const QByteArray& json, QString* error);
// The SLAs compiled in (:/controltower/slas.json), read once.
const QList<SlaDefinition>& builtInSlas(QString* error);

// The built-in SLAs with each stored one in place of the built-in of its id, and the stored ones no
// built-in has after them, in the order the store keeps them.
QList<SlaDefinition> mergeSlas(const QList<SlaDefinition>& builtIn, const QList<SlaDefinition>& stored);

// Why `sla` cannot be measured, as a sentence, or empty: it needs an id and a name, a stage of a
// flow of `library` and the stage that stage causes (the pairs the rollups keep), and a threshold
// above zero and at most 30 days.
QString slaProblem(const SlaDefinition& sla, const FlowLibrary& library);

// The pair of stages the SLA measures.
StagePair slaPair(const SlaDefinition& sla);
// The pair that ends where the SLA starts (the cause of its first stage, that stage): its samples are
// the transactions that reached the SLA's first stage. nullopt when that stage starts its flow.
std::optional<StagePair> arrivalPair(const SlaDefinition& sla, const FlowLibrary& library);

// The SLA of `id` among `slas`, or nullptr.
const SlaDefinition* findSla(const QList<SlaDefinition>& slas, const QString& id);

} // namespace ct
