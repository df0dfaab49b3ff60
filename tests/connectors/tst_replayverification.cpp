// Replays moved on by the lineage (ARCHITECTURE.md §3, §7) on a real store: verified with the event
// as evidence, unconfirmed after the timeout, late evidence, and replays whose confirm never came
// settled as sent or not sent, while a replay still running is left alone.
#include "replayverification.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

const Timestamp kNow = Timestamp::fromSeconds(1'796'000'000);

FailedMessage failed(const QString& name, FailedMessageState state, qint64 secondsInState)
{
    FailedMessage m;
    m.key = QStringLiteral("01900000-0000-7000-8000-0000000000") + name;
    m.messageId = QStringLiteral("msg-") + name;
    m.correlationId = QStringLiteral("ORD-") + name;
    m.flow = QStringLiteral("order-to-cash");
    m.stage = QStringLiteral("erp-post");
    m.queue = QStringLiteral("erp.sales-orders.dlq");
    m.dedupKey = m.key;
    m.firstDeathAt = m.lastDeathAt = kNow.plusSeconds(-3600);
    m.state = state;
    m.stateSince = kNow.plusSeconds(double(-secondsInState));
    return m;
}

Event posted(const QString& name, qint64 secondsAgo, EventStatus status = EventStatus::Ok)
{
    Event e;
    e.id = QStringLiteral("evt-post-") + name + QString::number(secondsAgo);
    e.source = QStringLiteral("erp");
    e.correlationId = QStringLiteral("ORD-") + name;
    e.flow = QStringLiteral("order-to-cash");
    e.stage = QStringLiteral("erp-post");
    e.type = QStringLiteral("erp.sales_order.posted");
    e.status = status;
    e.occurredAt = e.recordedAt = kNow.plusSeconds(double(-secondsAgo));
    return e;
}

} // namespace

class TestReplayVerification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void movesReplaysOnByTheLineage()
    {
        QTemporaryDir dir;
        auto opened = openStore(dir.filePath(QStringLiteral("v.db")), OpenMode::ReadWrite);
        QVERIFY(opened);
        TelemetryStore& store = *opened.value();
        IngestBatch batch;
        batch.failedMessages << failed(QStringLiteral("01"), FailedMessageState::Replayed, 30)       // evidence
                             << failed(QStringLiteral("02"), FailedMessageState::Replayed, 1200)     // none, too long
                             << failed(QStringLiteral("03"), FailedMessageState::Replayed, 60)       // none yet
                             << failed(QStringLiteral("04"), FailedMessageState::Unconfirmed, 7200)  // late evidence
                             << failed(QStringLiteral("05"), FailedMessageState::Replaying, 600)     // arrived
                             << failed(QStringLiteral("06"), FailedMessageState::Replaying, 600)     // did not
                             << failed(QStringLiteral("07"), FailedMessageState::Replaying, 5);      // still running
        batch.events << posted(QStringLiteral("01"), 10) << posted(QStringLiteral("04"), 5) << posted(QStringLiteral("05"), 300)
                     << posted(QStringLiteral("02"), 7000)  // before it failed: not evidence
                     << posted(QStringLiteral("03"), 20, EventStatus::Failed);
        QVERIFY(store.ingest(batch).ok());

        VerificationOptions options;
        options.actor = QStringLiteral("ana");
        auto report = verifyReplays(store, store, kNow, options);
        QVERIFY2(report, qPrintable(report.error().text));
        QCOMPARE(report->verified, 2);
        QCOMPARE(report->unconfirmed, 1);
        QCOMPARE(report->waiting, 1);
        QCOMPARE(report->settledSent, 1);
        QCOMPARE(report->settledNotSent, 1);
        QVERIFY(report->notChanged.isEmpty());

        auto rows = store.failedMessagesByKey({failed(QStringLiteral("01"), {}, 0).key, failed(QStringLiteral("02"), {}, 0).key,
                                               failed(QStringLiteral("03"), {}, 0).key, failed(QStringLiteral("04"), {}, 0).key,
                                               failed(QStringLiteral("05"), {}, 0).key, failed(QStringLiteral("06"), {}, 0).key,
                                               failed(QStringLiteral("07"), {}, 0).key});
        QVERIFY(rows);
        const QList<FailedMessageState> expected{FailedMessageState::Verified,  FailedMessageState::Unconfirmed,
                                                 FailedMessageState::Replayed,  FailedMessageState::Verified,
                                                 FailedMessageState::Verified,  FailedMessageState::Open,
                                                 FailedMessageState::Replaying};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(failedMessageStateName(rows->at(i).state), failedMessageStateName(expected.at(i)));
        const auto trail = store.auditTrail();
        bool evidenceNamed = false;
        for (const AuditEntry& a : trail.value())
            evidenceNamed = evidenceNamed || (a.action == QLatin1String("dlq.downstream_seen") && a.detail.contains(QLatin1String("evt-post-0110")));
        QVERIFY(evidenceNamed);

        // Run again: nothing left to decide but the one still waiting and the one still running.
        auto again = verifyReplays(store, store, kNow, options);
        QCOMPARE(again->verified + again->unconfirmed + again->settledSent + again->settledNotSent, 0);
        QCOMPARE(again->waiting, 1);
    }
};

QTEST_GUILESS_MAIN(TestReplayVerification)
#include "tst_replayverification.moc"
