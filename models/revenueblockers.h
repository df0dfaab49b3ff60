#pragma once

#include "lineageverdict.h"
#include "revenueblockerreader.h"
#include "timestamp.h"

#include <QList>
#include <QMap>
#include <QString>

namespace ct {

class FlowLibrary;

// An order that is not complete and cannot get there by itself: failed at a stage, or stuck past a
// stage's SLA. "What is blocking revenue": what operations works on first during a peak event.
struct RevenueBlocker {
    QString correlationId;
    QString order;          // the order number (its business key), else empty
    QString flow;
    qint64 amountMinor = 0; // the largest amount its events carry
    QString currency;       // that amount's currency
    Verdict verdict = Verdict::Stuck; // Stuck or Failed
    QString stage;          // the stage it stopped at: the failed one, else the overdue one
    QString stageName;      // for people, e.g. "ERP posting"
    QString system;         // the system that owns that stage
    Timestamp since;        // failed: when the stage failed; stuck: when its SLA ran out
    QString reason;         // the failure's reason (the failed message's), may be empty
};

// Each open order judged as Lineage judges it (judgeLineage() at `now`); those stuck or failed, ranked
// without their order numbers (readRevenueBlockers() adds them). Money is never added or compared across
// currencies: the orders are ranked by amount within their currency, the currency with the most money
// blocked first (one currency, the usual case, reads as a plain ranking by amount). Ties: the oldest
// first. At most `limit` (0: all).
QList<RevenueBlocker> rankRevenueBlockers(const OpenOrders& orders, const FlowLibrary& flows, Timestamp now,
                                          int limit);

// The order number of a transaction: the first business key of kind "order" its events carry
// (resources/keys/businesskeys.json, as the ingest extracts them); empty when none does.
QString orderNumberOf(const QList<Event>& events);

// The head of the ranking, and how many orders and how much money it stands for in all.
struct RevenueBlockerRanking {
    QList<RevenueBlocker> top;  // at most the limit asked, with their order numbers
    qint64 stuck = 0;           // every stuck order, listed or not
    qint64 failed = 0;          // every failed order, listed or not
    QMap<QString, qint64> blockedMinor;  // the money of them all, by currency
    Timestamp judgedAt;                  // the time the orders were judged at
};

class TelemetryStore;
// The ranking at `now` (null: as of the newest event, as the Overview's figures are: a store that stopped
// receiving is judged as it stood then) over the Overview's in-flight window
// (overviewInFlightSince(newest event)), each listed order's number read from its own events (one index
// probe per listed order).
Expected<RevenueBlockerRanking> readRevenueBlockers(TelemetryStore& store, const FlowLibrary& flows, Timestamp now,
                                                    int limit);

} // namespace ct
