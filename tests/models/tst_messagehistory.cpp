// A failed message's history: the broker's deaths and the audit trail's entries about it, oldest first.
#include "messagehistory.h"

#include <QTest>

using namespace ct;

class TestMessageHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mergesDeathsAndActionsInTimeOrder()
    {
        FailedMessage m;
        m.key = QStringLiteral("k1");
        m.queue = QStringLiteral("erp.postings.parking-lot");
        m.headers = QByteArrayLiteral(
            "{\"x-death\":[{\"queue\":\"erp.postings.retry\",\"reason\":\"expired\",\"count\":3,\"time\":1790000200,"
            "\"exchange\":\"erp.retry\",\"routing-keys\":[\"erp.postings\"]},"
            "{\"queue\":\"erp.postings\",\"reason\":\"rejected\",\"count\":4,\"time\":1790000100,"
            "\"exchange\":\"erp.events\",\"routing-keys\":[\"sales.posted\"]}]}");
        AuditEntry start;
        start.at = Timestamp::fromSeconds(1'790'000'300);
        start.actor = QStringLiteral("ana");
        start.role = QStringLiteral("operator");
        start.action = QStringLiteral("dlq.start_replay");
        start.before = QStringLiteral("open");
        start.after = QStringLiteral("replaying");
        start.result = QStringLiteral("ok");
        AuditEntry ack = start;
        ack.at = Timestamp::fromSeconds(1'790'000'301);
        ack.action = QStringLiteral("dlq.broker_ack");
        ack.before = QStringLiteral("replaying");
        ack.after = QStringLiteral("replayed");
        AuditEntry unmask = start;
        unmask.at = Timestamp::fromSeconds(1'790'000'150);
        unmask.action = QStringLiteral("payload.unmasked");
        unmask.before = unmask.after = QString();
        const QList<HistoryItem> h = messageHistory(m, {start, ack, unmask});
        QCOMPARE(h.size(), 5);
        QCOMPARE(h.at(0).what, QStringLiteral("died in erp.postings (rejected, ×4)"));
        QCOMPARE(h.at(1).what, QStringLiteral("payload.unmasked"));
        QCOMPARE(h.at(2).what, QStringLiteral("died in erp.postings.retry (expired, ×3)"));
        QCOMPARE(h.at(3).what, QStringLiteral("dlq.start_replay: open → replaying"));
        QCOMPARE(h.at(3).who, QStringLiteral("ana (operator)"));
        QCOMPARE(h.at(4).result, QStringLiteral("ok"));
        QVERIFY(h.at(0).who.isEmpty());
        QCOMPARE(h.at(0).detail, QStringLiteral("from erp.events → sales.posted"));
    }

    void withoutAnXDeathRecordTheStoredDeathStands()
    {
        FailedMessage m;
        m.queue = QStringLiteral("orders.dlq");
        m.deathReason = QStringLiteral("rejected");
        m.deathCount = 1;
        m.lastDeathAt = Timestamp::fromSeconds(1'790'000'000);
        m.headers = QByteArrayLiteral("not json");
        const QList<HistoryItem> h = messageHistory(m, {});
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).at, m.lastDeathAt);
        QCOMPARE(h.at(0).what, QStringLiteral("died in orders.dlq (rejected, ×1)"));
    }
};

QTEST_GUILESS_MAIN(TestMessageHistory)
#include "tst_messagehistory.moc"
