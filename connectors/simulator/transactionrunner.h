#pragma once

#include "outbox.h"
#include "stagedraft.h"

#include <QList>

#include <vector>

namespace ct {

class EstateCatalog;
class FailedMessageFactory;
class InventoryLedger;
class PayloadWriter;
class PriceLedger;
class Prng;
class StageClock;
struct PlannedFault;
struct SimulationSummary;
struct Transaction;

// Plays one transaction through its flow's stages: when each happens, what its event says, where its
// fault strikes and what that leaves behind (a failed message, a duplicate, a late cause, a gap), and
// which stock and price movements each system takes over. Stages after the window's end have not
// happened yet and are left out.
class TransactionRunner {
public:
    struct Services {
        const EstateCatalog& catalog;
        const StageClock& clock;
        const PayloadWriter& payloads;
        const FailedMessageFactory& failures;
        InventoryLedger& inventory;
        PriceLedger& prices;
        Outbox& outbox;
        SimulationSummary& summary;
        // Where the stages after the window's end go, when a continuation needs them; nullptr: they are
        // left out. They are drawn from a stream of their own after the window's stages, so that the
        // window's own output is the same either way.
        Outbox* tails = nullptr;
    };

    explicit TransactionRunner(const Services& services);

    void run(const Transaction& tx, const PlannedFault& fault, Prng& prng);

private:
    struct StageState {
        bool completed = false; // happened, and its effect went on (not failed)
        Timestamp occurredAt;
        QString eventId;
        qsizetype item = -1; // its OutboxItem in m_items
    };

    struct Deferred {
        int stage = -1;
        int branch = -1;
        StageDraft draft;
    };
    // Plays the stages; in the tail, only the deferred ones and what follows from them.
    void play(const Transaction& tx, const PlannedFault& fault, Prng& prng, bool tail);
    // Plays one stage's event from its draft; returns whether it completed.
    bool playDraft(const Transaction& tx, const PlannedFault& fault, StageDraft& draft, int stage, int branch,
                   Prng& prng);
    StageDraft makeDraft(const Transaction& tx, int stage, int branch, Timestamp occurredAt, Prng& prng);
    Event toEvent(const Transaction& tx, StageDraft& draft, Prng& prng) const;
    // Each returns whether the stage completed (its effects go on).
    bool inject(const Transaction& tx, const PlannedFault& fault, StageDraft& draft, Prng& prng);
    bool injectStuck(const Transaction& tx, const PlannedFault& fault, const StageDraft& draft);
    bool injectFailure(const Transaction& tx, const PlannedFault& fault, StageDraft& draft, Prng& prng);
    bool injectDuplicate(const Transaction& tx, const PlannedFault& fault, StageDraft& draft, Prng& prng);
    bool injectOutOfSequence(const Transaction& tx, const PlannedFault& fault, StageDraft& draft, Prng& prng);
    bool injectSemantic(const Transaction& tx, const PlannedFault& fault, StageDraft& draft, Prng& prng);
    // The last moment of the window, for what a fault delays.
    Timestamp lastMoment() const;
    void emitEvent(Event event, QList<InjectedFault> faults = {},
                   std::optional<FailedMessage> failed = std::nullopt);
    void applyEffects(const Transaction& tx, const StageDraft& draft);
    InjectedFault ledgerRow(const Transaction& tx, const QString& faultClass, const StageDraft& draft,
                            const QString& eventId, const QString& detail) const;
    // The rows of a failure or a stuck stage: one per system that will never take the transaction's stock
    // or price movement over, or one for the stage's own system when there is no such movement.
    QList<InjectedFault> stoppedRows(const Transaction& tx, const PlannedFault& fault,
                                     const StageDraft& draft, const QString& eventId,
                                     const QString& detail) const;

    Services m_s;
    std::vector<StageState> m_states;
    QList<OutboxItem> m_items;
    qsizetype m_lastEventItem = -1; // the item of the stage's own event, for a later stage's fault
    qint64 m_shippedAtUs = 0;
    std::vector<Deferred> m_deferred; // stages recorded after the window's end, for the tail
    std::vector<bool> m_tailDone;     // stages that completed in the tail
    bool m_inTail = false;
};

} // namespace ct
