// Faults of the simulated estate (ARCHITECTURE.md §6, fault table): rates, and what each class leaves
// behind in events, failed messages and the fault ledger.
#include "simulatedrun.h"

#include "flowlibrary.h"
#include "simulator/estatecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace ct;
using ct::test::SimulatedRun;

namespace {

constexpr qint64 kDay = 86'400'000'000LL;
constexpr double kRate = 0.05;

const QStringList& failureClasses()
{
    static const QStringList names{QStringLiteral("schema_validation"), QStringLiteral("business_rule"),
                                   QStringLiteral("routing"), QStringLiteral("downstream_timeout")};
    return names;
}

// A check that a postal code has its country's shape.
bool postalCodeFits(const QString& country, const QString& code)
{
    static const QHash<QString, QRegularExpression> shapes{
        {QStringLiteral("DE"), QRegularExpression(QStringLiteral(R"(^\d{5}$)"))},
        {QStringLiteral("FR"), QRegularExpression(QStringLiteral(R"(^\d{5}$)"))},
        {QStringLiteral("AT"), QRegularExpression(QStringLiteral(R"(^\d{4}$)"))},
        {QStringLiteral("BE"), QRegularExpression(QStringLiteral(R"(^\d{4}$)"))},
        {QStringLiteral("NL"), QRegularExpression(QStringLiteral(R"(^\d{4} [A-Z]{2}$)"))},
    };
    return shapes.value(country).match(code).hasMatch();
}

int numberAfterDash(const QString& code)
{
    return code.mid(code.lastIndexOf(QLatin1Char('-')) + 1).toInt();
}

QJsonObject payloadOf(const Event& e)
{
    return QJsonDocument::fromJson(e.payload).object();
}

QJsonObject addressOf(const QJsonObject& payload)
{
    return payload.contains(QLatin1String("ship_to")) ? payload.value(QLatin1String("ship_to")).toObject()
                                                      : payload.value(QLatin1String("address")).toObject();
}

} // namespace

class TestSimulatorFaults : public QObject {
    Q_OBJECT
private:
    SimulationConfig m_config;

    // The standard cost of a SKU of the estate, as the ERP knows it.
    qint64 costOf(const QString& sku) const
    {
        const EstateCatalog catalog(m_config);
        for (int i = 0; i < catalog.skuCount(); ++i) {
            if (catalog.sku(i) == sku)
                return catalog.unitCostMinor(i);
        }
        return 0;
    }
    SimulatedRun m_run;
    QHash<QString, QList<const Event*>> m_eventsById;
    QHash<QString, QList<const Event*>> m_eventsByCorrelation;
    QHash<QString, QList<const InjectedFault*>> m_faultsByCorrelation;
    const FlowLibrary* m_flows = nullptr;

    const Event* onlyEvent(const QString& id)
    {
        const auto events = m_eventsById.value(id);
        return events.isEmpty() ? nullptr : events.first();
    }
    QList<const InjectedFault*> rowsOf(const QString& faultClass) const
    {
        QList<const InjectedFault*> rows;
        for (const InjectedFault& f : m_run.faults) {
            if (f.faultClass == faultClass)
                rows << &f;
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_config = test::smallConfig();
        m_config.days = 12;
        m_config.ordersPerDay = 800;
        m_config.stores = 10;
        m_config.salesPerStorePerDay = 250;
        for (const QString& name : faultClassNames())
            m_config.faultRates[name] = kRate;
        QCOMPARE(m_config.validate(), QString());
        m_run = test::simulate(m_config);
        for (const Event& e : m_run.events) {
            m_eventsById[e.id] << &e;
            m_eventsByCorrelation[e.correlationId] << &e;
        }
        for (const InjectedFault& f : m_run.faults)
            m_faultsByCorrelation[f.correlationId] << &f;
        QString error;
        m_flows = &FlowLibrary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void eachClassStrikesAtItsRate_data()
    {
        QTest::addColumn<QString>("faultClass");
        for (const QString& name : faultClassNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void eachClassStrikesAtItsRate()
    {
        QFETCH(QString, faultClass);
        // Transactions that started early enough to have run their whole course before the window closed;
        // a fault whose stage would come after the end has not happened yet.
        const Timestamp cutoff = m_config.until.plusMicros(-6 * kDay);
        qint64 transactions = 0;
        qint64 struck = 0;
        for (auto it = m_eventsByCorrelation.cbegin(); it != m_eventsByCorrelation.cend(); ++it) {
            const Event* first =
                *std::min_element(it.value().cbegin(), it.value().cend(), [](const Event* a, const Event* b) {
                    return a->occurredAt < b->occurredAt;
                });
            if (first->occurredAt >= cutoff)
                continue;
            ++transactions;
            const auto rows = m_faultsByCorrelation.value(it.key());
            if (!rows.isEmpty() && rows.first()->faultClass == faultClass)
                ++struck;
        }
        const double expected = kRate * double(transactions);
        const double sigma = std::sqrt(double(transactions) * kRate * (1.0 - kRate));
        qDebug("%s: %lld of %lld transactions, expected %.0f ± %.0f", qPrintable(faultClass), struck,
               transactions, expected, 4 * sigma);
        QVERIFY(transactions > 20'000);
        QVERIFY2(std::abs(double(struck) - expected) <= 4.0 * sigma,
                 qPrintable(QStringLiteral("%1 struck, %2 expected").arg(struck).arg(expected)));
    }

    void atMostOneFaultPerTransaction()
    {
        for (auto it = m_faultsByCorrelation.cbegin(); it != m_faultsByCorrelation.cend(); ++it) {
            QSet<QString> classes;
            QSet<QString> stages;
            for (const InjectedFault* f : it.value()) {
                classes.insert(f->faultClass);
                stages.insert(f->stage);
            }
            QCOMPARE(classes.size(), 1);
            QCOMPARE(stages.size(), 1);
        }
        QMap<QString, qint64> faultedTransactions;
        for (auto it = m_faultsByCorrelation.cbegin(); it != m_faultsByCorrelation.cend(); ++it)
            ++faultedTransactions[it.value().first()->faultClass];
        QCOMPARE(faultedTransactions, m_run.summary.faultsByClass);
    }

    void ledgerRowsAreComplete()
    {
        for (const InjectedFault& f : m_run.faults) {
            QVERIFY(faultClassNames().contains(f.faultClass));
            const FlowTemplate* flow = m_flows->find(f.flow);
            QVERIFY2(flow, qPrintable(f.flow));
            QVERIFY(flow->stageIndex(f.stage) > 0);
            QVERIFY(!f.system.isEmpty());
            QVERIFY(!f.detail.isEmpty());
            QVERIFY2(m_eventsById.contains(f.eventId), qPrintable(f.eventId));
            QVERIFY(m_eventsByCorrelation.contains(f.correlationId));
        }
    }

    void failedMessagesPointAtFailedEvents()
    {
        QVERIFY(m_run.failedMessages.size() > 1000);
        QSet<QString> failedEventIds;
        for (const FailedMessage& m : m_run.failedMessages) {
            QVERIFY2(m_eventsByCorrelation.contains(m.correlationId), qPrintable(m.correlationId));
            const Event* e = onlyEvent(m.eventId);
            QVERIFY2(e, qPrintable(m.eventId));
            QCOMPARE(e->status, EventStatus::Failed);
            QCOMPARE(e->correlationId, m.correlationId);
            QCOMPARE(e->source, m.source);
            QCOMPARE(m.messageId, e->id);
            QCOMPARE(m.payload, e->payload);
            QCOMPARE(m.contentType, e->contentType);
            QCOMPARE(m.sku, e->sku);
            QCOMPARE(m.node, e->node);
            QCOMPARE(m.quantity, e->quantity);
            QCOMPARE(m.amountMinor, e->amountMinor);
            QVERIFY(failureClasses().contains(m.errorClass));
            QCOMPARE(m.state, FailedMessageState::Open);
            QCOMPARE(m.broker, QStringLiteral("rabbitmq"));
            QVERIFY(m.queue.endsWith(QLatin1String(".dlq")));
            const FlowTemplate* flow = m_flows->find(m.flow);
            const FlowStage& stage = flow->stage(flow->stageIndex(m.stage));
            QCOMPARE(m.queue, stage.queueAt(e->node) + QStringLiteral(".dlq"));
            QVERIFY(m.deathReason == QLatin1String("rejected") ||
                    (m.deathReason == QLatin1String("expired") &&
                     m.errorClass == QLatin1String("downstream_timeout")));
            QVERIFY(m.deathCount >= 1);
            QVERIFY(m.firstDeathAt <= m.lastDeathAt);
            QVERIFY(!m.errorText.isEmpty());
            QVERIFY(!m.originalExchange.isEmpty() && !m.originalRoutingKey.isEmpty());
            const QJsonObject headers = QJsonDocument::fromJson(m.headers).object();
            QCOMPARE(headers.value(QLatin1String("x-error-class")).toString(), m.errorClass);
            const QJsonObject death = headers.value(QLatin1String("x-death")).toArray().first().toObject();
            QCOMPARE(death.value(QLatin1String("reason")).toString(), m.deathReason);
            QCOMPARE(qint64(death.value(QLatin1String("count")).toInteger()), m.deathCount);
            QCOMPARE(death.value(QLatin1String("exchange")).toString(), m.originalExchange);
            QVERIFY(m.key.size() == 36);
            QVERIFY(!failedEventIds.contains(m.eventId));
            failedEventIds.insert(m.eventId);
        }
        qint64 failedEvents = 0;
        for (const Event& e : m_run.events) {
            if (e.status == EventStatus::Failed) {
                ++failedEvents;
                QVERIFY(failedEventIds.contains(e.id));
            }
        }
        QCOMPARE(failedEvents, qint64(m_run.failedMessages.size()));
        QCOMPARE(m_run.summary.failedMessages, qint64(m_run.failedMessages.size()));
    }

    // A failure says so in its type (erp.sales_order.rejected), every other event has its stage's own.
    void failedEventsSayItInTheirType()
    {
        qint64 failed = 0;
        for (const Event& e : m_run.events) {
            const FlowTemplate* flow = m_flows->find(e.flow);
            const FlowStage& stage = flow->stage(flow->stageIndex(e.stage));
            const NodeKind kind = e.node.startsWith(QLatin1String("DC-")) ? NodeKind::DistributionCentre
                                  : e.node.startsWith(QLatin1String("ST-")) ? NodeKind::Store
                                                                             : NodeKind::None;
            if (e.status == EventStatus::Failed) {
                ++failed;
                QVERIFY2(!stage.failedType.isEmpty(), qPrintable(e.flow + QLatin1Char(' ') + e.stage));
                QCOMPARE(e.type, stage.failedTypeAt(kind));
            } else {
                QCOMPARE(e.type, stage.typeAt(kind));
            }
        }
        QCOMPARE(failed, qint64(m_run.failedMessages.size()));
    }

    void failuresAndStuckStagesStopTheirBranch_data()
    {
        QTest::addColumn<QString>("faultClass");
        QTest::newRow("stuck") << QStringLiteral("stuck");
        for (const QString& name : failureClasses())
            QTest::newRow(qPrintable(name)) << name;
    }
    void failuresAndStuckStagesStopTheirBranch()
    {
        QFETCH(QString, faultClass);
        const auto rows = rowsOf(faultClass);
        QVERIFY(rows.size() > 100);
        for (const InjectedFault* f : rows) {
            const FlowTemplate* flow = m_flows->find(f->flow);
            const int struck = flow->stageIndex(f->stage);
            const bool fanOut = flow->stage(struck).node == StageNode::AllStores;
            int atStage = 0;
            for (const Event* e : m_eventsByCorrelation.value(f->correlationId)) {
                const int stage = flow->stageIndex(e->stage);
                if (stage == struck && (!fanOut || e->node == f->node))
                    ++atStage;
                if (stage != struck)
                    QVERIFY2(
                        !flow->dependsOn(stage, struck),
                        qPrintable(
                            QStringLiteral("%1 has %2 after %3").arg(f->correlationId, e->stage, f->stage)));
            }
            // A failed stage has its failed event; a stuck one never arrives.
            QCOMPARE(atStage, faultClass == QLatin1String("stuck") ? 0 : 1);
            if (faultClass == QLatin1String("stuck"))
                QCOMPARE(onlyEvent(f->eventId)->stage, flow->stage(flow->stage(struck).cause).id);
        }
    }

    void duplicatesShareSourceAndId()
    {
        const auto rows = rowsOf(QStringLiteral("duplicate"));
        QVERIFY(rows.size() > 100);
        QSet<QString> duplicated;
        for (const InjectedFault* f : rows) {
            const auto copies = m_eventsById.value(f->eventId);
            QCOMPARE(copies.size(), 2);
            const Event& a = *copies[0];
            const Event& b = *copies[1];
            QCOMPARE(a.source, b.source);
            QCOMPARE(a.payload, b.payload);
            QCOMPARE(a.type, b.type);
            QCOMPARE(a.occurredAt, b.occurredAt);
            QCOMPARE(a.correlationId, b.correlationId);
            QCOMPARE(a.causationId, b.causationId);
            QVERIFY(a.recordedAt < b.recordedAt);
            duplicated.insert(a.source + QLatin1Char('/') + a.id);
        }
        QSet<QString> seen;
        for (const Event& e : m_run.events) {
            const QString key = e.source + QLatin1Char('/') + e.id;
            if (seen.contains(key))
                QVERIFY2(duplicated.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }

    void outOfSequenceEventsAreRecordedBeforeTheirCause()
    {
        const auto rows = rowsOf(QStringLiteral("out_of_sequence"));
        QVERIFY(rows.size() > 100);
        for (const InjectedFault* f : rows) {
            const Event* e = onlyEvent(f->eventId);
            QVERIFY(e);
            const Event* cause = onlyEvent(e->causationId);
            QVERIFY(cause);
            QVERIFY(e->recordedAt < cause->recordedAt);
            QVERIFY(cause->occurredAt < e->occurredAt);
            QCOMPARE(e->status, EventStatus::Ok);
        }
    }

    void semanticEventsBreakTheirRuleAndOnlyThey()
    {
        const auto rows = rowsOf(QStringLiteral("semantic"));
        QVERIFY(rows.size() > 100);
        QSet<QString> semanticEvents;
        QSet<QString> rules;
        const QRegularExpression ruleOf(QStringLiteral("^semantic: ([a-z_]+):"));
        for (const InjectedFault* f : rows) {
            const Event* e = onlyEvent(f->eventId);
            QVERIFY(e);
            semanticEvents.insert(e->id);
            QCOMPARE(e->status, EventStatus::Ok);
            const FlowTemplate* flow = m_flows->find(e->flow);
            const FlowStage& stage = flow->stage(flow->stageIndex(e->stage));
            QCOMPARE(stage.inventory, InventoryEffect::None);
            QVERIFY(!stage.appliesPrices);
            const QString rule = ruleOf.match(f->detail).captured(1);
            rules.insert(rule);
            const QJsonObject payload = payloadOf(*e);
            if (rule == QLatin1String("ship_date_before_order_date")) {
                QVERIFY(payload.value(QLatin1String("shipped_at")).toString() <
                        payload.value(QLatin1String("ordered_at")).toString());
            } else if (rule == QLatin1String("postal_code_country_mismatch")) {
                const QJsonObject address = addressOf(payload);
                QVERIFY(!postalCodeFits(address.value(QLatin1String("country")).toString(),
                                        address.value(QLatin1String("postal_code")).toString()));
            } else if (rule == QLatin1String("negative_quantity")) {
                QVERIFY(e->quantity.value_or(0) < 0);
                QVERIFY(payload.value(QLatin1String("lines"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QLatin1String("quantity"))
                            .toInteger() < 0);
            } else if (rule == QLatin1String("unknown_sku")) {
                QString sku = e->sku;
                if (sku.isEmpty())
                    sku = payload.value(QLatin1String("prices"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("sku"))
                              .toString();
                QVERIFY2(numberAfterDash(sku) > m_config.skus, qPrintable(sku));
            } else if (rule == QLatin1String("unknown_store")) {
                QVERIFY2(numberAfterDash(e->node) > m_config.stores, qPrintable(e->node));
            } else if (rule == QLatin1String("price_below_cost")) {
                const QJsonObject line = payload.value(QLatin1String("lines")).toArray().first().toObject();
                QVERIFY(line.value(QLatin1String("unit_price_minor")).toInteger() < costOf(e->sku));
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown rule in \"%1\"").arg(f->detail)));
            }
        }
        QCOMPARE(rules.size(), 6);
        // Every other event keeps the rules, so a data-quality check finds exactly the injected faults.
        for (const Event& e : m_run.events) {
            if (semanticEvents.contains(e.id) || e.contentType != QLatin1String("application/json"))
                continue;
            const QJsonObject payload = payloadOf(e);
            if (payload.contains(QLatin1String("shipped_at")))
                QVERIFY(payload.value(QLatin1String("shipped_at")).toString() >=
                        payload.value(QLatin1String("ordered_at")).toString());
            const QJsonObject address = addressOf(payload);
            if (address.contains(QLatin1String("postal_code")))
                QVERIFY(postalCodeFits(address.value(QLatin1String("country")).toString(),
                                       address.value(QLatin1String("postal_code")).toString()));
            if (payload.contains(QLatin1String("lines"))) {
                QVERIFY(e.quantity.value_or(0) > 0);
                const QJsonObject line = payload.value(QLatin1String("lines")).toArray().first().toObject();
                QVERIFY(line.value(QLatin1String("unit_price_minor")).toInteger() >= costOf(e.sku));
            }
            if (!e.sku.isEmpty())
                QVERIFY(numberAfterDash(e.sku) <= m_config.skus);
            if (e.node.startsWith(QLatin1String("ST-")))
                QVERIFY(numberAfterDash(e.node) <= m_config.stores);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulator_faults.moc"
