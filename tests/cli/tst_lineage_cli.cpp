// `ctower lineage` (ARCHITECTURE.md §10): every kind of id leads to its transaction, the JSON holds the
// contract's fields in causal order with the verdict of the flow's template, and the exit statuses
// hold: 3 when nothing matches, 2 for usage errors, nothing on stdout for a failed --json.
#include "clirunner.h"
#include "demostorefixture.h"
#include "uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ct;
using ct::test::CliRun;
using ct::test::runCtower;

namespace {

const Timestamp kT0 = *Timestamp::fromIso(QStringLiteral("2026-10-30T12:00:00Z"));

// A transaction written by hand, not by the simulator: five hops of order-to-cash, the ERP posting
// rejected with its failed message, stored shuffled (keys and recording times out of causal order).
IngestBatch handWrittenFailure()
{
    struct Hop {
        const char* id;
        const char* stage;
        const char* source;
        const char* type;
        double atS;
        double recordedS;
    };
    const Hop hops[] = {
        {"hand-1", "capture", "webshop", "webshop.order.captured", 0, 400},
        {"hand-2", "payment", "payments", "payments.payment.authorized", 2, 300},
        {"hand-3", "submit", "oms", "oms.order.created", 10, 200},
        {"hand-4", "allocate", "oms", "oms.order.allocated", 70, 100},
        {"hand-5", "erp-post", "erp", "erp.sales_order.rejected", 190, 191},
    };
    IngestBatch batch;
    for (int i = 0; i < 5; ++i) {
        const Hop& h = hops[i];
        Event e;
        e.id = QLatin1String(h.id);
        e.key = uuidV7(kT0.micros() / 1000 + 5 - i, quint64(i), 77); // keys run against time
        e.correlationId = QStringLiteral("HAND-0001");
        e.causationId = i > 0 ? QLatin1String(hops[i - 1].id) : QString();
        e.flow = QStringLiteral("order-to-cash");
        e.stage = QLatin1String(h.stage);
        e.source = QLatin1String(h.source);
        e.type = QLatin1String(h.type);
        e.node = QStringLiteral("DC-EAST");
        e.status = i == 4 ? EventStatus::Failed : EventStatus::Ok;
        e.occurredAt = kT0.plusSeconds(h.atS);
        e.recordedAt = kT0.plusSeconds(h.recordedS);
        e.contentType = QStringLiteral("application/json");
        e.payload = QByteArrayLiteral("{\"customer_email\":\"jane@example.com\"}");
        if (i == 0)
            e.subject = QStringLiteral("PO-HAND-77");
        batch.events.prepend(e);
    }
    FailedMessage m;
    m.key = uuidV7(kT0.micros() / 1000 + 200, 1, 2);
    m.messageId = QStringLiteral("MSG-HAND-1");
    m.correlationId = QStringLiteral("HAND-0001");
    m.eventId = QStringLiteral("hand-5");
    m.source = QStringLiteral("erp");
    m.flow = QStringLiteral("order-to-cash");
    m.stage = QStringLiteral("erp-post");
    m.broker = QStringLiteral("rabbitmq");
    m.queue = QStringLiteral("erp.sales-orders.dlq");
    m.deathReason = QStringLiteral("rejected");
    m.firstDeathAt = kT0.plusSeconds(190);
    m.lastDeathAt = m.firstDeathAt;
    m.errorClass = QStringLiteral("business_rule");
    m.errorText = QStringLiteral("Posting period 2026-10 is not open");
    m.headers = QByteArrayLiteral("{\"x-customer\":\"jane@example.com\"}");
    m.payload = QByteArrayLiteral("{\"customer_email\":\"jane@example.com\"}");
    batch.failedMessages << m;
    return batch;
}

// Checkout and payment only: waiting for the OMS, then stuck there.
IngestBatch handWrittenWaiting()
{
    IngestBatch batch;
    for (int i = 0; i < 2; ++i) {
        Event e;
        e.id = QStringLiteral("wait-%1").arg(i + 1);
        e.key = uuidV7(kT0.micros() / 1000 + i, quint64(i), 78);
        e.correlationId = QStringLiteral("HAND-0002");
        e.causationId = i > 0 ? QStringLiteral("wait-1") : QString();
        e.flow = QStringLiteral("order-to-cash");
        e.stage = i == 0 ? QStringLiteral("capture") : QStringLiteral("payment");
        e.source = i == 0 ? QStringLiteral("webshop") : QStringLiteral("payments");
        e.type =
            i == 0 ? QStringLiteral("webshop.order.captured") : QStringLiteral("payments.payment.authorized");
        e.occurredAt = kT0.plusSeconds(2.0 * i);
        e.recordedAt = e.occurredAt;
        batch.events << e;
    }
    return batch;
}

// A checkout alone (`n` tells the keys apart), its event stored again by storeRedeliveredCopies().
IngestBatch handWrittenCheckout(const QString& correlationId, quint64 n)
{
    Event e;
    e.id = correlationId + QStringLiteral("-capture");
    e.key = uuidV7(kT0.micros() / 1000, n, 79);
    e.correlationId = correlationId;
    e.flow = QStringLiteral("order-to-cash");
    e.stage = QStringLiteral("capture");
    e.source = QStringLiteral("webshop");
    e.type = QStringLiteral("webshop.order.captured");
    e.occurredAt = kT0;
    e.recordedAt = e.occurredAt;
    IngestBatch batch;
    batch.events << e;
    return batch;
}

// The webshop delivered a transaction's event again, a day later each time: copies that reached the
// store behind the ingest's back (it drops the duplicates it still remembers), as a lineage counts them.
QString storeRedeliveredCopies(const QString& store, const QString& correlationId, quint64 n, int copies)
{
    for (int day = 1; day <= copies; ++day) {
        const QString error = test::execRaw(
            store,
            QStringLiteral(
                "INSERT INTO events (key, id, source, correlation_id, causation_id, flow, stage, type, "
                "node, subject, status, occurred_at, recorded_at, content_type, attributes) "
                "SELECT '%1', id, source, correlation_id, causation_id, flow, stage, type, node, "
                "subject, status, occurred_at + %2, recorded_at + %2, content_type, attributes "
                "FROM events WHERE correlation_id = '%3' ORDER BY seq LIMIT 1")
                .arg(uuidV7(kT0.micros() / 1000 + day, n, 80), QString::number(86400000000LL * day),
                     correlationId));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QStringList words(const QVariant& spaceSeparated)
{
    return spaceSeparated.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject stageOf(const QJsonObject& lineage, const QString& stage)
{
    for (const QJsonValue& v : lineage.value(QLatin1String("stages")).toArray()) {
        if (v.toObject().value(QLatin1String("stage")).toString() == stage)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestLineageCli : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    QString m_store;

    QJsonObject lineage(const QString& id, const QString& at, int* exitCode = nullptr)
    {
        const CliRun run = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), m_store, id,
                                      QStringLiteral("--json"), QStringLiteral("--at"), at});
        if (exitCode)
            *exitCode = run.exitCode;
        else if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = m_demo.path();
        auto store = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY(store);
        IngestBatch batch = handWrittenFailure();
        batch.events += handWrittenWaiting().events;
        const struct {
            quint64 n;
            int copies;
        } redelivered[] = {{3, 1}, {4, 2}};
        for (const auto& r : redelivered)
            batch.events += handWrittenCheckout(QStringLiteral("HAND-000%1").arg(r.n), r.n).events;
        QVERIFY(store.value()->ingest(batch).ok());
        store.value().reset();
        for (const auto& r : redelivered) {
            const QString error =
                storeRedeliveredCopies(m_store, QStringLiteral("HAND-000%1").arg(r.n), r.n, r.copies);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void findsTheTransactionByEachKindOfId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("correlationId");
        QTest::addColumn<QString>("matchedBy");
        QTest::newRow("correlation id")
            << QStringLiteral("HAND-0001") << QStringLiteral("HAND-0001") << QStringLiteral("correlation_id");
        QTest::newRow("order number (the simulator's correlation id)")
            << QStringLiteral("ORD-2026-000001") << QStringLiteral("ORD-2026-000001")
            << QStringLiteral("correlation_id");
        QTest::newRow("order number (an event's subject)")
            << QStringLiteral("PO-HAND-77") << QStringLiteral("HAND-0001") << QStringLiteral("subject");
        QTest::newRow("event id") << QStringLiteral("hand-3") << QStringLiteral("HAND-0001")
                                  << QStringLiteral("event_id");
        QTest::newRow("message id") << QStringLiteral("MSG-HAND-1") << QStringLiteral("HAND-0001")
                                    << QStringLiteral("message_id");
        QTest::newRow("surrounding blanks")
            << QStringLiteral("  hand-3 ") << QStringLiteral("HAND-0001") << QStringLiteral("event_id");
    }
    void findsTheTransactionByEachKindOfId()
    {
        QFETCH(QString, id);
        QFETCH(QString, correlationId);
        QFETCH(QString, matchedBy);
        int exitCode = -1;
        const QJsonObject json = lineage(id, QStringLiteral("2026-10-30T13:00:00Z"), &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(QLatin1String("correlation_id")).toString(), correlationId);
        QCOMPARE(json.value(QLatin1String("matched_by")).toString(), matchedBy);
        QVERIFY(!json.value(QLatin1String("events")).toArray().isEmpty());
    }

    void jsonHoldsTheContractsFields()
    {
        const CliRun run = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), m_store,
                                      QStringLiteral("MSG-HAND-1"), QStringLiteral("--json"),
                                      QStringLiteral("--at"), QStringLiteral("2026-10-30T13:00:00Z")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        // No payload, no header: they may carry personal data.
        QVERIFY(!run.out.contains("payload"));
        QVERIFY(!run.out.contains("headers"));
        QVERIFY(!run.out.contains("jane@example.com"));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("correlation_id")).toString(), QStringLiteral("HAND-0001"));
        QCOMPARE(json.value(QLatin1String("flow")).toString(), QStringLiteral("order-to-cash"));
        QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("failed"));
        QCOMPARE(json.value(QLatin1String("summary")).toString(),
                 QStringLiteral(
                     "Failed at ERP posting: business_rule: Posting period 2026-10 is not open - 1 failed "
                     "message in erp.sales-orders.dlq"));
        QCOMPARE(json.value(QLatin1String("judged_at")).toString(),
                 QStringLiteral("2026-10-30T13:00:00.000000Z"));
        QVERIFY(json.value(QLatin1String("from_template")).toBool());

        const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$)"));
        const QJsonArray stages = json.value(QLatin1String("stages")).toArray();
        QStringList checklist;
        for (const QJsonValue& v : stages) {
            const QJsonObject s = v.toObject();
            for (const char* key : {"stage", "system", "status", "occurred_at", "latency_s"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
            checklist << s.value(QLatin1String("stage")).toString() + QLatin1Char(':') +
                             s.value(QLatin1String("status")).toString();
            const QJsonValue at = s.value(QLatin1String("occurred_at"));
            QVERIFY(at.isNull() || iso.match(at.toString()).hasMatch());
        }
        QCOMPARE(
            checklist.join(QLatin1Char(' ')),
            QStringLiteral("capture:done payment:done submit:done allocate:done erp-post:failed pick:missing "
                           "ship:missing deliver:missing settle:missing"));
        const QJsonObject capture = stageOf(json, QStringLiteral("capture"));
        QCOMPARE(capture.value(QLatin1String("occurred_at")).toString(),
                 QStringLiteral("2026-10-30T12:00:00.000000Z"));
        QVERIFY(capture.value(QLatin1String("latency_s")).isNull());
        QCOMPARE(capture.value(QLatin1String("name")).toString(), QStringLiteral("Web checkout"));
        QCOMPARE(stageOf(json, QStringLiteral("payment")).value(QLatin1String("latency_s")).toDouble(), 2.0);
        QCOMPARE(stageOf(json, QStringLiteral("allocate")).value(QLatin1String("latency_s")).toDouble(),
                 60.0);
        const QJsonObject post = stageOf(json, QStringLiteral("erp-post"));
        QCOMPARE(post.value(QLatin1String("system")).toString(), QStringLiteral("erp"));
        QCOMPARE(post.value(QLatin1String("latency_s")).toDouble(), 120.0);
        QCOMPARE(post.value(QLatin1String("sla_s")).toDouble(), 3600.0);
        QCOMPARE(post.value(QLatin1String("error")).toString(),
                 QStringLiteral("business_rule: Posting period 2026-10 is not open"));
        const QJsonObject pick = stageOf(json, QStringLiteral("pick"));
        QVERIFY(pick.value(QLatin1String("occurred_at")).isNull());
        QCOMPARE(pick.value(QLatin1String("system")).toString(), QStringLiteral("wms.dc-east"));

        // Events in causal order, whatever order their keys and recording times suggest.
        QStringList order;
        for (const QJsonValue& v : json.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            for (const char* key : {"id", "type", "source", "stage", "status", "occurred_at", "causation_id"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(iso.match(e.value(QLatin1String("occurred_at")).toString()).hasMatch());
            order << e.value(QLatin1String("id")).toString();
        }
        QCOMPARE(order,
                 (QStringList{QStringLiteral("hand-1"), QStringLiteral("hand-2"), QStringLiteral("hand-3"),
                              QStringLiteral("hand-4"), QStringLiteral("hand-5")}));
        const QJsonObject rejected = json.value(QLatin1String("events")).toArray().at(4).toObject();
        QCOMPARE(rejected.value(QLatin1String("type")).toString(),
                 QStringLiteral("erp.sales_order.rejected"));
        QCOMPARE(rejected.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(rejected.value(QLatin1String("causation_id")).toString(), QStringLiteral("hand-4"));
        QVERIFY(json.value(QLatin1String("events"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("causation_id"))
                    .isNull());

        const QJsonArray failed = json.value(QLatin1String("failed_messages")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).toObject().value(QLatin1String("message_id")).toString(),
                 QStringLiteral("MSG-HAND-1"));
        QCOMPARE(failed.at(0).toObject().value(QLatin1String("queue")).toString(),
                 QStringLiteral("erp.sales-orders.dlq"));
        QCOMPARE(failed.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("open"));
    }

    // Posting the same telemetry again changes nothing.
    void aRetriedBatchChangesNothing()
    {
        const QJsonObject before =
            lineage(QStringLiteral("HAND-0001"), QStringLiteral("2026-10-30T13:00:00Z"));
        {
            auto store = openStore(m_store, OpenMode::ReadWrite);
            QVERIFY(store);
            IngestBatch again = handWrittenFailure();
            std::reverse(again.events.begin(), again.events.end());
            auto result = store.value()->ingest(again);
            QVERIFY(result.ok());
            QCOMPARE(result->eventsInserted, 0);
        }
        QCOMPARE(lineage(QStringLiteral("HAND-0001"), QStringLiteral("2026-10-30T13:00:00Z")), before);
    }

    void theVerdictFollowsTheTimeItIsJudgedAt()
    {
        QJsonObject json = lineage(QStringLiteral("HAND-0002"), QStringLiteral("2026-10-30T12:00:10Z"));
        QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(json.value(QLatin1String("summary")).toString(),
                 QStringLiteral("In progress: waiting for OMS order intake, due in 1 min 52 s"));
        QCOMPARE(stageOf(json, QStringLiteral("submit")).value(QLatin1String("status")).toString(),
                 QStringLiteral("missing"));
        QCOMPARE(stageOf(json, QStringLiteral("submit")).value(QLatin1String("expected_by")).toString(),
                 QStringLiteral("2026-10-30T12:02:02.000000Z"));

        json = lineage(QStringLiteral("HAND-0002"), QStringLiteral("2026-10-30T12:42:02Z"));
        QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("stuck"));
        QCOMPARE(json.value(QLatin1String("summary")).toString(),
                 QStringLiteral("Stuck at OMS order intake for 42 min (SLA 2 min)"));
        QCOMPARE(stageOf(json, QStringLiteral("submit")).value(QLatin1String("status")).toString(),
                 QStringLiteral("overdue"));
    }

    // The simulator's faults read back as the verdicts they should give.
    void demoFaultsGiveTheirVerdicts()
    {
        const QStringList failed = words(test::queryRaw(
            m_store, QStringLiteral("SELECT group_concat(message_id, ' ') FROM "
                                    "(SELECT message_id FROM failed_messages ORDER BY key LIMIT 6)")));
        QCOMPARE(failed.size(), 6);
        for (const QString& id : failed) {
            const QJsonObject json = lineage(id, QStringLiteral("2030-01-01T00:00:00Z"));
            QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("failed"));
            QVERIFY(json.value(QLatin1String("summary"))
                        .toString()
                        .contains(QLatin1String("1 failed message in ")));
            int failedStages = 0;
            for (const QJsonValue& v : json.value(QLatin1String("stages")).toArray()) {
                if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("failed")) {
                    ++failedStages;
                    QVERIFY(!v.toObject().value(QLatin1String("error")).toString().isEmpty());
                }
            }
            QCOMPARE(failedStages, 1);
        }

        // (A fan-out stage, every store acknowledging a campaign, is done once the stores that answered
        // did: the template cannot say how many stores there are, so one store's silence is not seen.)
        const QStringList stuck = words(test::queryRaw(
            m_store, QStringLiteral("SELECT group_concat(correlation_id || ':' || stage, ' ') FROM "
                                    "(SELECT DISTINCT correlation_id, stage FROM injected_faults "
                                    "WHERE fault_class = 'stuck' AND flow <> 'price-promotion' "
                                    "ORDER BY correlation_id LIMIT 6)")));
        QVERIFY(!stuck.isEmpty());
        for (const QString& row : stuck) {
            const QJsonObject json =
                lineage(row.section(QLatin1Char(':'), 0, 0), QStringLiteral("2030-01-01T00:00:00Z"));
            QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("stuck"));
            QCOMPARE(
                stageOf(json, row.section(QLatin1Char(':'), 1)).value(QLatin1String("status")).toString(),
                QStringLiteral("overdue"));
        }

        const QStringList complete = words(test::queryRaw(
            m_store,
            QStringLiteral("SELECT group_concat(correlation_id, ' ') FROM (SELECT correlation_id FROM events "
                           "WHERE flow = 'store-sale' AND correlation_id NOT IN "
                           "(SELECT correlation_id FROM injected_faults) GROUP BY correlation_id "
                           "HAVING count(DISTINCT stage) = 4 ORDER BY correlation_id LIMIT 6)")));
        QCOMPARE(complete.size(), 6);
        for (const QString& id : complete) {
            const QJsonObject json = lineage(id, QStringLiteral("2030-01-01T00:00:00Z"));
            QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("complete"));
            QVERIFY(
                json.value(QLatin1String("summary")).toString().startsWith(QLatin1String("Complete in ")));
        }
    }

    void textOutputIsAChecklist()
    {
        const CliRun run = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), m_store,
                                      QStringLiteral("HAND-0001"), QStringLiteral("--at"),
                                      QStringLiteral("2026-10-30T13:00:00Z")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.startsWith(QLatin1String("HAND-0001")), run.out.constData());
        QVERIFY(text.contains(QLatin1String("FAILED: Failed at ERP posting")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral(R"(\n  failed\s+ERP posting\s+erp\s)"))));
        QVERIFY(
            text.contains(QRegularExpression(QStringLiteral(R"(\n  missing\s+WMS pick\s+wms\.dc-east)"))));
        QVERIFY(text.contains(QLatin1String("erp.sales_order.rejected")));
        QVERIFY(text.contains(QLatin1String("MSG-HAND-1")));
        QVERIFY(!text.contains(QLatin1String("jane@example.com")));
    }

    // The command line is English: "1 duplicate", "2 duplicates".
    void textCountsDuplicatesInWords_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("count");
        QTest::newRow("one") << QStringLiteral("HAND-0003") << QStringLiteral("1 duplicate");
        QTest::newRow("two") << QStringLiteral("HAND-0004") << QStringLiteral("2 duplicates");
    }
    void textCountsDuplicatesInWords()
    {
        QFETCH(QString, id);
        QFETCH(QString, count);
        const CliRun run = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), m_store, id,
                                      QStringLiteral("--at"), QStringLiteral("2026-11-02T00:00:00Z")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral(R"(\n  done\s+.*  %1(\n|  ))").arg(count))),
                 run.out.constData());
        QVERIFY2(!text.contains(QLatin1String("(s)")), run.out.constData());
    }

    void nothingMatchedExitsThree_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << false;
        QTest::newRow("json") << true;
    }
    void nothingMatchedExitsThree()
    {
        QFETCH(bool, json);
        QStringList args{QStringLiteral("lineage"), QStringLiteral("--store"), m_store,
                         QStringLiteral("ORD-1999-999999")};
        if (json)
            args << QStringLiteral("--json");
        const CliRun run = runCtower(args);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.err.contains("ORD-1999-999999"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no id") << QStringList{QStringLiteral("--store"), QStringLiteral("/tmp/never.db")};
        QTest::newRow("two ids") << QStringList{QStringLiteral("--store"), QStringLiteral("/tmp/never.db"),
                                                QStringLiteral("A"), QStringLiteral("B")};
        QTest::newRow("empty id") << QStringList{QStringLiteral("--store"), QStringLiteral("/tmp/never.db"),
                                                 QStringLiteral(" ")};
        QTest::newRow("bad --at") << QStringList{QStringLiteral("--store"), QStringLiteral("/tmp/never.db"),
                                                 QStringLiteral("A"), QStringLiteral("--at"),
                                                 QStringLiteral("yesterday")};
        QTest::newRow("no store") << QStringList{QStringLiteral("A")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("A"), QStringLiteral("--bogus")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        for (const bool json : {false, true}) {
            const CliRun run = runCtower(QStringList{QStringLiteral("lineage")} + args +
                                         (json ? QStringList{QStringLiteral("--json")} : QStringList{}));
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains("Usage:"), run.err.constData());
        }
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never.db")));
    }

    void neverCreatesAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.db"));
        const CliRun run = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), path,
                                      QStringLiteral("HAND-0001"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestLineageCli)
#include "tst_lineage_cli.moc"
