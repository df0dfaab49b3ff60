// The Exceptions page's reads on both engines: the filter bar's free text over reason, headers and
// payload, time ranges, the group counts (queue, error class, source, age, failure signature), the
// positions of a long list in keyset pages, and migration 9 giving older rows their signatures.
#include "failuresignature.h"
#include "store/storefactory.h"
#include "storefixture.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <functional>

using namespace ct;

namespace {

const Timestamp kNow = Timestamp::fromSeconds(1'796'000'000);

// Message i: accounts blocked (i even) or a routing failure, at i hours before kNow; payload and
// headers carry text to search.
FailedMessage failed(int i)
{
    FailedMessage m;
    m.messageId = QStringLiteral("msg-%1").arg(i);
    m.correlationId = QStringLiteral("ORD-%1").arg(i);
    m.source = i % 3 == 0 ? QStringLiteral("erp") : QStringLiteral("oms");
    m.queue = i % 2 == 0 ? QStringLiteral("erp.postings.dlq") : QStringLiteral("orders.dlq");
    m.errorClass = i % 2 == 0 ? QStringLiteral("business_rule") : QStringLiteral("routing");
    m.errorText = i % 2 == 0 ? QStringLiteral("Account %1 is blocked for posting").arg(140000 + i)
                             : QStringLiteral("NO_ROUTE: exchange 'oms.events' has no binding for 'order.%1'").arg(i);
    m.firstDeathAt = m.lastDeathAt = kNow.plusSeconds(-3600.0 * i - 60);
    m.headers = QStringLiteral("{\"x-tenant\":\"tenant-%1\"}").arg(i % 2 == 0 ? QStringLiteral("north") : QStringLiteral("south_50%")).toUtf8();
    m.contentType = QStringLiteral("application/json");
    m.payload = QStringLiteral("{\"order\":\"ORD-%1\",\"warehouse\":\"DC-%2\"}").arg(i).arg(i % 4 == 0 ? 7 : 9).toUtf8();
    return m;
}

std::unique_ptr<TelemetryStore> openWithTwenty(const QString& url)
{
    auto store = test::openToWrite(url);
    if (!store)
        return nullptr;
    IngestBatch batch;
    for (int i = 0; i < 20; ++i)
        batch.failedMessages << failed(i);
    if (!store->ingest(batch))
        return nullptr;
    return store;
}

// What an operator asks of a message at `version`.
TransitionRequest operatorAsks(TransitionAction action, qint64 version, const QString& text,
                               Timestamp until = {})
{
    TransitionRequest r;
    r.action = action;
    r.expectedVersion = version;
    r.role = ActorRole::Operator;
    r.actor = QStringLiteral("ana");
    r.text = text;
    r.until = until;
    return r;
}

// Every position `q` lists, read in keyset pages of `pageSize` (at most 50 pages).
Expected<QList<FailedMessageRef>> everyRef(TelemetryStore& store, FailedMessageQuery q, int pageSize)
{
    QList<FailedMessageRef> refs;
    q.limit = pageSize;
    for (int guard = 0; guard < 50; ++guard) {
        const auto page = store.failedMessageRefs(q);
        if (!page)
            return page.error();
        refs += page.value();
        if (page->size() < q.limit)
            break;
        q.afterDeathAt = page->constLast().lastDeathAt;
        q.afterKey = page->constLast().key;
    }
    return refs;
}

QMap<QString, qint64> groupsOf(TelemetryStore& store, const FailedMessageQuery& q, FailureGrouping by)
{
    QMap<QString, qint64> out;
    const auto groups = store.failedMessageGroups(q, by, kNow);
    if (!groups) {
        qWarning("%s", qPrintable(groups.error().text));
        return out;
    }
    for (const FailureGroup& g : groups.value())
        out.insert(g.value, g.count);
    return out;
}

} // namespace

class TestFailedMessageLists : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void searchesReasonHeadersAndPayload_data() { CT_ENGINE_ROWS(); }
    void searchesReasonHeadersAndPayload()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        const auto count = [&](const QString& text) {
            FailedMessageQuery q;
            q.text = text;
            return store->countFailedMessages(q).value();
        };
        QCOMPARE(count(QStringLiteral("ORD-3")), 1);          // the correlation id, exactly
        QCOMPARE(count(QStringLiteral("blocked for")), 10);   // the reason
        QCOMPARE(count(QStringLiteral("BLOCKED FOR")), 10);   // the reason, whatever the case
        QCOMPARE(count(QStringLiteral("tenant-north")), 10);  // the headers
        QCOMPARE(count(QStringLiteral("DC-7")), 5);           // the payload
        QCOMPARE(count(QStringLiteral("south_50%")), 10);     // LIKE's wildcards taken literally
        QCOMPARE(count(QStringLiteral("south%")), 0);
        QCOMPARE(count(QStringLiteral("north_")), 0);
        QCOMPARE(count(QStringLiteral("' OR 1=1 --")), 0);    // bound, never pasted
    }

    void boundsByTimeAndKeys_data() { CT_ENGINE_ROWS(); }
    void boundsByTimeAndKeys()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        FailedMessageQuery q;
        q.failedSince = kNow.plusSeconds(-3600 * 5);  // messages 0..4
        QCOMPARE(store->countFailedMessages(q).value(), 5);
        q.failedBefore = kNow.plusSeconds(-3600 * 2);  // messages 2..4
        QCOMPARE(store->countFailedMessages(q).value(), 3);
        FailedMessageQuery byKeys;
        const auto all = store->failedMessages({});
        QVERIFY(all);
        byKeys.keys = {all->at(3).key, all->at(11).key};
        byKeys.withBodies = false;
        const auto two = store->failedMessages(byKeys);
        QVERIFY2(two, qPrintable(two.error().text));
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).key, all->at(3).key);
        QVERIFY(two->at(0).payload.isEmpty() && two->at(0).headers.isEmpty());  // a list row has no bodies
        QCOMPARE(two->at(0).errorText, all->at(3).errorText);
    }

    // The positions of a list, a keyset page at a time, are the list's rows in its order.
    void listsPositionsInPages_data() { CT_ENGINE_ROWS(); }
    void listsPositionsInPages()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        FailedMessageQuery q;
        q.errorClass = QStringLiteral("routing");
        const auto rows = store->failedMessages(q);
        QVERIFY(rows);
        const auto paged = everyRef(*store, q, 3);
        QVERIFY2(paged, qPrintable(paged.error().text));
        const QList<FailedMessageRef>& refs = paged.value();
        QCOMPARE(refs.size(), rows->size());
        for (int i = 0; i < refs.size(); ++i) {
            QCOMPARE(refs.at(i).key, rows->at(i).key);
            QCOMPARE(refs.at(i).lastDeathAt, rows->at(i).lastDeathAt);
        }
    }

    void countsGroups_data() { CT_ENGINE_ROWS(); }
    void countsGroups()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        const FailedMessageQuery all;
        QCOMPARE(groupsOf(*store, all, FailureGrouping::Queue),
                 (QMap<QString, qint64>{{QStringLiteral("erp.postings.dlq"), 10}, {QStringLiteral("orders.dlq"), 10}}));
        QCOMPARE(groupsOf(*store, all, FailureGrouping::ErrorClass).value(QStringLiteral("routing")), 10);
        QCOMPARE(groupsOf(*store, all, FailureGrouping::Source),
                 (QMap<QString, qint64>{{QStringLiteral("erp"), 7}, {QStringLiteral("oms"), 13}}));
        // Ages: 0 h -> < 1 h; 1-3 h -> 1-4 h; 4-19 h -> 4-24 h.
        QCOMPARE(groupsOf(*store, all, FailureGrouping::Age),
                 (QMap<QString, qint64>{{QStringLiteral("0"), 1}, {QStringLiteral("1"), 3}, {QStringLiteral("2"), 16}}));
        // Ten blocked accounts are one signature; the routing failures differ only by their quoted values.
        const auto signatures = groupsOf(*store, all, FailureGrouping::Signature);
        QCOMPARE(signatures.size(), 2);
        QCOMPARE(signatures.value(QStringLiteral("Account # is blocked for posting")), 10);
        QCOMPARE(signatures.value(QStringLiteral("NO_ROUTE: exchange '…' has no binding for '…'")), 10);
        // Counts follow the filters, and a group's own query finds exactly its messages.
        FailedMessageQuery erp;
        erp.source = QStringLiteral("erp");
        QCOMPARE(groupsOf(*store, erp, FailureGrouping::Queue).value(QStringLiteral("erp.postings.dlq")), 4);
        for (const auto& [bucket, n] : groupsOf(*store, all, FailureGrouping::Age).asKeyValueRange()) {
            const FailedMessageQuery group = narrowedToGroup(all, FailureGrouping::Age, bucket, kNow);
            QCOMPARE(store->countFailedMessages(group).value(), n);
        }
        const FailedMessageQuery blocked = narrowedToGroup(all, FailureGrouping::Signature,
                                                           QStringLiteral("Account # is blocked for posting"), kNow);
        QCOMPARE(store->countFailedMessages(blocked).value(), 10);
    }

    // A list for one state leads with the positions; every other (all states, one signature, the free
    // text) with the records. Both give the messages as they stand now, in the same order, pages and
    // counts agreeing, after some have changed state.
    void listsLedByRecordOrPositionAgree_data() { CT_ENGINE_ROWS(); }
    void listsLedByRecordOrPositionAgree()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        const auto before = store->failedMessages({});
        QVERIFY(before);
        QCOMPARE(before->size(), 20);
        for (int i = 0; i < 20; i += 3) {  // seven resolved, every third from the newest
            const TransitionRequest r = operatorAsks(TransitionAction::Resolve, before->at(i).version,
                                                     QStringLiteral("posted by hand"));
            QVERIFY(store->transitionFailedMessage(before->at(i).key, r));
        }
        const auto all = store->failedMessages({});
        QVERIFY(all);
        const QString blocked = QStringLiteral("Account # is blocked for posting");
        const auto expected = [&all](auto keep) {
            QStringList keys;
            for (const FailedMessage& m : all.value())
                if (keep(m))
                    keys << m.key;
            return keys;
        };
        const auto keysOf = [](const QList<FailedMessage>& rows) {
            QStringList keys;
            for (const FailedMessage& m : rows)
                keys << m.key;
            return keys;
        };
        QStringList resolved = expected([](const FailedMessage& m) { return m.state == FailedMessageState::Resolved; });
        QCOMPARE(resolved.size(), 7);
        QCOMPARE(resolved.constFirst(), before->constFirst().key);

        struct Case {
            const char* name;
            FailedMessageQuery query;
            std::function<bool(const FailedMessage&)> keep;
        };
        FailedMessageQuery open, openBlocked, blockedAny, resolvedText, anyText;
        open.state = FailedMessageState::Open;
        openBlocked.state = FailedMessageState::Open;
        openBlocked.signature = blocked;
        blockedAny.signature = blocked;
        resolvedText.state = FailedMessageState::Resolved;
        resolvedText.text = QStringLiteral("DC-7");
        anyText.text = QStringLiteral("DC-7");
        const auto isOpen = [](const FailedMessage& m) { return m.state == FailedMessageState::Open; };
        const auto isBlocked = [](const FailedMessage& m) { return m.errorClass == QLatin1String("business_rule"); };
        const auto inDc7 = [](const FailedMessage& m) { return m.payload.contains("DC-7"); };
        const QList<Case> cases{
            {"one state", open, isOpen},
            {"one state, one signature", openBlocked, [&](const FailedMessage& m) { return isOpen(m) && isBlocked(m); }},
            {"one signature", blockedAny, isBlocked},
            {"one state, free text", resolvedText,
             [&](const FailedMessage& m) { return m.state == FailedMessageState::Resolved && inDc7(m); }},
            {"free text", anyText, inDc7},
        };
        for (const Case& c : cases) {
            const QStringList want = expected(c.keep);
            QVERIFY2(!want.isEmpty(), c.name);
            const auto rows = store->failedMessages(c.query);
            QVERIFY2(rows, qPrintable(rows.error().text));
            QVERIFY2(keysOf(rows.value()) == want, c.name);
            for (const FailedMessage& m : rows.value())  // the standing of now, not of the ingest
                QVERIFY2(m.state == (resolved.contains(m.key) ? FailedMessageState::Resolved : FailedMessageState::Open),
                         c.name);
            QVERIFY2(store->countFailedMessages(c.query).value() == want.size(), c.name);
            const auto paged = everyRef(*store, c.query, 2);
            QVERIFY2(paged, qPrintable(paged.error().text));
            QStringList refs;
            for (const FailedMessageRef& ref : paged.value())
                refs << ref.key;
            QVERIFY2(refs == want, c.name);
            qint64 grouped = 0;
            for (const auto& [queue, n] : groupsOf(*store, c.query, FailureGrouping::Queue).asKeyValueRange())
                grouped += n;
            QVERIFY2(grouped == want.size(), c.name);
        }
    }

    // The groups by queue and error class of a query on state, class and queue alone come from the
    // rollup; they agree with a read of every row, the snoozed left out while they sleep.
    void groupsFromTheRollupAgreeWithEveryRow_data() { CT_ENGINE_ROWS(); }
    void groupsFromTheRollupAgreeWithEveryRow()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        const auto all = store->failedMessages({});
        QVERIFY(all);
        const auto move = [&](int i, TransitionAction action, Timestamp until = {}) {
            const TransitionRequest r =
                operatorAsks(action, all->at(i).version, QStringLiteral("done by hand"), until);
            return bool(store->transitionFailedMessage(all->at(i).key, r));
        };
        // Newest first: rows 0 and 2 are erp.postings.dlq (business_rule), row 1 orders.dlq (routing).
        QCOMPARE(all->at(0).queue, QStringLiteral("erp.postings.dlq"));
        QCOMPARE(all->at(1).queue, QStringLiteral("orders.dlq"));
        QVERIFY(move(0, TransitionAction::Resolve));
        QVERIFY(move(2, TransitionAction::Resolve));
        QVERIFY(move(1, TransitionAction::Snooze, kNow.plusSeconds(3600)));
        FailedMessageQuery open;
        open.state = FailedMessageState::Open;
        FailedMessageQuery awake = open;
        awake.snoozed = false;
        awake.snoozeAt = kNow;
        FailedMessageQuery resolved;
        resolved.state = FailedMessageState::Resolved;
        FailedMessageQuery routing = awake;
        routing.errorClass = QStringLiteral("routing");
        const QString erp = QStringLiteral("erp.postings.dlq"), orders = QStringLiteral("orders.dlq");
        QCOMPARE(groupsOf(*store, open, FailureGrouping::Queue), (QMap<QString, qint64>{{erp, 8}, {orders, 10}}));
        QCOMPARE(groupsOf(*store, awake, FailureGrouping::Queue), (QMap<QString, qint64>{{erp, 8}, {orders, 9}}));
        QCOMPARE(groupsOf(*store, resolved, FailureGrouping::ErrorClass),
                 (QMap<QString, qint64>{{QStringLiteral("business_rule"), 2}}));
        QCOMPARE(groupsOf(*store, routing, FailureGrouping::Queue), (QMap<QString, qint64>{{orders, 9}}));
        // The same through a read of every row (a time bound every message meets is not in the rollup).
        for (FailedMessageQuery q : {FailedMessageQuery{}, open, awake, resolved, routing}) {
            for (FailureGrouping by : {FailureGrouping::Queue, FailureGrouping::ErrorClass}) {
                const QMap<QString, qint64> fromRollup = groupsOf(*store, q, by);
                q.failedSince = kNow.plusSeconds(-3600.0 * 1000);
                QCOMPARE(groupsOf(*store, q, by), fromRollup);
                q.failedSince = {};
            }
        }
    }

    // Failed messages per queue by the minute they first died (a dead-letter spike's figures): the
    // snoozed ones left out while they sleep.
    void failedArrivalsLeaveOutTheSnoozed_data() { CT_ENGINE_ROWS(); }
    void failedArrivalsLeaveOutTheSnoozed()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        const auto perQueue = [&store] {
            QMap<QString, qint64> n;
            const auto rows = store->failedArrivals(Timestamp::fromMicros(0));
            for (const QueueMinuteCount& r : rows.value())
                n[r.queue] += r.count;
            return n;
        };
        const QMap<QString, qint64> before = perQueue();
        QCOMPARE(before, (QMap<QString, qint64>{{QStringLiteral("erp.postings.dlq"), 10}, {QStringLiteral("orders.dlq"), 10}}));
        const auto all = store->failedMessages({});
        QVERIFY(all);
        const FailedMessage& m = all->at(4);
        const auto rows = store->failedArrivals(m.firstDeathAt);
        QVERIFY(rows);
        for (const QueueMinuteCount& r : rows.value())
            QVERIFY(r.minute >= m.firstDeathAt.micros() / 60'000'000);
        const TransitionRequest snooze = operatorAsks(TransitionAction::Snooze, m.version,
                                                      QStringLiteral("known: the ERP's maintenance"),
                                                      Timestamp::now().plusSeconds(3600));
        QVERIFY(store->transitionFailedMessage(m.key, snooze));
        QMap<QString, qint64> after = before;
        after[m.queue] -= 1;
        QCOMPARE(perQueue(), after);
    }

    // A snoozed message is out of the awake list until its time, and back in it once woken.
    void snoozesOutOfTheOpenList_data() { CT_ENGINE_ROWS(); }
    void snoozesOutOfTheOpenList()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        const auto all = store->failedMessages({});
        QVERIFY(all);
        const FailedMessage& m = all->at(4);
        const QString why = QStringLiteral("ERP maintenance until 06:00");
        TransitionRequest r = operatorAsks(TransitionAction::Snooze, m.version, why, kNow.plusSeconds(3600));
        const auto slept = store->transitionFailedMessage(m.key, r);
        QVERIFY2(slept, qPrintable(slept.error().text));
        QCOMPARE(slept->snoozedUntil, r.until);
        QCOMPARE(store->failedMessagesByKey({m.key})->constFirst().snoozedUntil, r.until);
        FailedMessageQuery awake;
        awake.state = FailedMessageState::Open;
        awake.snoozed = false;
        awake.snoozeAt = kNow;
        QCOMPARE(store->countFailedMessages(awake).value(), 19);
        FailedMessageQuery asleep = awake;
        asleep.snoozed = true;
        QCOMPARE(store->failedMessages(asleep)->constFirst().key, m.key);
        awake.snoozeAt = kNow.plusSeconds(7200);  // its time has come
        QCOMPARE(store->countFailedMessages(awake).value(), 20);
        const AuditEntry audit = store->auditTrail()->constLast();
        QCOMPARE(audit.action, QStringLiteral("dlq.snooze"));
        QVERIFY(audit.detail.contains(QStringLiteral("ERP maintenance")));
        // The message's own history: that entry, and only entries about it.
        const auto history = store->auditEntriesFor(m.key);
        QVERIFY2(history, qPrintable(history.error().text));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().hash, audit.hash);
        QVERIFY(store->auditEntriesFor(all->at(5).key)->isEmpty());
        // Woken before its time.
        r.expectedVersion = slept->version;
        r.until = {};
        QVERIFY(store->transitionFailedMessage(m.key, r));
        awake.snoozeAt = kNow;
        QCOMPARE(store->countFailedMessages(awake).value(), 20);

        // The open counts of the pages (from the rollups) leave out what sleeps now, until it wakes.
        const auto openCount = [&store] {
            qint64 n = 0;
            const QList<FailedMessageCountRow> rows = store->failedMessageCounts().value();
            for (const FailedMessageCountRow& row : rows)
                n += row.state == QLatin1String("open") ? row.count : 0;
            return n;
        };
        QCOMPARE(openCount(), 20);
        r.expectedVersion = store->failedMessagesByKey({m.key})->constFirst().version;
        r.until = Timestamp::now().plusSeconds(3600);
        QVERIFY(store->transitionFailedMessage(m.key, r));
        QCOMPARE(openCount(), 19);
        r.expectedVersion += 1;
        r.until = {};
        QVERIFY(store->transitionFailedMessage(m.key, r));
        QCOMPARE(openCount(), 20);
    }

    // A replay job and its selection, kept in order; the newest unfinished one found to resume; what
    // of its selection is left to replay.
    void remembersReplayJobs_data() { CT_ENGINE_ROWS(); }
    void remembersReplayJobs()
    {
        CT_FIXTURE(fx);
        auto store = openWithTwenty(fx.url());
        QVERIFY(store);
        const auto all = store->failedMessages({});
        QStringList keys;
        for (const FailedMessage& m : all.value())
            keys.prepend(m.key);  // oldest first, as a replay goes
        QVERIFY(!store->replayJob({}).value().has_value());
        ReplayJob job;
        job.actor = QStringLiteral("ana");
        job.options = QStringLiteral("{\"route\":\"died_in\",\"rate\":200}");
        const auto older = store->createReplayJob(job, keys.mid(0, 5));
        QVERIFY2(older, qPrintable(older.error().text));
        QThread::msleep(2);
        const auto newer = store->createReplayJob(job, keys);
        QVERIFY(newer);
        QCOMPARE(newer->selected, 20);
        QCOMPARE(newer->state, QStringLiteral("running"));
        QCOMPARE(store->replayJob({}).value()->id, newer->id);
        QCOMPARE(store->replayJobKeys(newer->id).value(), keys);
        QCOMPARE(store->replayJob(older->id).value()->options, job.options);
        // Two replayed, one resolved since: seventeen left, in the selection's order.
        QList<FailedMessage> current = store->failedMessagesByKey(keys).value();
        current[0].state = FailedMessageState::Replayed;
        current[1].state = FailedMessageState::Resolved;
        current[2].state = FailedMessageState::Unconfirmed;
        const QStringList left = keysLeftToReplay(keys, current);
        QCOMPARE(left.size(), 18);
        QCOMPARE(left.constFirst(), current.at(2).key);
        QCOMPARE(store->finishReplayJob(newer->id, QStringLiteral("done"), QStringLiteral("20 of 20 sent")).isError(), false);
        QCOMPARE(store->replayJob({}).value()->id, older->id);  // the newest unfinished now
        // One that stopped on an error (the broker stayed away) can go on too; a done one cannot.
        QCOMPARE(store->finishReplayJob(older->id, QStringLiteral("failed"), QStringLiteral("2 of 5 sent")).isError(), false);
        QCOMPARE(store->replayJob({}).value()->id, older->id);
        QCOMPARE(store->finishReplayJob(older->id, QStringLiteral("done"), QStringLiteral("5 of 5 sent")).isError(), false);
        QVERIFY(!store->replayJob({}).value().has_value());
        QCOMPARE(store->finishReplayJob(QStringLiteral("no-such-job"), QStringLiteral("done"), {}).code,
                 StoreError::Code::NotFound);
    }

    // A store from before migration 9 gets the signature of every reason it holds.
    void migrationGivesOlderRowsTheirSignatures_data() { CT_ENGINE_ROWS(); }
    void migrationGivesOlderRowsTheirSignatures()
    {
        CT_FIXTURE(fx);
        QVERIFY(openWithTwenty(fx.url()));
        QCOMPARE(test::rewindSchema(fx.url(), 8), QString());  // before signatures and snoozes
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        const auto rows = store->failedMessages({});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 20);
        for (const FailedMessage& m : rows.value())
            QCOMPARE(m.failureSignature, failureSignature(m.errorText));
        QCOMPARE(groupsOf(*store, {}, FailureGrouping::Signature).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFailedMessageLists)
#include "tst_failedmessagelists.moc"
