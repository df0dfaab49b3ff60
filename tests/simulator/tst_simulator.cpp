// The simulated retail estate as a whole: determinism, volume, time order, shape and the form of what
// it writes (ARCHITECTURE.md §3 and §6).
#include "simulatedrun.h"

#include "flowlibrary.h"

#include "controltower/v1/retail.pb.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ct;
using ct::test::simulate;
using ct::test::SimulatedRun;
using ct::test::smallConfig;

namespace {

constexpr qint64 kDay = 86'400'000'000LL;

// Feeds every field of a value into a hash, each one framed so that shifted boundaries cannot collide.
class Digest {
public:
    void add(const QString& s) { add(s.toUtf8()); }
    void add(const QByteArray& b)
    {
        add(qint64(b.size()));
        m_hash.addData(b);
    }
    void add(qint64 v) { m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(&v), sizeof v)); }
    void add(Timestamp t) { add(t.micros()); }
    void add(const std::optional<qint64>& v) { add(v ? *v : std::numeric_limits<qint64>::min()); }

    void add(const Event& e)
    {
        for (const QString* s : {&e.key, &e.id, &e.source, &e.correlationId, &e.causationId, &e.flow,
                                 &e.stage, &e.type, &e.node, &e.subject, &e.sku, &e.currency, &e.contentType})
            add(*s);
        add(qint64(e.status));
        add(e.occurredAt);
        add(e.recordedAt);
        add(e.quantity);
        add(e.amountMinor);
        add(e.payload);
        add(e.attributes);
    }
    void add(const FailedMessage& m)
    {
        for (const QString* s : {&m.key,
                                 &m.messageId,
                                 &m.correlationId,
                                 &m.eventId,
                                 &m.source,
                                 &m.flow,
                                 &m.stage,
                                 &m.broker,
                                 &m.queue,
                                 &m.originalExchange,
                                 &m.originalRoutingKey,
                                 &m.deathReason,
                                 &m.errorClass,
                                 &m.errorText,
                                 &m.contentType,
                                 &m.assignee,
                                 &m.note,
                                 &m.sku,
                                 &m.node,
                                 &m.currency})
            add(*s);
        add(m.deathCount);
        add(m.firstDeathAt);
        add(m.lastDeathAt);
        add(m.headers);
        add(m.payload);
        add(failedMessageStateName(m.state));
        add(m.version);
        add(m.replayCount);
        add(m.quantity);
        add(m.amountMinor);
    }
    void add(const InventoryPosition& p)
    {
        add(p.sku);
        add(p.node);
        add(p.system);
        add(p.onHand);
        add(p.reserved);
        add(p.asOf);
        add(p.unitCostMinor);
        add(p.costCurrency);
    }
    void add(const PricePosition& p)
    {
        add(p.sku);
        add(p.node);
        add(p.system);
        add(p.priceMinor);
        add(p.currency);
        add(p.promotionId);
        add(p.asOf);
    }
    void add(const InjectedFault& f)
    {
        for (const QString* s : {&f.correlationId, &f.faultClass, &f.flow, &f.stage, &f.system, &f.eventId,
                                 &f.sku, &f.node, &f.detail})
            add(*s);
        add(f.quantity);
    }
    template <typename T> void addAll(const QList<T>& items)
    {
        add(qint64(items.size()));
        for (const T& item : items)
            add(item);
    }
    QByteArray result() const { return m_hash.result().toHex(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

QByteArray digestOf(const SimulationConfig& config, SimulationSummary* summary = nullptr)
{
    Digest digest;
    const SimulationSummary s = RetailSimulator(config).run([&](IngestBatch& batch) {
        digest.addAll(batch.events);
        digest.addAll(batch.failedMessages);
        digest.addAll(batch.inventory);
        digest.addAll(batch.prices);
        digest.addAll(batch.faults);
        return true;
    });
    if (summary)
        *summary = s;
    return digest.result();
}

SimulationConfig faultyConfig()
{
    SimulationConfig config = smallConfig();
    config.peak = true;
    for (const QString& name : faultClassNames())
        config.faultRates[name] = 0.03;
    return config;
}

int hourOf(Timestamp t)
{
    return int((t.micros() / 3'600'000'000LL) % 24);
}

// The first event of every transaction, by correlation id.
QHash<QString, const Event*> firstEvents(const QList<Event>& events)
{
    QHash<QString, const Event*> first;
    for (const Event& e : events) {
        const Event*& f = first[e.correlationId];
        if (!f || e.occurredAt < f->occurredAt)
            f = &e;
    }
    return first;
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameConfigGivesIdenticalOutput()
    {
        SimulationSummary first, second;
        const QByteArray a = digestOf(faultyConfig(), &first);
        const QByteArray b = digestOf(faultyConfig(), &second);
        QVERIFY(first.events > 10'000);
        QCOMPARE(a, b);
        QCOMPARE(first.events, second.events);
        QCOMPARE(first.faultsByClass, second.faultsByClass);
    }

    void batchSizeDoesNotChangeContent()
    {
        SimulationConfig config = faultyConfig();
        SimulatedRun big = simulate(config);
        config.batchEvents = 777;
        SimulatedRun small = simulate(config);
        Digest a, b;
        a.addAll(big.events);
        a.addAll(big.failedMessages);
        a.addAll(big.inventory);
        a.addAll(big.prices);
        b.addAll(small.events);
        b.addAll(small.failedMessages);
        b.addAll(small.inventory);
        b.addAll(small.prices);
        QCOMPARE(a.result(), b.result());
        QVERIFY(small.batches > big.batches);
    }

    void differentInputsGiveDifferentOutput_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("seed") << QStringLiteral("seed");
        QTest::newRow("skus") << QStringLiteral("skus");
        QTest::newRow("fault rate") << QStringLiteral("fault");
        QTest::newRow("peak") << QStringLiteral("peak");
    }
    void differentInputsGiveDifferentOutput()
    {
        QFETCH(QString, change);
        SimulationConfig config = faultyConfig();
        const QByteArray base = digestOf(config);
        if (change == QLatin1String("seed"))
            config.seed = 2;
        else if (change == QLatin1String("skus"))
            config.skus = 301;
        else if (change == QLatin1String("fault"))
            config.faultRates[QStringLiteral("stuck")] = 0.05;
        else
            config.peak = false;
        QVERIFY(digestOf(config) != base);
    }

    void shiftingUntilShiftsTimesAndKeepsCounts()
    {
        SimulationConfig config = faultyConfig();
        const SimulatedRun a = simulate(config);
        config.until = config.until.plusMicros(kDay);
        const SimulatedRun b = simulate(config);
        QCOMPARE(b.events.size(), a.events.size());
        QCOMPARE(b.failedMessages.size(), a.failedMessages.size());
        QCOMPARE(b.inventory.size(), a.inventory.size());
        QCOMPARE(b.prices.size(), a.prices.size());
        QCOMPARE(b.faults.size(), a.faults.size());
        QCOMPARE(b.summary.transactionsByFlow, a.summary.transactionsByFlow);
        QCOMPARE(b.summary.faultsByClass, a.summary.faultsByClass);
        for (qsizetype i = 0; i < a.events.size(); ++i) {
            const Event& x = a.events[i];
            const Event& y = b.events[i];
            QCOMPARE(y.occurredAt.micros(), x.occurredAt.micros() + kDay);
            QCOMPARE(y.recordedAt.micros(), x.recordedAt.micros() + kDay);
            QCOMPARE(y.id, x.id);
            QCOMPARE(y.type, x.type);
            QCOMPARE(y.source, x.source);
            QCOMPARE(y.status, x.status);
            QCOMPARE(y.quantity, x.quantity);
        }
        for (qsizetype i = 0; i < a.inventory.size(); ++i)
            QCOMPARE(b.inventory[i].onHand, a.inventory[i].onHand);
    }

    void defaultsGiveAboutFourHundredThousandEvents()
    {
        QString error;
        const SimulationConfig config = SimulationConfig::withDefaults(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(config.validate(), QString());
        qint64 events = 0;
        qint64 failed = 0;
        QElapsedTimer timer;
        timer.start();
        const SimulationSummary summary = RetailSimulator(config).run([&](IngestBatch& batch) {
            events += batch.events.size();
            failed += batch.failedMessages.size();
            return true;
        });
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        qDebug("defaults: %lld transactions, %lld events, %lld failed messages, %lld inventory and %lld "
               "price positions "
               "in %.2f s",
               summary.transactions, summary.events, summary.failedMessages, summary.inventoryPositions,
               summary.pricePositions, seconds);
        QCOMPARE(summary.events, events);
        QCOMPARE(summary.failedMessages, failed);
        QVERIFY2(events >= 300'000 && events <= 500'000, qPrintable(QString::number(events)));
        QCOMPARE(summary.transactionsByFlow.keys(), [] {
            QStringList ids = FlowLibrary::requiredFlows();
            ids.sort();
            return ids;
        }());
        const qint64 webOrders = summary.transactionsByFlow.value(QStringLiteral("order-to-cash")) +
                                 summary.transactionsByFlow.value(QStringLiteral("bopis"));
        QVERIFY(qAbs(webOrders - 7 * 2000) < 7 * 2000 / 20);
        QVERIFY(qAbs(summary.transactionsByFlow.value(QStringLiteral("store-sale")) - 7 * 20 * 500) <
                7 * 20 * 500 / 20);
        QCOMPARE(summary.transactionsByFlow.value(QStringLiteral("inventory-sync")), qint64(7 * 24 * 23));
    }

    void eventsComeInTimeOrderWithinTheWindow_data()
    {
        QTest::addColumn<QString>("until");
        QTest::newRow("midnight") << QStringLiteral("2026-11-02T00:00:00Z");
        // `ctower demo --until now` ends the window at any odd moment, inside the flash sale here.
        QTest::newRow("odd moment") << QStringLiteral("2026-03-15T19:37:12.345678Z");
    }
    void eventsComeInTimeOrderWithinTheWindow()
    {
        QFETCH(QString, until);
        SimulationConfig config = faultyConfig();
        config.until = *Timestamp::fromIso(until);
        const SimulatedRun run = simulate(config);
        const Timestamp start = config.until.plusMicros(-config.days * kDay);
        for (qsizetype i = 0; i < run.events.size(); ++i) {
            const Event& e = run.events[i];
            QVERIFY(e.occurredAt >= start);
            QVERIFY(e.occurredAt < config.until);
            QVERIFY(e.recordedAt < config.until);
            QVERIFY(e.recordedAt >= e.occurredAt);
            if (i > 0)
                QVERIFY(run.events[i - 1].occurredAt <= e.occurredAt);
        }
        QVERIFY(run.largestBatch <= config.batchEvents);
        QVERIFY(!run.inventory.isEmpty());
        QVERIFY(!run.prices.isEmpty());
        for (const InventoryPosition& p : run.inventory)
            QCOMPARE(p.asOf, config.until);
    }

    void positionsComeInTheLastBatches()
    {
        SimulationConfig config = smallConfig();
        bool positionsSeen = false;
        RetailSimulator(config).run([&](IngestBatch& batch) {
            if (!batch.inventory.isEmpty() || !batch.prices.isEmpty())
                positionsSeen = true;
            else if (positionsSeen && !batch.events.isEmpty())
                return false;
            return true;
        });
        QVERIFY(positionsSeen);
    }

    void sinkCanStopAndCancelIsHonoured()
    {
        const SimulationConfig config = smallConfig();
        int calls = 0;
        const SimulationSummary stopped = RetailSimulator(config).run([&](IngestBatch&) {
            ++calls;
            return false;
        });
        QCOMPARE(calls, 1);
        QCOMPARE(stopped.events, qint64(config.batchEvents));
        QCOMPARE(stopped.inventoryPositions, qint64(0));

        std::atomic_bool cancel{true};
        QList<int> progress;
        const SimulationSummary cancelled = RetailSimulator(config).run(
            [&](IngestBatch&) { return ++calls > 0; }, [&](int p) { progress << p; }, &cancel);
        QCOMPARE(cancelled.transactions, qint64(0));
        QCOMPARE(calls, 1);

        progress.clear();
        RetailSimulator(config).run([](IngestBatch&) { return true; }, [&](int p) { progress << p; });
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    }

    void invalidConfigGeneratesNothing()
    {
        SimulationConfig config = smallConfig();
        config.faultRates[QStringLiteral("stuck")] = 2.0;
        int calls = 0;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot run")));
        const SimulationSummary summary =
            RetailSimulator(config).run([&](IngestBatch&) { return ++calls > 0; });
        QCOMPARE(calls, 0);
        QCOMPARE(summary.events, qint64(0));
    }

    void identifiersHaveTheirFixedForms()
    {
        const SimulatedRun run = simulate(faultyConfig());
        const QRegularExpression kebab(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
        const QRegularExpression type(
            QStringLiteral(R"(^[a-z][a-z0-9]*(_[a-z0-9]+)*(\.[a-z][a-z0-9]*(_[a-z0-9]+)*){2}$)"));
        const QRegularExpression perNodeSource(
            QStringLiteral(R"(^(pos\.st-\d{3}|wms\.dc-(east|west|north))$)"));
        const QRegularExpression node(QStringLiteral(R"(^(DC-(EAST|WEST|NORTH)|ST-\d{3}|CHAIN|WEB)$)"));
        const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        const QHash<QString, QRegularExpression> correlation{
            {QStringLiteral("order-to-cash"), QRegularExpression(QStringLiteral(R"(^ORD-\d{4}-\d{6}$)"))},
            {QStringLiteral("bopis"), QRegularExpression(QStringLiteral(R"(^ORD-\d{4}-\d{6}$)"))},
            {QStringLiteral("store-sale"), QRegularExpression(QStringLiteral(R"(^RCPT-ST\d{3}-\d{6}$)"))},
            {QStringLiteral("return-refund"), QRegularExpression(QStringLiteral(R"(^RET-\d{6}$)"))},
            {QStringLiteral("inventory-sync"), QRegularExpression(QStringLiteral(R"(^SYNC-\d{6}$)"))},
            {QStringLiteral("price-promotion"), QRegularExpression(QStringLiteral(R"(^CAMP-\d{4}$)"))},
            {QStringLiteral("customer-sync"), QRegularExpression(QStringLiteral(R"(^CUST-\d{7}$)"))},
        };
        QSet<QString> flows;
        for (const Event& e : run.events) {
            flows.insert(e.flow);
            QVERIFY2(correlation.value(e.flow).match(e.correlationId).hasMatch(),
                     qPrintable(e.correlationId));
            QVERIFY2(kebab.match(e.stage).hasMatch(), qPrintable(e.stage));
            QVERIFY2(type.match(e.type).hasMatch(), qPrintable(e.type));
            QVERIFY(e.type.startsWith(test::systemOf(e.source) + QLatin1Char('.')));
            const QString system = test::systemOf(e.source);
            if (system == QLatin1String("pos") || system == QLatin1String("wms"))
                QVERIFY2(perNodeSource.match(e.source).hasMatch(), qPrintable(e.source));
            else
                QVERIFY2(!e.source.contains(QLatin1Char('.')), qPrintable(e.source));
            if (!e.node.isEmpty())
                QVERIFY2(node.match(e.node).hasMatch(), qPrintable(e.node));
            QVERIFY(uuid.match(e.id).hasMatch());
            QVERIFY(uuid.match(e.key).hasMatch());
            QCOMPARE(e.key.mid(14, 1), QStringLiteral("7"));
        }
        QStringList sorted(flows.cbegin(), flows.cend());
        sorted.sort();
        QStringList required = FlowLibrary::requiredFlows();
        required.sort();
        QCOMPARE(sorted, required);
    }

    void causationFollowsTheTemplates()
    {
        QString error;
        const FlowLibrary& library = FlowLibrary::builtIn(&error);
        const SimulatedRun run = simulate(faultyConfig());
        QHash<QString, const Event*> byId;
        for (const Event& e : run.events)
            byId.insert(e.source + QLatin1Char('/') + e.id, &e);
        QHash<QString, const Event*> byPlainId;
        for (const Event& e : run.events)
            byPlainId.insert(e.id, &e);
        for (const Event& e : run.events) {
            const FlowTemplate* flow = library.find(e.flow);
            QVERIFY(flow);
            const int stage = flow->stageIndex(e.stage);
            QVERIFY2(stage >= 0, qPrintable(e.stage));
            const int cause = flow->stage(stage).cause;
            if (cause < 0) {
                QVERIFY(e.causationId.isEmpty());
                continue;
            }
            const Event* c = byPlainId.value(e.causationId);
            QVERIFY2(c, qPrintable(e.causationId));
            QCOMPARE(c->correlationId, e.correlationId);
            QCOMPARE(c->stage, flow->stage(cause).id);
            QVERIFY(c->occurredAt < e.occurredAt);
        }
    }

    void payloadsAreCompactSortedJsonOrSaleCompleted()
    {
        const SimulatedRun run = simulate(faultyConfig());
        const QString json = QStringLiteral("application/json");
        const QString sale =
            QStringLiteral("application/x-protobuf; messageType=controltower.v1.SaleCompleted");
        int protobufs = 0;
        int withPii = 0;
        for (const Event& e : run.events) {
            if (e.contentType == sale) {
                ++protobufs;
                QCOMPARE(e.flow, QStringLiteral("store-sale"));
                controltower::v1::SaleCompleted message;
                QVERIFY(message.ParseFromArray(e.payload.constData(), int(e.payload.size())));
                QCOMPARE(QString::fromStdString(message.receipt_id()), e.correlationId);
                QCOMPARE(message.lines_size(), 1);
                QCOMPARE(QString::fromStdString(message.lines(0).sku()), e.sku);
                QCOMPARE(message.total_minor(), *e.amountMinor);
                QCOMPARE(QString::fromStdString(message.store()), e.node);
                continue;
            }
            QCOMPARE(e.contentType, json);
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(e.payload, &parseError);
            QVERIFY2(doc.isObject(),
                     qPrintable(parseError.errorString() + QLatin1Char(' ') + QString::fromUtf8(e.payload)));
            // Qt writes compact JSON with sorted keys, so equal bytes mean the payload is compact and sorted.
            QCOMPARE(doc.toJson(QJsonDocument::Compact), e.payload);
            const QJsonObject o = doc.object();
            // A schema fault drops a field, so only intact events must carry every personal field.
            if (e.status == EventStatus::Ok && o.contains(QLatin1String("customer_email"))) {
                ++withPii;
                QVERIFY(o.value(QLatin1String("customer_email")).toString().contains(QLatin1Char('@')));
                QVERIFY(!o.value(QLatin1String("customer_name")).toString().isEmpty());
                QVERIFY(!o.value(QLatin1String("ship_to"))
                             .toObject()
                             .value(QLatin1String("postal_code"))
                             .toString()
                             .isEmpty());
            }
        }
        QVERIFY(protobufs > 1000);
        QVERIFY(withPii > 1000);
    }

    void lineAndMoneyFieldsAreSet()
    {
        const SimulatedRun run = simulate(faultyConfig());
        QString error;
        const FlowLibrary& library = FlowLibrary::builtIn(&error);
        for (const Event& e : run.events) {
            const FlowStage& stage = library.find(e.flow)->stage(library.find(e.flow)->stageIndex(e.stage));
            if (stage.payload & PayloadFacet::Money) {
                QVERIFY(e.amountMinor.has_value());
                QVERIFY(*e.amountMinor > 0);
                QCOMPARE(e.currency, QStringLiteral("EUR"));
            } else {
                QVERIFY(!e.amountMinor.has_value());
            }
            if (stage.payload & (PayloadFacet::Line | PayloadFacet::Stock)) {
                QVERIFY(!e.sku.isEmpty());
                QVERIFY(e.quantity.has_value());
            }
            if (!stage.posting.isEmpty())
                QCOMPARE(
                    QJsonDocument::fromJson(e.attributes).object().value(QLatin1String("posting")).toString(),
                    stage.posting);
        }
    }

    void dayHasItsShape()
    {
        const SimulatedRun run = simulate(smallConfig());
        const auto first = firstEvents(run.events);
        int webAt[24] = {};
        int tillsAt[24] = {};
        for (const Event* e : first) {
            if (e->flow == QLatin1String("order-to-cash") || e->flow == QLatin1String("bopis"))
                ++webAt[hourOf(e->occurredAt)];
            if (e->flow == QLatin1String("store-sale"))
                ++tillsAt[hourOf(e->occurredAt)];
        }
        QVERIFY2(webAt[20] > 3 * webAt[4],
                 qPrintable(QStringLiteral("%1 vs %2").arg(webAt[20]).arg(webAt[4])));
        for (int h : {0, 3, 6, 7, 20, 21, 23})
            QCOMPARE(tillsAt[h], 0);
        QVERIFY(tillsAt[12] > 0);
    }

    void peakMultipliesWebOrdersAndErpBacklog()
    {
        SimulationConfig config = smallConfig();
        const Timestamp peakStart = config.until.plusMicros(-6 * 3'600'000'000LL);
        const Timestamp peakEnd = peakStart.plusMicros(4 * 3'600'000'000LL);
        auto measure = [&](bool peak, qint64* orders, double* medianErpDelayS) {
            config.peak = peak;
            const SimulatedRun run = simulate(config);
            *orders = 0;
            QHash<QString, const Event*> byId;
            for (const Event& e : run.events)
                byId.insert(e.id, &e);
            QList<double> delays;
            for (const Event& e : run.events) {
                const bool web = e.flow == QLatin1String("order-to-cash") || e.flow == QLatin1String("bopis");
                if (web && e.causationId.isEmpty() && e.occurredAt >= peakStart && e.occurredAt < peakEnd)
                    ++*orders;
                if (web && e.stage == QLatin1String("erp-post")) {
                    const Event* cause = byId.value(e.causationId);
                    if (cause && cause->occurredAt >= peakStart.plusMicros(3'600'000'000LL) &&
                        cause->occurredAt < peakEnd)
                        delays << double(e.occurredAt.micros() - cause->occurredAt.micros()) / 1e6;
                }
            }
            std::sort(delays.begin(), delays.end());
            *medianErpDelayS = delays.isEmpty() ? 0.0 : delays[delays.size() / 2];
        };
        qint64 normalOrders = 0, peakOrders = 0;
        double normalDelay = 0, peakDelay = 0;
        measure(false, &normalOrders, &normalDelay);
        measure(true, &peakOrders, &peakDelay);
        QVERIFY2(peakOrders > 4 * normalOrders,
                 qPrintable(QStringLiteral("%1 vs %2").arg(peakOrders).arg(normalOrders)));
        QVERIFY2(peakDelay > normalDelay + 1800,
                 qPrintable(QStringLiteral("%1 vs %2").arg(peakDelay).arg(normalDelay)));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
