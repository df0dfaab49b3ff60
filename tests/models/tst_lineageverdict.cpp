// The lineage verdict: every stage status and every verdict from short event fixtures, with the
// duplicates, out-of-order arrivals, retries, fan-outs and unknown flows real telemetry brings.
#include "failedmessage.h"
#include "flowtemplate.h"
#include "flowtemplatefixture.h"
#include "lineageverdict.h"

#include <QHash>
#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

// start -> pay -> post -> pick, and an optional notify after post.
const QByteArray kTemplate = R"({
  "flow": "tiny",
  "stages": [
    {"id": "start", "name": "Checkout", "system": "webshop", "type": "webshop.order.captured",
     "queue": "webshop.checkout"},
    {"id": "pay", "system": "payments", "type": "payments.payment.authorized", "queue": "payments.auth",
     "latency_s": {"median": 2, "p95": 10}, "sla_s": 60},
    {"id": "post", "name": "ERP posting", "system": "erp", "type": "erp.sales_order.posted",
     "failed_type": "erp.sales_order.rejected", "queue": "erp.sales-orders",
     "latency_s": {"median": 60, "p95": 300}, "sla_s": 600, "faults": ["business_rule", "stuck"]},
    {"id": "pick", "name": "WMS pick", "system": "wms", "type": "wms.pick.confirmed", "queue": "wms.{node}.picks",
     "latency_s": {"median": 600, "p95": 1800}, "sla_s": 3600},
    {"id": "notify", "name": "Customer notification", "system": "crm", "type": "crm.customer.notified",
     "queue": "crm.notifications", "after": "post", "latency_s": {"median": 30, "p95": 120}, "sla_s": 300,
     "optional": true}
  ]
})";

using test::kT0;

const FlowTemplate& tiny()
{
    static const FlowTemplate flow = test::parseFlowTemplate(kTemplate);
    return flow;
}

Timestamp at(const QString& seconds)
{
    return kT0.plusSeconds(seconds.toDouble());
}

// "stage status seconds [key=value…]; …" with keys source, id, cause, flow, type, node, recorded
// (seconds). Ids count up from e1; an event's cause defaults to the latest event listed for its
// template cause stage. Events record a second after they occur.
QList<Event> parseEvents(const QString& text, const QString& flowId = QStringLiteral("tiny"))
{
    QList<Event> events;
    QHash<QString, QString> latestOfStage;
    int n = 0;
    for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.simplified().split(QLatin1Char(' '));
        Event e;
        ++n;
        e.stage = f.value(0);
        e.status = eventStatusFromName(f.value(1)).value_or(EventStatus::Ok);
        e.occurredAt = at(f.value(2));
        e.recordedAt = e.occurredAt.plusSeconds(1);
        e.id = QStringLiteral("e%1").arg(n);
        e.key = QStringLiteral("k%1").arg(n, 3, 10, QLatin1Char('0'));
        e.correlationId = QStringLiteral("T1");
        e.flow = flowId;
        const int index = flowId == tiny().id() ? tiny().stageIndex(e.stage) : -1;
        e.source = index >= 0 ? tiny().stage(index).system : QStringLiteral("sys");
        e.type = index >= 0 ? tiny().stage(index).type : QStringLiteral("sys.thing.") + e.stage;
        if (index > 0)
            e.causationId = latestOfStage.value(tiny().stage(tiny().stage(index).cause).id);
        for (const QString& option : f.mid(3)) {
            const QString key = option.section(QLatin1Char('='), 0, 0);
            const QString value = option.section(QLatin1Char('='), 1);
            if (key == QLatin1String("source"))
                e.source = value;
            else if (key == QLatin1String("id"))
                e.id = value;
            else if (key == QLatin1String("cause"))
                e.causationId = value;
            else if (key == QLatin1String("flow"))
                e.flow = value;
            else if (key == QLatin1String("type"))
                e.type = value;
            else if (key == QLatin1String("node"))
                e.node = value;
            else if (key == QLatin1String("recorded"))
                e.recordedAt = at(value);
            else
                qFatal("unknown fixture key %s", qPrintable(key));
        }
        latestOfStage.insert(e.stage, e.id);
        events.append(e);
    }
    return events;
}

// "stage queue error_class state error text…; …"
QList<FailedMessage> parseMessages(const QString& text)
{
    QList<FailedMessage> messages;
    for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.simplified().split(QLatin1Char(' '));
        FailedMessage m;
        m.key = QStringLiteral("m%1").arg(messages.size() + 1);
        m.messageId = m.key;
        m.correlationId = QStringLiteral("T1");
        m.flow = QStringLiteral("tiny");
        m.stage = f.value(0);
        m.queue = f.value(1);
        m.errorClass = f.value(2);
        m.state = failedMessageStateFromName(f.value(3)).value_or(FailedMessageState::Open);
        m.errorText = f.mid(4).join(QLatin1Char(' '));
        messages.append(m);
    }
    return messages;
}

LineageVerdict judge(const QString& events, const QString& messages, const QString& nowSeconds,
                     const FlowTemplate* flow = &tiny())
{
    const QList<Event> list = parseEvents(events, flow ? flow->id() : QStringLiteral("tiny"));
    return judgeLineage(assembleLineage(QStringLiteral("T1"), list), flow, parseMessages(messages),
                        at(nowSeconds));
}

QString statuses(const LineageVerdict& v)
{
    QStringList out;
    for (const StageCheck& s : v.stages)
        out << s.stage + QLatin1Char(':') + stageStatusName(s.status);
    return out.join(QLatin1Char(' '));
}

const StageCheck& stageOf(const LineageVerdict& v, const QString& stage)
{
    for (const StageCheck& s : v.stages) {
        if (s.stage == stage)
            return s;
    }
    qFatal("no stage %s", qPrintable(stage));
}

} // namespace

class TestLineageVerdict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("messages");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("stages");
        QTest::addColumn<QString>("summary");

        QTest::newRow("complete, optional stage absent: skipped")
            << QStringLiteral("start ok 0; pay ok 5; post ok 65; pick ok 665") << QString()
            << QStringLiteral("90000") << QStringLiteral("complete")
            << QStringLiteral("start:done pay:done post:done pick:done notify:skipped")
            << QStringLiteral("Complete in 11 min 5 s");
        QTest::newRow("complete with the optional stage")
            << QStringLiteral("start ok 0; pay ok 5; post ok 65; notify ok 70; pick ok 665") << QString()
            << QStringLiteral("90000") << QStringLiteral("complete")
            << QStringLiteral("start:done pay:done post:done pick:done notify:done")
            << QStringLiteral("Complete in 11 min 5 s");
        QTest::newRow("in progress: the next stage is not due yet")
            << QStringLiteral("start ok 0; pay ok 5") << QString() << QStringLiteral("30")
            << QStringLiteral("in_progress")
            << QStringLiteral("start:done pay:done post:missing pick:missing notify:skipped")
            << QStringLiteral("In progress: waiting for ERP posting, due in 9 min 35 s");
        QTest::newRow("stuck: past the SLA after its cause")
            << QStringLiteral("start ok 0; pay ok 5") << QString() << QStringLiteral("3125")
            << QStringLiteral("stuck")
            << QStringLiteral("start:done pay:done post:overdue pick:missing notify:skipped")
            << QStringLiteral("Stuck at ERP posting for 52 min (SLA 10 min)");
        QTest::newRow("stuck, with its failed message waiting in the DLQ")
            << QStringLiteral("start ok 0; pay ok 5")
            << QStringLiteral("post erp.sales-orders.dlq downstream_timeout open Timed out calling erp")
            << QStringLiteral("3125") << QStringLiteral("stuck")
            << QStringLiteral("start:done pay:done post:overdue pick:missing notify:skipped")
            << QStringLiteral(
                   "Stuck at ERP posting for 52 min (SLA 10 min) - 1 failed message in erp.sales-orders.dlq");
        QTest::newRow("failed: later stages that never happened are missing")
            << QStringLiteral("start ok 0; pay ok 5; post failed 65")
            << QStringLiteral(
                   "post erp.sales-orders.dlq business_rule open Posting period 2026-11 is not open")
            << QStringLiteral("90000") << QStringLiteral("failed")
            << QStringLiteral("start:done pay:done post:failed pick:missing notify:skipped")
            << QStringLiteral(
                   "Failed at ERP posting: business_rule: Posting period 2026-11 is not open - 1 failed "
                   "message in erp.sales-orders.dlq");
        QTest::newRow("failed without a failed message: the event says who reported it")
            << QStringLiteral("start ok 0; pay ok 5; post failed 65 type=erp.sales_order.rejected")
            << QString() << QStringLiteral("90000") << QStringLiteral("failed")
            << QStringLiteral("start:done pay:done post:failed pick:missing notify:skipped")
            << QStringLiteral("Failed at ERP posting: erp reported erp.sales_order.rejected");
        QTest::newRow("a failure retried successfully is done")
            << QStringLiteral("start ok 0; pay ok 5; post failed 65; post ok 400; pick ok 500")
            << QStringLiteral("post erp.sales-orders.dlq business_rule verified Posting period closed")
            << QStringLiteral("90000") << QStringLiteral("complete")
            << QStringLiteral("start:done pay:done post:done pick:done notify:skipped")
            << QStringLiteral("Complete in 8 min 20 s");
        QTest::newRow("a success followed by a failure is failed")
            << QStringLiteral("start ok 0; pay ok 5; post ok 65; post failed 400") << QString()
            << QStringLiteral("90000") << QStringLiteral("failed")
            << QStringLiteral("start:done pay:done post:failed pick:missing notify:skipped")
            << QStringLiteral("Failed at ERP posting: erp reported erp.sales_order.posted");
        QTest::newRow("two failed messages in two queues")
            << QStringLiteral("start ok 0; pay ok 5; post failed 65")
            << QStringLiteral("post erp.sales-orders.dlq business_rule open Posting period closed;"
                              "post erp.sales-orders.parking business_rule quarantined Posting period closed;"
                              "pay payments.dlq routing resolved gone")
            << QStringLiteral("90000") << QStringLiteral("failed")
            << QStringLiteral("start:done pay:done post:failed pick:missing notify:skipped")
            << QStringLiteral(
                   "Failed at ERP posting: business_rule: Posting period closed - 2 failed messages in "
                   "erp.sales-orders.dlq, erp.sales-orders.parking");
        QTest::newRow("skipped by its event")
            << QStringLiteral("start ok 0; pay skipped 5; post ok 65; pick ok 665") << QString()
            << QStringLiteral("90000") << QStringLiteral("complete")
            << QStringLiteral("start:done pay:skipped post:done pick:done notify:skipped")
            << QStringLiteral("Complete in 11 min 5 s");
        QTest::newRow("a lost event, passed over by later stages")
            << QStringLiteral("start ok 0; pay ok 5; pick ok 700 cause=lost-post") << QString()
            << QStringLiteral("90000") << QStringLiteral("complete")
            << QStringLiteral("start:done pay:done post:missing pick:done notify:skipped")
            << QStringLiteral("Complete in 11 min 40 s; no event was stored for ERP posting");
        QTest::newRow("retrying, not due yet")
            << QStringLiteral("start ok 0; pay ok 5; post retrying 30") << QString() << QStringLiteral("100")
            << QStringLiteral("in_progress")
            << QStringLiteral("start:done pay:done post:missing pick:missing notify:skipped")
            << QStringLiteral("In progress: waiting for ERP posting, due in 8 min 25 s");
        QTest::newRow("retrying past the SLA")
            << QStringLiteral("start ok 0; pay ok 5; post retrying 30") << QString() << QStringLiteral("1205")
            << QStringLiteral("stuck")
            << QStringLiteral("start:done pay:done post:overdue pick:missing notify:skipped")
            << QStringLiteral("Stuck at ERP posting for 20 min (SLA 10 min)");
        QTest::newRow("overdue at the first stage after the start")
            << QStringLiteral("start ok 0") << QString() << QStringLiteral("61") << QStringLiteral("stuck")
            << QStringLiteral("start:done pay:overdue post:missing pick:missing notify:skipped")
            << QStringLiteral("Stuck at pay for 1 min 1 s (SLA 1 min)");
        QTest::newRow("fan-out: one source failed")
            << QStringLiteral("start ok 0; pay ok 5; post ok 65; pick ok 665 source=wms.dc-east;"
                              "pick failed 700 source=wms.dc-west")
            << QString() << QStringLiteral("90000") << QStringLiteral("failed")
            << QStringLiteral("start:done pay:done post:done pick:failed notify:skipped")
            << QStringLiteral("Failed at WMS pick: wms.dc-west reported wms.pick.confirmed");
        QTest::newRow("fan-out: done when every source is")
            << QStringLiteral("start ok 0; pay ok 5; post ok 65; pick ok 665 source=wms.dc-east;"
                              "pick ok 900 source=wms.dc-west")
            << QString() << QStringLiteral("90000") << QStringLiteral("complete")
            << QStringLiteral("start:done pay:done post:done pick:done notify:skipped")
            << QStringLiteral("Complete in 15 min");
        QTest::newRow("unknown flow: judged from its events")
            << QStringLiteral(
                   "a ok 0 flow=mystery; b ok 5 flow=mystery cause=e1; c ok 65 flow=mystery cause=e2")
            << QString() << QStringLiteral("90000") << QStringLiteral("complete")
            << QStringLiteral("a:done b:done c:done")
            << QStringLiteral(
                   "Complete as far as its events show, in 1 min 5 s (flow mystery has no template)");
        QTest::newRow("events of no flow and no stage: their types stand for stages")
            << QStringLiteral(
                   "x ok 0 flow= type=erp.doc.posted; y failed 10 flow= type=erp.doc.rejected cause=e1")
            << QString() << QStringLiteral("90000") << QStringLiteral("failed")
            << QStringLiteral("x:done y:failed")
            << QStringLiteral("Failed at y: sys reported erp.doc.rejected");
        QTest::newRow("an event of a stage the template does not know")
            << QStringLiteral(
                   "start ok 0; pay ok 5; post ok 65; pick ok 665; audit ok 700 source=audit cause=e4")
            << QString() << QStringLiteral("90000") << QStringLiteral("complete")
            << QStringLiteral("start:done pay:done post:done pick:done notify:skipped audit:done")
            << QStringLiteral("Complete in 11 min 40 s");
    }
    void verdicts()
    {
        QFETCH(QString, events);
        QFETCH(QString, messages);
        QFETCH(QString, now);
        QFETCH(QString, verdict);
        QFETCH(QString, stages);
        QFETCH(QString, summary);
        const bool unknownFlow = events.contains(QLatin1String("flow="));
        const QList<Event> list = parseEvents(events);
        const LineageVerdict v =
            judgeLineage(assembleLineage(QStringLiteral("T1"), list), unknownFlow ? nullptr : &tiny(),
                         parseMessages(messages), at(now));
        QCOMPARE(verdictName(v.verdict), verdict);
        QCOMPARE(statuses(v), stages);
        QCOMPARE(v.summary, summary);
        QCOMPARE(v.fromTemplate, !unknownFlow);
    }

    // The facts each status carries: times, latency from the cause, SLA, expected-by, error.
    void stageFacts()
    {
        LineageVerdict v = judge(QStringLiteral("start ok 0 node=DC-EAST; pay ok 5; post failed 65"),
                                 QStringLiteral("post erp.sales-orders.dlq business_rule open Period closed"),
                                 QStringLiteral("90000"));
        const StageCheck& start = stageOf(v, QStringLiteral("start"));
        QCOMPARE(start.name, QStringLiteral("Checkout"));
        QCOMPARE(start.occurredAt, kT0);
        QVERIFY(!start.latencySeconds);
        QVERIFY(!start.slaSeconds);
        QVERIFY(start.causeStage.isEmpty());
        const StageCheck& pay = stageOf(v, QStringLiteral("pay"));
        QCOMPARE(pay.name, QStringLiteral("pay"));
        QCOMPARE(pay.system, QStringLiteral("payments"));
        QCOMPARE(*pay.latencySeconds, 5.0);
        QCOMPARE(*pay.slaSeconds, 60.0);
        QVERIFY(pay.expectedBy.isNull());
        QCOMPARE(pay.causeStage, QStringLiteral("start"));
        const StageCheck& post = stageOf(v, QStringLiteral("post"));
        QCOMPARE(post.occurredAt, at(QStringLiteral("65")));
        QCOMPARE(*post.latencySeconds, 60.0);
        QCOMPARE(post.error, QStringLiteral("business_rule: Period closed"));
        QVERIFY(post.expectedBy.isNull());
        const StageCheck& pick = stageOf(v, QStringLiteral("pick"));
        QVERIFY(pick.occurredAt.isNull());
        QVERIFY(!pick.latencySeconds);
        QVERIFY(pick.expectedBy.isNull());                    // its cause never completed
        QCOMPARE(pick.system, QStringLiteral("wms.dc-east")); // the transaction's node
        QCOMPARE(v.openFailedMessages, 1);

        v = judge(QStringLiteral("start ok 0; pay ok 5"),
                  QStringLiteral("post erp.sales-orders.dlq downstream_timeout open Timed out"),
                  QStringLiteral("3125"));
        const StageCheck& overdue = stageOf(v, QStringLiteral("post"));
        QCOMPARE(overdue.expectedBy, at(QStringLiteral("605")));
        QCOMPARE(*overdue.slaSeconds, 600.0);
        QCOMPARE(overdue.error, QStringLiteral("downstream_timeout: Timed out"));
        QCOMPARE(overdue.system, QStringLiteral("erp"));

        v = judge(QStringLiteral("start ok 0; pay ok 5"), QString(), QStringLiteral("30"));
        QCOMPARE(stageOf(v, QStringLiteral("post")).expectedBy, at(QStringLiteral("605")));
        QVERIFY(stageOf(v, QStringLiteral("post")).error.isEmpty());

        v = judge(QStringLiteral("start ok 0; pay ok 5; pick ok 700 cause=lost"), QString(),
                  QStringLiteral("90000"));
        QVERIFY(stageOf(v, QStringLiteral("post")).eventMissing);
        QVERIFY(stageOf(v, QStringLiteral("post")).expectedBy.isNull());
        QVERIFY(!stageOf(v, QStringLiteral("pick")).latencySeconds); // its cause's time is unknown
    }

    void retriedStageHappensAtItsSuccess()
    {
        const LineageVerdict v = judge(QStringLiteral("start ok 0; pay ok 5; post failed 65; post ok 400"),
                                       QString(), QStringLiteral("500"));
        const StageCheck& post = stageOf(v, QStringLiteral("post"));
        QCOMPARE(post.status, StageStatus::Done);
        QCOMPARE(post.occurredAt, at(QStringLiteral("400")));
        QCOMPARE(*post.latencySeconds, 395.0);
        QCOMPARE(post.events, 2);
        QVERIFY(post.error.isEmpty());
        QCOMPARE(stageOf(v, QStringLiteral("pick")).expectedBy, at(QStringLiteral("4000")));
    }

    void skippedCauseStillTimesItsEffects()
    {
        const LineageVerdict v =
            judge(QStringLiteral("start ok 0; pay skipped 5"), QString(), QStringLiteral("30"));
        const StageCheck& pay = stageOf(v, QStringLiteral("pay"));
        QCOMPARE(pay.status, StageStatus::Skipped);
        QCOMPARE(pay.occurredAt, at(QStringLiteral("5")));
        QCOMPARE(stageOf(v, QStringLiteral("post")).expectedBy, at(QStringLiteral("605")));
        QCOMPARE(v.summary, QStringLiteral("In progress: waiting for ERP posting, due in 9 min 35 s"));
    }

    void duplicatesCountOnce()
    {
        const QString plain = QStringLiteral("start ok 0; pay ok 5; post failed 65");
        const QString doubled =
            QStringLiteral("start ok 0; pay ok 5; pay ok 5 id=e2 recorded=300; post failed 65");
        const LineageVerdict a = judge(plain, QString(), QStringLiteral("90000"));
        const LineageVerdict b = judge(doubled, QString(), QStringLiteral("90000"));
        QCOMPARE(statuses(b), statuses(a));
        QCOMPARE(b.summary, a.summary);
        const StageCheck& pay = stageOf(b, QStringLiteral("pay"));
        QCOMPARE(pay.events, 1);
        QCOMPARE(pay.duplicates, 1);
        QCOMPARE(pay.occurredAt, at(QStringLiteral("5")));
        QCOMPARE(stageOf(a, QStringLiteral("pay")).duplicates, 0);
    }

    // However the events arrive (the store's order, a shuffled batch, effects recorded before their
    // causes), the verdict is the same.
    void outOfOrderEventsGiveTheSameVerdict_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("now");
        QTest::newRow("complete") << QStringLiteral(
                                         "start ok 0; pay ok 5; post ok 65; notify ok 70; pick ok 665")
                                  << QStringLiteral("90000");
        QTest::newRow("failed") << QStringLiteral("start ok 0; pay ok 5; post failed 65")
                                << QStringLiteral("90000");
        QTest::newRow("retried") << QStringLiteral(
                                        "start ok 0; pay ok 5; post failed 65; post ok 400; pick ok 500")
                                 << QStringLiteral("90000");
        QTest::newRow("stuck") << QStringLiteral("start ok 0; pay ok 5") << QStringLiteral("3125");
    }
    void outOfOrderEventsGiveTheSameVerdict()
    {
        QFETCH(QString, events);
        QFETCH(QString, now);
        const QList<Event> inOrder = parseEvents(events);
        const LineageVerdict expected =
            judgeLineage(assembleLineage(QStringLiteral("T1"), inOrder), &tiny(), {}, at(now));
        QList<Event> reversed = inOrder;
        std::reverse(reversed.begin(), reversed.end());
        QList<Event> recordedBackwards = inOrder;
        for (qsizetype i = 0; i < recordedBackwards.size(); ++i)
            recordedBackwards[i].recordedAt = kT0.plusSeconds(double(1000 - i));
        for (const QList<Event>& variant : {reversed, recordedBackwards}) {
            const LineageVerdict v =
                judgeLineage(assembleLineage(QStringLiteral("T1"), variant), &tiny(), {}, at(now));
            QCOMPARE(verdictName(v.verdict), verdictName(expected.verdict));
            QCOMPARE(statuses(v), statuses(expected));
            QCOMPARE(v.summary, expected.summary);
            for (qsizetype i = 0; i < v.stages.size(); ++i) {
                QCOMPARE(v.stages[i].occurredAt, expected.stages[i].occurredAt);
                QCOMPARE(v.stages[i].latencySeconds, expected.stages[i].latencySeconds);
            }
        }
    }

    void unknownFlowStagesFollowCausalOrder()
    {
        const LineageVerdict v = judge(QStringLiteral("b ok 5 cause=e3; c retrying 65 cause=e1; a ok 0"),
                                       QString(), QStringLiteral("90000"), nullptr);
        QCOMPARE(statuses(v), QStringLiteral("a:done b:done c:missing"));
        QCOMPARE(verdictName(v.verdict), QStringLiteral("in_progress"));
        QCOMPARE(v.summary, QStringLiteral("In progress: waiting for c"));
        const StageCheck& b = stageOf(v, QStringLiteral("b"));
        QCOMPARE(b.causeStage, QStringLiteral("a"));
        QCOMPARE(*b.latencySeconds, 5.0);
        QVERIFY(!b.expected);
        QVERIFY(!b.slaSeconds);
        QCOMPARE(b.system, QStringLiteral("sys"));
    }

    void noEvents()
    {
        const LineageVerdict v = judgeLineage(LineageGraph{}, &tiny(), {}, kT0);
        QCOMPARE(v.verdict, Verdict::InProgress);
        QCOMPARE(v.stages.size(), tiny().stages().size());
        QVERIFY(!v.summary.isEmpty());
    }

    void names()
    {
        QCOMPARE(stageStatusName(StageStatus::Done), QStringLiteral("done"));
        QCOMPARE(stageStatusName(StageStatus::Failed), QStringLiteral("failed"));
        QCOMPARE(stageStatusName(StageStatus::Missing), QStringLiteral("missing"));
        QCOMPARE(stageStatusName(StageStatus::Overdue), QStringLiteral("overdue"));
        QCOMPARE(stageStatusName(StageStatus::Skipped), QStringLiteral("skipped"));
        QCOMPARE(verdictName(Verdict::Complete), QStringLiteral("complete"));
        QCOMPARE(verdictName(Verdict::InProgress), QStringLiteral("in_progress"));
        QCOMPARE(verdictName(Verdict::Stuck), QStringLiteral("stuck"));
        QCOMPARE(verdictName(Verdict::Failed), QStringLiteral("failed"));
    }
};

QTEST_APPLESS_MAIN(TestLineageVerdict)
#include "tst_lineageverdict.moc"
