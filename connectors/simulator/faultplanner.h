#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace ct {

class Prng;
struct Transaction;

// The one fault (if any) a transaction will suffer, and where.
struct PlannedFault {
    QString faultClass;
    int stage = -1;  // -1: no fault
    int branch = -1; // the store of a fan-out stage
    bool isNone() const { return stage < 0; }
};

// Draws at most one fault per transaction with the configured rates, then a stage the flow's template
// allows it at (any later stage when none does).
class FaultPlanner {
public:
    explicit FaultPlanner(const QMap<QString, double>& rates);

    PlannedFault plan(const Transaction& tx, int storeCount, Prng& prng) const;

private:
    QList<QPair<QString, double>> m_rates; // in faultClassNames() order
};

} // namespace ct
