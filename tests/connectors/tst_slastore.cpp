// The SLAs a store keeps, on both engines: edits kept by id in the order first kept and audited (a
// refused one too), viewers refused (on PostgreSQL by the database itself as well), and the exact
// transactions behind a breach count and the per-minute counts of a stage pair, against events
// written by hand.
#include "flowlibrary.h"
#include "store/migration.h"
#include "store/storechangefeed.h"
#include "store/storefactory.h"
#include "storefixture.h"
#include "uuid.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace ct;

namespace {

constexpr qint64 kSecond = 1'000'000;
constexpr qint64 kMinute = 60 * kSecond;
// The window the breaches are looked for in: an hour from 2026-11-01T10:00:00Z.
constexpr qint64 kWindow = 1793577600000000 + 10 * 3600 * kSecond;
constexpr double kThreshold = 60;

const StagePair& erpPosting()
{
    static const StagePair pair{QStringLiteral("order-to-cash"), QStringLiteral("allocate"),
                                QStringLiteral("erp-post")};
    return pair;
}

SlaDefinition sla(const QString& id, const QString& name, double thresholdSeconds)
{
    SlaDefinition s;
    s.id = id;
    s.name = name;
    s.flow = erpPosting().flow;
    s.fromStage = erpPosting().fromStage;
    s.toStage = erpPosting().toStage;
    s.thresholdSeconds = thresholdSeconds;
    return s;
}

SlaEdit editBy(ActorRole role, const QString& note = QString())
{
    SlaEdit e;
    e.actor = QStringLiteral("ana");
    e.role = role;
    e.note = note;
    return e;
}

// One transaction as the test writes it: its `from` stage at fromAt, its `to` stage at toAt.
struct Transaction {
    const char* correlation;
    qint64 fromAt; // offset from kWindow, microseconds
    qint64 toAt;
    EventStatus toStatus = EventStatus::Ok;
    const char* flow = "order-to-cash";
};

// Fast, slow, on the threshold, just above it, outside the window on either side, a failed `to`, and
// another flow with the same stage names.
const QList<Transaction>& transactions()
{
    static const QList<Transaction> all{
        {"ORD-FAST-1", 0, 10 * kSecond},
        {"ORD-FAST-2", 60 * kSecond, 90 * kSecond},
        {"ORD-ON-THRESHOLD", 120 * kSecond, 180 * kSecond},
        {"ORD-JUST-OVER", 200 * kSecond, 260 * kSecond + 1},
        {"ORD-SLOW-90", 300 * kSecond, 390 * kSecond},
        {"ORD-SLOW-300", -240 * kSecond, 60 * kSecond}, // began before the window: what counts is the `to`
        {"ORD-SLOW-120", 400 * kSecond, 520 * kSecond},
        {"ORD-BEFORE", -1000 * kSecond, -500 * kSecond},
        {"ORD-AT-END", 3000 * kSecond, 3600 * kSecond}, // the window ends before its end
        {"ORD-REJECTED", 100 * kSecond, 400 * kSecond, EventStatus::Failed},
        {"BOPIS-SLOW", 10 * kSecond, 700 * kSecond, EventStatus::Ok, "bopis"},
    };
    return all;
}

Event stageEvent(const Transaction& t, const QString& stage, qint64 at, EventStatus status, int n)
{
    Event e;
    e.occurredAt = Timestamp::fromMicros(kWindow + at);
    e.recordedAt = e.occurredAt;
    e.key = uuidV7(quint64(e.occurredAt.micros() / 1000), quint64(n), 17);
    e.id = QStringLiteral("sla-evt-%1").arg(n);
    e.source = stage == QLatin1String("erp-post") ? QStringLiteral("erp") : QStringLiteral("oms");
    e.correlationId = QString::fromLatin1(t.correlation);
    e.flow = QString::fromLatin1(t.flow);
    e.stage = stage;
    e.type = stage == QLatin1String("erp-post") ? QStringLiteral("erp.sales_order.posted")
                                                : QStringLiteral("oms.order.allocated");
    e.status = status;
    return e;
}

IngestBatch handWritten()
{
    IngestBatch batch;
    int n = 0;
    for (const Transaction& t : transactions()) {
        batch.events << stageEvent(t, erpPosting().fromStage, t.fromAt, EventStatus::Ok, n + 1)
                     << stageEvent(t, erpPosting().toStage, t.toAt, t.toStatus, n + 2);
        n += 2;
    }
    return batch;
}

// The pairs the rollups count, by minute: those of the pair's flow whose `to` is ok.
std::map<qint64, qint64> expectedMinutes()
{
    std::map<qint64, qint64> minutes;
    for (const Transaction& t : transactions()) {
        if (QLatin1String(t.flow) == erpPosting().flow && t.toStatus == EventStatus::Ok)
            ++minutes[(kWindow + t.toAt) / kMinute];
    }
    return minutes;
}

QStringList describe(const QList<SlaDefinition>& slas)
{
    QStringList out;
    for (const SlaDefinition& s : slas)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(s.id, s.name, s.flow, s.fromStage, s.toStage,
                        QString::number(s.thresholdSeconds, 'g', 17));
    return out;
}

QStringList describe(const QList<SlaBreach>& breaches)
{
    QStringList out;
    for (const SlaBreach& b : breaches)
        out << QStringLiteral("%1 %2 %3")
                   .arg(b.correlationId, QString::number(b.at.micros() - kWindow),
                        QString::number(b.seconds, 'f', 6));
    return out;
}

QList<AuditEntry> slaEdits(TelemetryStore& store, const QString& id)
{
    QList<AuditEntry> edits = store.auditEntriesFor(id).value();
    edits.removeIf([](const AuditEntry& a) { return a.action != QLatin1String("sla.edit"); });
    return edits;
}

} // namespace

class TestSlaStore : public QObject {
    Q_OBJECT

    test::ScratchLogins m_logins;

private Q_SLOTS:
    void keepsSlasInTheOrderFirstKept_data() { CT_ENGINE_ROWS(); }
    void keepsSlasInTheOrderFirstKept()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        QVERIFY(store->storedSlas().value().isEmpty());
        const SlaDefinition posting = sla(QStringLiteral("erp-posting"), QStringLiteral("ERP posting"), 300);
        SlaDefinition payment = sla(QStringLiteral("payment"), QStringLiteral("Payment authorisation"), 0.25);
        payment.fromStage = QStringLiteral("capture");
        payment.toStage = QStringLiteral("payment");
        const SlaDefinition odd =
            sla(QStringLiteral("odd"), QStringLiteral("Naïve 'quotes'; and \"more\""), 1234.567891);
        for (const SlaDefinition& s : {posting, payment, odd}) {
            auto kept = store->saveSla(s, editBy(ActorRole::Operator));
            QVERIFY2(kept.ok(), qPrintable(kept.error().text));
            QCOMPARE(describe({kept.value()}), describe({s}));
        }
        QCOMPARE(describe(store->storedSlas().value()), describe({posting, payment, odd}));

        // Kept again: replaced where it was, and the trail says from what to what.
        SlaDefinition slower = posting;
        slower.thresholdSeconds = 600;
        slower.name = QStringLiteral("ERP posting (month end)");
        auto replaced = store->saveSla(slower, editBy(ActorRole::Admin, QStringLiteral("month end")));
        QVERIFY2(replaced.ok(), qPrintable(replaced.error().text));
        QCOMPARE(describe(store->storedSlas().value()), describe({slower, payment, odd}));

        const QList<AuditEntry> edits = slaEdits(*store, posting.id);
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(0).before, QString());
        QCOMPARE(edits.at(0).after, QStringLiteral("300"));
        QCOMPARE(edits.at(0).result, QStringLiteral("ok"));
        QCOMPARE(edits.at(0).role, QStringLiteral("operator"));
        QCOMPARE(edits.at(0).actor, QStringLiteral("ana"));
        QVERIFY2(edits.at(0).detail.contains(QLatin1String("threshold 300 s (new)")),
                 qPrintable(edits.at(0).detail));
        const AuditEntry& second = edits.at(1);
        QCOMPARE(second.action, QStringLiteral("sla.edit"));
        QCOMPARE(second.target, posting.id);
        QCOMPARE(second.before, QStringLiteral("300"));
        QCOMPARE(second.after, QStringLiteral("600"));
        QCOMPARE(second.result, QStringLiteral("ok"));
        QCOMPARE(second.role, QStringLiteral("admin"));
        QCOMPARE(second.detail,
                 QStringLiteral("ERP posting (month end) (order-to-cash: allocate -> erp-post): "
                                "threshold 300 s -> 600 s; month end"));
        QCOMPARE(slaEdits(*store, payment.id).constFirst().after, QStringLiteral("0.25"));
        QCOMPARE(slaEdits(*store, odd.id).constFirst().after, QStringLiteral("1234.567891"));

        // The chain still holds.
        QString prev;
        const QList<AuditEntry> trail = store->auditTrail().value();
        for (const AuditEntry& a : trail) {
            QCOMPARE(a.prevHash, prev);
            QCOMPARE(a.hash, a.computeHash());
            prev = a.hash;
        }
        // Another connection reads the same.
        auto other = test::openToWrite(fx.url());
        QVERIFY(other);
        QCOMPARE(describe(other->storedSlas().value()), describe({slower, payment, odd}));
    }

    // SLAs are configuration, not telemetry: clearing keeps them, and the stats do not count them.
    void keepsSlasWhenTheTelemetryIsCleared_data() { CT_ENGINE_ROWS(); }
    void keepsSlasWhenTheTelemetryIsCleared()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(handWritten()).ok());
        const SlaDefinition posting = sla(QStringLiteral("erp-posting"), QStringLiteral("ERP posting"), 300);
        QVERIFY(store->saveSla(posting, editBy(ActorRole::Operator)).ok());
        QVERIFY(store->clearTelemetry().ok());
        QCOMPARE(store->isEmpty().value(), true);
        QCOMPARE(describe(store->storedSlas().value()), describe({posting}));
        const auto stats = store->stats();
        QVERIFY2(stats.ok(), qPrintable(stats.error().text));
        QVERIFY(!stats->tables.contains(QStringLiteral("sla_definitions")));
    }

    void refusesAViewer_data() { CT_ENGINE_ROWS(); }
    void refusesAViewer()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        const SlaDefinition posting = sla(QStringLiteral("erp-posting"), QStringLiteral("ERP posting"), 300);
        QVERIFY(store->saveSla(posting, editBy(ActorRole::Operator)).ok());
        const qint64 changedBefore = store->info()->lastChangeAt.micros();

        SlaDefinition tighter = posting;
        tighter.thresholdSeconds = 30;
        auto refused = store->saveSla(tighter, editBy(ActorRole::Viewer, QStringLiteral("tighten it")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, StoreError::Code::Refused);
        QVERIFY2(refused.error().text.contains(QLatin1String("viewer may not edit SLAs")),
                 qPrintable(refused.error().text));
        QCOMPARE(describe(store->storedSlas().value()), describe({posting}));
        // A new one is not kept either.
        QVERIFY(
            !store->saveSla(sla(QStringLiteral("new"), QStringLiteral("New"), 5), editBy(ActorRole::Viewer))
                 .ok());
        QCOMPARE(store->storedSlas()->size(), 1);

        const QList<AuditEntry> edits = slaEdits(*store, posting.id);
        QCOMPARE(edits.size(), 2);
        const AuditEntry& last = edits.constLast();
        QCOMPARE(last.result, QStringLiteral("refused"));
        QCOMPARE(last.role, QStringLiteral("viewer"));
        QCOMPARE(last.actor, QStringLiteral("ana"));
        QCOMPARE(last.before, QStringLiteral("300"));
        QCOMPARE(last.after, QStringLiteral("300")); // it stayed
        QVERIFY2(last.detail.contains(QLatin1String("threshold 300 s -> 30 s")) &&
                     last.detail.endsWith(QLatin1String("; tighten it")),
                 qPrintable(last.detail));
        QCOMPARE(slaEdits(*store, QStringLiteral("new")).constLast().result, QStringLiteral("refused"));
        // The refusal is a change others hear of: it is in the trail.
        QVERIFY(store->info()->lastChangeAt.micros() >= changedBefore);
    }

    void refusesAnInvalidSla_data() { CT_ENGINE_ROWS(); }
    void refusesAnInvalidSla()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        const SlaDefinition good = sla(QStringLiteral("erp-posting"), QStringLiteral("ERP posting"), 300);
        const struct {
            const char* why;
            void (*spoil)(SlaDefinition&);
            const char* says;
        } cases[] = {
            {"no id", [](SlaDefinition& s) { s.id.clear(); }, "needs an id"},
            {"blank name", [](SlaDefinition& s) { s.name = QStringLiteral("  "); }, "needs a name"},
            {"no flow", [](SlaDefinition& s) { s.flow.clear(); }, "needs a flow and the two stages"},
            {"no from stage", [](SlaDefinition& s) { s.fromStage.clear(); },
             "needs a flow and the two stages"},
            {"no to stage", [](SlaDefinition& s) { s.toStage.clear(); }, "needs a flow and the two stages"},
            {"zero", [](SlaDefinition& s) { s.thresholdSeconds = 0; }, "threshold above 0"},
            {"negative", [](SlaDefinition& s) { s.thresholdSeconds = -5; }, "threshold above 0"},
            {"not a number", [](SlaDefinition& s) { s.thresholdSeconds = std::nan(""); },
             "threshold above 0"},
            {"infinite",
             [](SlaDefinition& s) { s.thresholdSeconds = std::numeric_limits<double>::infinity(); },
             "threshold above 0"},
        };
        for (const auto& c : cases) {
            SlaDefinition bad = good;
            c.spoil(bad);
            const qsizetype trail = store->auditTrail()->size();
            auto refused = store->saveSla(bad, editBy(ActorRole::Admin));
            QVERIFY2(!refused.ok(), c.why);
            QCOMPARE(refused.error().code, StoreError::Code::Refused);
            QVERIFY2(refused.error().text.contains(QLatin1String(c.says)), qPrintable(refused.error().text));
            QVERIFY2(store->storedSlas()->isEmpty(), c.why);
            const QList<AuditEntry> after = store->auditTrail().value();
            QCOMPARE(after.size(), trail + 1);
            QCOMPARE(after.constLast().action, QStringLiteral("sla.edit"));
            QCOMPARE(after.constLast().result, QStringLiteral("refused"));
            QCOMPARE(after.constLast().target, bad.id);
        }
        QVERIFY(store->saveSla(good, editBy(ActorRole::Operator)).ok());
    }

    // The database holds the line too: a viewer's login cannot write an SLA with plain SQL, an
    // operator's edits through the store.
    void aViewerLoginCannotWriteSlas()
    {
        test::StoreFixture fx(QStringLiteral("postgresql"));
        QVERIFY2(fx.isValid(), qPrintable(fx.error()));
        const SlaDefinition posting = sla(QStringLiteral("erp-posting"), QStringLiteral("ERP posting"), 300);
        {
            auto owner = test::openToWrite(fx.url());
            QVERIFY(owner);
            QVERIFY(owner->saveSla(posting, editBy(ActorRole::Admin)).ok());
        }
        const QString viewer = m_logins.loginAs(fx.url(), QStringLiteral("viewer"));
        {
            auto store = test::openToWrite(viewer);
            QVERIFY(store);
            QCOMPARE(describe(store->storedSlas().value()), describe({posting})); // it reads them
            // Claiming more than granted: the store acts as a viewer, refuses, and audits it.
            SlaDefinition tighter = posting;
            tighter.thresholdSeconds = 30;
            auto refused = store->saveSla(tighter, editBy(ActorRole::Operator));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, StoreError::Code::Refused);
            QCOMPARE(slaEdits(*store, posting.id).constLast().role, QStringLiteral("viewer"));
            QCOMPARE(slaEdits(*store, posting.id).constLast().result, QStringLiteral("refused"));
        }
        for (const char* sql :
             {"INSERT INTO sla_definitions (id, seq, name, flow, from_stage, to_stage, threshold_s, "
              "edited_by, edited_at) VALUES ('sneaky', 99, 'x', 'f', 'a', 'b', 1, 'm', 0)",
              "UPDATE sla_definitions SET threshold_s = 1", "DELETE FROM sla_definitions"}) {
            const QString error = test::execRaw(viewer, QString::fromLatin1(sql));
            QVERIFY2(error.contains(QLatin1String("permission denied")),
                     qPrintable(QString::fromLatin1(sql) + QStringLiteral(": ") + error));
        }
        // An operator's login edits them.
        auto store = test::openToWrite(m_logins.loginAs(fx.url(), QStringLiteral("operator")));
        QVERIFY(store);
        SlaDefinition slower = posting;
        slower.thresholdSeconds = 900;
        auto kept = store->saveSla(slower, editBy(ActorRole::Operator));
        QVERIFY2(kept.ok(), qPrintable(kept.error().text));
        auto added = store->saveSla(sla(QStringLiteral("second"), QStringLiteral("Second"), 60),
                                    editBy(ActorRole::Operator));
        QVERIFY2(added.ok(), qPrintable(added.error().text));
        QCOMPARE(store->storedSlas()->size(), 2);
        QCOMPARE(store->storedSlas()->constFirst().thresholdSeconds, 900.0);
    }

    // Readers of the store hear of an edit (the SLA page reloads).
    void announcesAnEdit_data() { CT_ENGINE_ROWS(); }
    void announcesAnEdit()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        auto feed = openChangeFeed(StoreLocation::parse(fx.url()).value());
        QSignalSpy states(feed.get(), &ChangeFeed::stateChanged);
        QSignalSpy changes(feed.get(), &ChangeFeed::changed);
        feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(states.cbegin(), states.cend(),
                                             [](const QList<QVariant>& s) {
                                                 return s.at(0).value<ChangeFeed::State>() ==
                                                        ChangeFeed::State::Live;
                                             }),
                                 10000);
        QVERIFY(store
                    ->saveSla(sla(QStringLiteral("erp-posting"), QStringLiteral("ERP posting"), 300),
                              editBy(ActorRole::Operator))
                    .ok());
        QTRY_VERIFY(!changes.isEmpty());
        if (fx.isPostgres()) // SQLite's feed only knows that something changed
            QCOMPARE(changes.constFirst().at(0).value<StoreChange>().what, QStringLiteral("sla"));
    }

    void findsTheSlowTransactions_data() { CT_ENGINE_ROWS(); }
    void findsTheSlowTransactions()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        auto written = store->ingest(handWritten());
        QVERIFY2(written.ok(), qPrintable(written.error().text));
        QCOMPARE(written->eventsInserted, qint64(2 * transactions().size()));
        const Timestamp from = Timestamp::fromMicros(kWindow);
        const Timestamp until = from.plusSeconds(3600);

        auto all = store->slaBreaches(erpPosting(), kThreshold, from, until, 100);
        QVERIFY2(all.ok(), qPrintable(all.error().text));
        const QStringList slowest{QStringLiteral("ORD-SLOW-300 60000000 300.000000"),
                                  QStringLiteral("ORD-SLOW-120 520000000 120.000000"),
                                  QStringLiteral("ORD-SLOW-90 390000000 90.000000"),
                                  QStringLiteral("ORD-JUST-OVER 260000001 60.000001")};
        QCOMPARE(describe(all.value()), slowest);
        QCOMPARE(all->at(3).seconds, 60.000001);

        auto two = store->slaBreaches(erpPosting(), kThreshold, from, until, 2);
        QVERIFY2(two.ok(), qPrintable(two.error().text));
        QCOMPARE(describe(two.value()), slowest.mid(0, 2));

        // The threshold, the window and the flow decide.
        QCOMPARE(describe(store->slaBreaches(erpPosting(), 100, from, until, 100).value()),
                 slowest.mid(0, 2));
        QCOMPARE(store->slaBreaches(erpPosting(), 59.9999995, from, until, 100)->size(),
                 5); // the one on 60 s too
        QCOMPARE(store->slaBreaches(erpPosting(), kThreshold, from, until.plusMicros(1), 100)->size(),
                 5); // ORD-AT-END
        QCOMPARE(store->slaBreaches(erpPosting(), kThreshold, from.plusSeconds(-3600), from, 100)->size(),
                 1); // ORD-BEFORE
        StagePair bopis = erpPosting();
        bopis.flow = QStringLiteral("bopis");
        QCOMPARE(describe(store->slaBreaches(bopis, kThreshold, from, until, 100).value()),
                 QStringList{QStringLiteral("BOPIS-SLOW 700000000 690.000000")});
        QVERIFY(store->slaBreaches(erpPosting(), kThreshold, from, until, 0)->isEmpty());
        QVERIFY(store->slaBreaches(erpPosting(), kThreshold, until, from, 100)->isEmpty());
        QVERIFY(store->slaBreaches(erpPosting(), std::nan(""), from, until, 100)->isEmpty());
        QVERIFY(store->slaBreaches(erpPosting(), 1e300, from, until, 100)->isEmpty());
        // Text that looks like SQL is only ever a value.
        StagePair strange = erpPosting();
        strange.flow = QStringLiteral("x' OR '1'='1");
        QVERIFY(store->slaBreaches(strange, kThreshold, from, until, 100)->isEmpty());
    }

    void countsAPairPerMinute_data() { CT_ENGINE_ROWS(); }
    void countsAPairPerMinute()
    {
        CT_FIXTURE(fx);
        QString error;
        const QList<StagePair> pairs = stagePairs(FlowLibrary::builtIn(&error));
        QVERIFY2(std::any_of(pairs.cbegin(), pairs.cend(),
                             [](const StagePair& p) {
                                 return p.flow == erpPosting().flow &&
                                        p.fromStage == erpPosting().fromStage &&
                                        p.toStage == erpPosting().toStage;
                             }),
                 "allocate -> erp-post is a stage pair of the order-to-cash template");
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(handWritten()).ok());

        const std::map<qint64, qint64> expected = expectedMinutes();
        qint64 total = 0;
        for (const auto& [minute, n] : expected)
            total += n;
        QCOMPARE(total, 9); // the ok `to` events of order-to-cash
        const auto countsFrom = [&](Timestamp since) {
            std::map<qint64, qint64> counted;
            const auto rows = store->pairCounts(erpPosting(), since);
            qint64 previous = std::numeric_limits<qint64>::min();
            for (const MinuteCount& m : rows.value()) {
                if (m.minute <= previous)
                    counted[0] = -1; // out of order
                previous = m.minute;
                counted[m.minute] = m.count;
            }
            return counted;
        };
        QCOMPARE(countsFrom(Timestamp()), expected);
        QCOMPARE(
            store->pairCountBefore(erpPosting(), Timestamp::fromMicros(kWindow - 3600 * kSecond)).value(), 0);
        QCOMPARE(
            store->pairCountBefore(erpPosting(), Timestamp::fromMicros(kWindow + 7200 * kSecond)).value(),
            total);

        // From a time inside a minute: that whole minute counts from then on, and before it the rest.
        for (qint64 at : {qint64(0), 180 * kSecond, 200 * kSecond, 391 * kSecond, 3600 * kSecond}) {
            const Timestamp since = Timestamp::fromMicros(kWindow + at);
            std::map<qint64, qint64> later;
            qint64 before = 0;
            for (const auto& [minute, n] : expected) {
                if (minute >= since.micros() / kMinute)
                    later[minute] = n;
                else
                    before += n;
            }
            QCOMPARE(countsFrom(since), later);
            QCOMPARE(store->pairCountBefore(erpPosting(), since).value(), before);
        }
        StagePair other = erpPosting();
        other.flow = QStringLiteral("bopis");
        QCOMPARE(store->pairCounts(other, Timestamp())->size(), 1);
        QCOMPARE(store->pairCountBefore(other, Timestamp::fromMicros(kWindow + 7200 * kSecond)).value(), 1);
        other.flow = QStringLiteral("no-such-flow");
        QVERIFY(store->pairCounts(other, Timestamp())->isEmpty());
        QCOMPARE(store->pairCountBefore(other, Timestamp::fromMicros(kWindow)).value(), 0);
    }

    // Migration 16 adds the SLAs to a store of schema 15 and its events: both work from then on.
    void upgradesAVersion15Store_data() { CT_ENGINE_ROWS(); }
    void upgradesAVersion15Store()
    {
        CT_FIXTURE(fx);
        {
            auto store = test::openToWrite(fx.url());
            QVERIFY(store);
            QVERIFY(store->ingest(handWritten()).ok());
        }
        QCOMPARE(test::rewindSchema(fx.url(), 15), QString());
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        QCOMPARE(store->info()->schemaVersion, latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 16);
        const AuditEntry migrated = store->auditTrail()->constLast();
        QCOMPARE(migrated.action, QStringLiteral("schema.migrated"));
        QCOMPARE(migrated.after, QString::number(latestSchemaVersion()));
        QVERIFY(store->storedSlas()->isEmpty());
        const SlaDefinition posting =
            sla(QStringLiteral("erp-posting"), QStringLiteral("ERP posting"), kThreshold);
        auto kept = store->saveSla(posting, editBy(ActorRole::Operator));
        QVERIFY2(kept.ok(), qPrintable(kept.error().text));
        QCOMPARE(describe(store->storedSlas().value()), describe({posting}));
        const Timestamp from = Timestamp::fromMicros(kWindow);
        QCOMPARE(store->slaBreaches(erpPosting(), kThreshold, from, from.plusSeconds(3600), 100)->size(), 4);
        QCOMPARE(store->pairCountBefore(erpPosting(), from.plusSeconds(7200)).value(), 9);
    }
};

QTEST_GUILESS_MAIN(TestSlaStore)
#include "tst_slastore.moc"
