// Actions on many failed messages from a page, through the store's writer: a query's every match, a
// transaction at a time; stale versions counted as conflicts, refusals as refusals; cancel between
// transactions leaving the rest as they were.
#include "demostorefixture.h"
#include "failedmessageactions.h"
#include "store/storefactory.h"
#include "storeservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace ct;

class TestFailedMessageActions : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    std::unique_ptr<StoreService> m_service;

    qint64 count(const FailedMessageQuery& q)
    {
        return openStore(m_demo.path(), OpenMode::ReadOnly).value()->countFailedMessages(q).value();
    }

    static ActionOrder order(TransitionAction action, const QString& text)
    {
        ActionOrder o;
        o.action = action;
        o.text = text;
        o.actor = QStringLiteral("ana");
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StoreServiceOptions options;
        options.openReader = [this] { return openStore(m_demo.path(), OpenMode::ReadOnly); };
        options.openWriter = [this] { return openStore(m_demo.path(), OpenMode::ReadWrite); };
        m_service = std::make_unique<StoreService>(std::move(options));
    }

    void resolvesEveryMatchInSeveralTransactions()
    {
        FailedMessageQuery q;
        q.state = FailedMessageState::Open;
        q.errorClass = QStringLiteral("business_rule");
        const qint64 n = count(q);
        QVERIFY2(n > 3, qPrintable(QString::number(n)));
        FailedMessageActions actions(m_service.get());
        actions.setPerTransaction(2);
        QSignalSpy progress(&actions, &FailedMessageActions::progress);
        QSignalSpy finished(&actions, &FailedMessageActions::finished);
        actions.runOnMatching(order(TransitionAction::Resolve, QStringLiteral("route added")), q);
        QTRY_COMPARE(finished.size(), 1);
        const auto summary = finished.at(0).at(0).value<ActionSummary>();
        QCOMPARE(summary.changed, n);
        QCOMPARE(summary.total(), n);
        QVERIFY(!summary.cancelled);
        QVERIFY(progress.size() >= int(n / 2));
        QCOMPARE(count(q), 0);
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        const auto trail = store.value()->auditTrail();
        qint64 audited = 0;
        for (const AuditEntry& entry : trail.value()) {
            for (const AuditEntry& e : entry.perTarget())
                audited += e.action == QLatin1String("dlq.resolve") && e.actor == QLatin1String("ana") ? 1 : 0;
        }
        QCOMPARE(audited, n);
    }

    // A version that moved since the page read it is a conflict; a resolved message cannot be discarded.
    void countsConflictsAndRefusals()
    {
        FailedMessageQuery q;
        q.state = FailedMessageState::Open;
        q.limit = 3;
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        const auto rows = store.value()->failedMessages(q);
        QVERIFY(rows && rows->size() == 3);
        QList<FailedMessageActions::Target> targets{{rows->at(0).key, rows->at(0).version},
                                                    {rows->at(1).key, rows->at(1).version - 1},  // stale
                                                    {QStringLiteral("no-such-key"), 1}};
        FailedMessageActions actions(m_service.get());
        QSignalSpy finished(&actions, &FailedMessageActions::finished);
        actions.run(order(TransitionAction::Discard, QStringLiteral("test orders")), targets);
        QTRY_COMPARE(finished.size(), 1);
        auto summary = finished.at(0).at(0).value<ActionSummary>();
        QCOMPARE(summary.changed, 1);
        QCOMPARE(summary.conflicts, 1);
        QCOMPARE(summary.missing, 1);
        QVERIFY(!summary.firstProblem.isEmpty());
        actions.run(order(TransitionAction::Discard, QStringLiteral("again")), {{rows->at(0).key, rows->at(0).version + 1}});
        QTRY_COMPARE(finished.size(), 2);
        summary = finished.at(1).at(0).value<ActionSummary>();
        QCOMPARE(summary.refused, 1);
    }

    // Cancelled after the first transaction: what it did stays, the rest are untouched and counted out.
    void cancelStopsBetweenTransactions()
    {
        FailedMessageQuery q;
        q.state = FailedMessageState::Open;
        const qint64 before = count(q);
        QVERIFY(before > 10);
        FailedMessageActions actions(m_service.get());
        actions.setPerTransaction(5);
        QSignalSpy finished(&actions, &FailedMessageActions::finished);
        connect(&actions, &FailedMessageActions::progress, &actions, &FailedMessageActions::cancel);
        ActionOrder snooze = order(TransitionAction::Snooze, QStringLiteral("carrier back tomorrow"));
        snooze.until = Timestamp::now().plusSeconds(3600);
        actions.runOnMatching(snooze, q);
        QTRY_COMPARE(finished.size(), 1);
        const auto summary = finished.at(0).at(0).value<ActionSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.changed, 5);
        q.snoozed = false;
        q.snoozeAt = Timestamp::now();
        QCOMPARE(count(q), before - 5);
    }
};

QTEST_GUILESS_MAIN(TestFailedMessageActions)
#include "tst_failedmessageactions.moc"
