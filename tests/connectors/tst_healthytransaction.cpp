// "A healthy one to compare with": the newest complete transaction of a flow with no failed message
// left open, found through the event reads of either engine.
#include "failedmessage.h"
#include "flowlibrary.h"
#include "healthytransaction.h"
#include "store/storefactory.h"
#include "storefixture.h"
#include "uuid.h"

#include <QTest>

using namespace ct;

namespace {

// start -> pay -> post, and an optional notify after post.
const QByteArray kTemplate = R"({
  "flow": "tiny",
  "stages": [
    {"id": "start", "system": "webshop", "type": "webshop.order.captured", "queue": "q.start"},
    {"id": "pay", "system": "payments", "type": "payments.payment.authorized", "queue": "q.pay",
     "latency_s": {"median": 2, "p95": 10}, "sla_s": 60},
    {"id": "post", "system": "erp", "type": "erp.sales_order.posted", "failed_type": "erp.sales_order.rejected",
     "queue": "q.post", "latency_s": {"median": 60, "p95": 300}, "sla_s": 600, "faults": ["business_rule"]},
    {"id": "notify", "system": "crm", "type": "crm.customer.notified", "queue": "q.notify", "after": "post",
     "latency_s": {"median": 30, "p95": 120}, "sla_s": 300, "optional": true}
  ]
})";

const Timestamp kT0 = *Timestamp::fromIso(QStringLiteral("2026-11-02T10:00:00Z"));

FlowLibrary library()
{
    QString error;
    auto flow = FlowTemplate::fromJson(kTemplate, QStringLiteral("tiny.json"), &error);
    Q_ASSERT_X(flow, "tiny", qPrintable(error));
    return FlowLibrary({*flow});
}

// The stages of one transaction, a minute apart from `start` seconds; "post!" fails.
QList<Event> transaction(const QString& id, double start, const QStringList& stages)
{
    static int serial = 0;
    QList<Event> out;
    QString cause;
    for (const QString& s : stages) {
        Event e;
        ++serial;
        e.key = uuidV7(quint64(kT0.micros() / 1000) + quint64(serial), quint64(serial), 5);
        e.id = id + QLatin1Char('-') + s;
        e.correlationId = id;
        e.causationId = cause;
        e.flow = QStringLiteral("tiny");
        e.stage = QString(s).remove(QLatin1Char('!'));
        e.status = s.endsWith(QLatin1Char('!')) ? EventStatus::Failed : EventStatus::Ok;
        e.source = QStringLiteral("sys-") + e.stage;
        e.type = QStringLiteral("sys.thing.") + e.stage;
        e.occurredAt = e.recordedAt = kT0.plusSeconds(start + 10.0 * double(out.size()));
        cause = e.id;
        out << e;
    }
    return out;
}

} // namespace

class TestHealthyTransaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsTheNewestCompleteOne_data() { CT_ENGINE_ROWS(); }
    void findsTheNewestCompleteOne()
    {
        CT_FIXTURE(fixture);
        auto store = openStore(fixture.url(), OpenMode::ReadWrite);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().text));
        IngestBatch batch;
        const QStringList all{QStringLiteral("start"), QStringLiteral("pay"), QStringLiteral("post")};
        batch.events << transaction(QStringLiteral("OLD"), 0, all)                                        // healthy, older
                     << transaction(QStringLiteral("HEALTHY"), 100, all)                                  // the one
                     << transaction(QStringLiteral("LOOKED"), 150, {QStringLiteral("start"), QStringLiteral("pay"),
                                                                    QStringLiteral("post!")})             // failed
                     << transaction(QStringLiteral("OPEN"), 200, all)                                     // complete, but
                     << transaction(QStringLiteral("HALF"), 300, {QStringLiteral("start"), QStringLiteral("pay")})
                     << transaction(QStringLiteral("OTHER"), 400, all);                                   // another flow
        for (Event& e : batch.events) {
            if (e.correlationId == QLatin1String("OTHER"))
                e.flow = QStringLiteral("elsewhere");
        }
        FailedMessage stillOpen;  // a complete transaction with a failure still open is not healthy
        stillOpen.key = uuidV7(quint64(kT0.micros() / 1000) + 999, 1, 1);
        stillOpen.messageId = QStringLiteral("m-open");
        stillOpen.correlationId = QStringLiteral("OPEN");
        stillOpen.flow = QStringLiteral("tiny");
        stillOpen.stage = QStringLiteral("pay");
        stillOpen.broker = QStringLiteral("rabbitmq");
        stillOpen.queue = QStringLiteral("q.pay.dlq");
        stillOpen.deathReason = QStringLiteral("rejected");
        stillOpen.firstDeathAt = stillOpen.lastDeathAt = kT0.plusSeconds(205);
        stillOpen.errorClass = QStringLiteral("business_rule");
        batch.failedMessages << stillOpen;
        QVERIFY(store.value()->ingest(batch));

        const FlowLibrary flows = library();
        const Timestamp now = kT0.plusSeconds(10'000);
        auto found = findHealthyTransaction(*store.value(), *store.value(), flows, QStringLiteral("tiny"),
                                            QStringLiteral("LOOKED"), now);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().text));
        QVERIFY(found->lookup.found());
        QCOMPARE(found->graph.correlationId, QStringLiteral("HEALTHY"));
        QCOMPARE(found->verdict.verdict, Verdict::Complete);

        // Never the transaction itself; and the next one back when the newest is the one looked at.
        found = findHealthyTransaction(*store.value(), *store.value(), flows, QStringLiteral("tiny"),
                                       QStringLiteral("HEALTHY"), now);
        QVERIFY(found);
        QCOMPARE(found->graph.correlationId, QStringLiteral("OLD"));

        // Within the limits, or nothing.
        HealthySearch narrow;
        narrow.judged = 1;  // OPEN is judged first, and is not healthy
        found = findHealthyTransaction(*store.value(), *store.value(), flows, QStringLiteral("tiny"),
                                       QStringLiteral("LOOKED"), now, narrow);
        QVERIFY(found);
        QVERIFY(!found->lookup.found());
        found = findHealthyTransaction(*store.value(), *store.value(), flows, QStringLiteral("nothing-like-it"),
                                       QString(), now);
        QVERIFY(found);
        QVERIFY(!found->lookup.found());
    }
};

QTEST_GUILESS_MAIN(TestHealthyTransaction)
#include "tst_healthytransaction.moc"
