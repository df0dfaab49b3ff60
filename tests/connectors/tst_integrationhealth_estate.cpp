// Data-quality rules and integration health on the simulated estate, read back from either engine:
// every semantic fault of the ledger is found under its rule and nothing else is (nothing at all on a
// run without semantic faults); each system pair's sync latency is within 1% of the exact figures from
// the events, and its integrity rate is the direct count of the receiving system's events.
#include "dataqualityscan.h"
#include "flowlibrary.h"
#include "rollupfigures.h"
#include "simulator/demorun.h"
#include "store/storefactory.h"
#include "storefixture.h"
#include "systempairhealth.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

// Passes the batches on to the store and keeps the fault ledger.
class LedgerKeeper : public IngestWriter {
public:
    explicit LedgerKeeper(TelemetryStore& store) : m_store(store) {}
    Expected<IngestResult> ingest(const IngestBatch& batch) override
    {
        faults += batch.faults;
        return m_store.ingest(batch);
    }
    Expected<bool> clearTelemetry() override { return m_store.clearTelemetry(); }
    QList<InjectedFault> faults;

private:
    TelemetryStore& m_store;
};

SimulationConfig estate(quint64 seed, double semanticRate)
{
    QString error;
    SimulationConfig config = SimulationConfig::withDefaults(&error);
    config.seed = seed;
    config.days = 1;
    config.ordersPerDay = 400;
    config.salesPerStorePerDay = 60;
    config.stores = 5;
    config.skus = 200;
    for (const QString& name : faultClassNames())
        config.faultRates[name] = 0.03;
    config.faultRates[QStringLiteral("semantic")] = semanticRate;
    return config;
}

struct FilledStore {
    test::StoreFixture fixture;
    std::unique_ptr<TelemetryStore> store;
    QList<InjectedFault> faults;
    QString error;

    FilledStore(const QString& engine, const SimulationConfig& config) : fixture(engine)
    {
        if (!fixture.isValid()) {
            error = fixture.error();
            return;
        }
        auto opened = openStore(fixture.url(), OpenMode::ReadWrite);
        if (!opened) {
            error = opened.error().text;
            return;
        }
        store = std::move(opened.value());
        LedgerKeeper keeper(*store);
        auto filled = fillWithDemo(*store, config, false, {}, nullptr, &keeper);
        if (!filled)
            error = filled.error().text;
        faults = keeper.faults;
    }
};

void engineAndSeedRows()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<quint64>("seed");
    for (const char* engine : {"sqlite", "postgresql"}) {
        for (quint64 seed : {1, 7, 42})
            QTest::addRow("%s seed %llu", engine, seed) << QString::fromLatin1(engine) << seed;
    }
}

void engineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

DataQualityRules builtInRules()
{
    QString error;
    DataQualityRules rules = DataQualityRules::load(&error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return rules;
}

QSet<QString> found(TelemetryStore& store)
{
    auto reference = readEstateReference(store);
    if (!reference)
        return {QStringLiteral("error: ") + reference.error().text};
    auto report = scanDataQuality(store, builtInRules(), reference.value(), Timestamp(), Timestamp());
    if (!report)
        return {QStringLiteral("error: ") + report.error().text};
    QSet<QString> out;
    for (const DataQualityViolation& v : report->violations)
        out.insert(v.eventId + QLatin1Char(' ') + v.rule);
    return out;
}

// The latencies in [from, until) of every stage pair of a system pair, exact, from the events.
QList<double> exactLatencies(TelemetryStore& store, const SystemPair& pair, const SlaRange& range)
{
    QList<double> out;
    for (const StagePair& s : pair.stages) {
        // Every transaction's exact latency: a breach list with no threshold to speak of.
        auto all = store.slaBreaches(s, -1e9, range.from, range.until, 1'000'000);
        if (!all)
            return {};
        for (const SlaBreach& b : all.value())
            out.append(b.seconds);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestIntegrationHealthEstate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void semanticFaultsAreAllFound_data() { engineAndSeedRows(); }
    void semanticFaultsAreAllFound()
    {
        QFETCH(QString, engine);
        QFETCH(quint64, seed);
        FilledStore filled(engine, estate(seed, 0.15));
        QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));
        const QRegularExpression ruleOf(QStringLiteral("^semantic: ([a-z_]+):"));
        QSet<QString> injected, rules;
        for (const InjectedFault& f : std::as_const(filled.faults)) {
            if (f.faultClass != QLatin1String("semantic"))
                continue;
            const QString rule = ruleOf.match(f.detail).captured(1);
            injected.insert(f.eventId + QLatin1Char(' ') + rule);
            rules.insert(rule);
        }
        QCOMPARE(rules.size(), 6);
        QVERIFY(injected.size() > 30);
        const QSet<QString> detected = found(*filled.store);
        QCOMPARE(detected - injected, QSet<QString>());
        QCOMPARE(injected - detected, QSet<QString>());
    }

    void nothingOnASeedWithoutSemanticFaults_data() { engineAndSeedRows(); }
    void nothingOnASeedWithoutSemanticFaults()
    {
        QFETCH(QString, engine);
        QFETCH(quint64, seed);
        FilledStore filled(engine, estate(seed, 0.0));
        QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));
        QCOMPARE(found(*filled.store), QSet<QString>());
    }

    void pairHealthMatchesTheEvents_data() { engineRows(); }
    void pairHealthMatchesTheEvents()
    {
        QFETCH(QString, engine);
        const SimulationConfig config = estate(7, 0.02);
        FilledStore filled(engine, config);
        QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));
        TelemetryStore& store = *filled.store;
        QString error;
        const FlowLibrary& flows = FlowLibrary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const SlaRange range = SlaRange::ending(config.until.plusMicros(-1), 12 * 3600, 3600);
        auto health = readIntegrationHealth(store, flows, range);
        QVERIFY2(health, qPrintable(health.error().text));
        const QList<SystemPair> pairs = systemPairs(flows);
        QCOMPARE(health->pairs.size(), pairs.size());

        // The receiving systems' events in the range, counted one by one.
        QHash<QString, std::pair<qint64, qint64>> perSystem; // messages, failed
        EventQuery query;
        query.since = range.from;
        query.afterOccurredAt = range.until;
        query.afterKey = QStringLiteral("~");
        query.limit = 5000;
        for (;;) {
            auto page = store.events(query);
            QVERIFY2(page, qPrintable(page.error().text));
            for (const Event& e : page.value()) {
                auto& n = perSystem[systemOfSource(e.source)];
                ++n.first;
                n.second += e.status == EventStatus::Failed ? 1 : 0;
            }
            if (page->size() < query.limit)
                break;
            query.afterOccurredAt = page->constLast().occurredAt;
            query.afterKey = page->constLast().key;
        }

        int measured = 0;
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const PairHealth& h = health->pairs.at(i);
            QCOMPARE(h.from, pairs.at(i).from);
            QCOMPARE(h.to, pairs.at(i).to);
            const QList<double> exact = exactLatencies(store, pairs.at(i), range);
            QCOMPARE(h.count, qint64(exact.size()));
            if (!exact.isEmpty()) {
                ++measured;
                for (auto [p, got] : {std::pair{0.50, h.p50}, {0.95, h.p95}}) {
                    const double want = exact.at(qsizetype(nearestRank(p, exact.size()) - 1));
                    QVERIFY2(qAbs(got - want) <= 0.01 * qAbs(want) + 1e-6,
                             qPrintable(QStringLiteral("%1 -> %2 p%3: %4 against %5")
                                            .arg(h.from, h.to, QString::number(p * 100), QString::number(got), QString::number(want))));
                }
            }
            qint64 messages = 0, failed = 0;
            for (const QString& system : systemsOf(h.to)) {
                messages += perSystem.value(system).first;
                failed += perSystem.value(system).second;
            }
            QCOMPARE(h.messages, messages);
            QCOMPARE(h.errors, failed);
            qint64 bucketMessages = 0;
            for (const PairHealthBucket& b : h.buckets)
                bucketMessages += b.messages;
            QCOMPARE(bucketMessages, messages);
        }
        QVERIFY(measured > 10);
        const qsizetype worst = worstPair(health->pairs);
        QVERIFY(worst >= 0);
        for (const PairHealth& h : health->pairs) {
            if (h.messages > 0)
                QVERIFY(h.integrityRate() >= health->pairs.at(worst).integrityRate());
        }
    }
};

QTEST_GUILESS_MAIN(TestIntegrationHealthEstate)
#include "tst_integrationhealth_estate.moc"
