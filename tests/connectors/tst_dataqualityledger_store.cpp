// The data-quality ledger on both engines, from events written by hand: brought up to date it finds
// exactly what a full scan of the same range finds, while reading only the events stored since its
// last update (a late event inside the range included, one before the range left out); it starts
// again when the rules or the positions change or the range starts earlier, and after the store was
// cleared. On PostgreSQL, an event whose writer commits after a later writer's is found on the next
// update (its number was a gap).
#include "dataqualityledger.h"
#include "storefixture.h"
#include "testsupport.h"
#include "uuid.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

constexpr qint64 kStart = 1'793'577'600'000'000;  // 2026-11-02T00:00:00Z
constexpr qint64 kMinute = 60'000'000;

Timestamp at(qint64 minute)
{
    return Timestamp::fromMicros(kStart + minute * kMinute);
}

// A WMS event `minute` minutes after the start with one line: a negative quantity or an SKU other than
// SKU-1 breaks a rule.
Event lineEvent(int n, qint64 minute, const QString& sku, int quantity)
{
    Event e;
    e.occurredAt = at(minute);
    e.recordedAt = e.occurredAt;
    e.key = uuidV7(quint64(e.occurredAt.micros() / 1000), quint64(n), 41);
    e.id = QStringLiteral("dq-%1").arg(n);
    e.source = QStringLiteral("wms.dc-east");
    e.correlationId = QStringLiteral("dq-c%1").arg(n);
    e.flow = QStringLiteral("order-to-cash");
    e.stage = QStringLiteral("pick");
    e.type = QStringLiteral("wms.pick.completed");
    e.node = QStringLiteral("DC-EAST");
    e.contentType = QStringLiteral("application/json");
    e.payload = QStringLiteral(R"({"lines":[{"sku":"%1","quantity":%2}]})").arg(sku).arg(quantity).toUtf8();
    return e;
}

InventoryPosition position(const QString& sku)
{
    return {sku, QStringLiteral("DC-EAST"), QStringLiteral("wms"), 10, 0, at(0), 0, QString()};
}

DataQualityRules builtInRules()
{
    QString error;
    DataQualityRules rules = DataQualityRules::load(&error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return rules;
}

// Forwards to the store and counts the events read by their numbers.
class CountingReader : public EventReader {
public:
    explicit CountingReader(EventReader& events) : m_events(events) {}
    qint64 read = 0;

    Expected<QList<StoredEvent>> eventsBySequence(qint64 after, qint64 upTo, int limit) override
    {
        auto found = m_events.eventsBySequence(after, upTo, limit);
        if (found)
            read += found->size();
        return found;
    }
    Expected<qint64> firstSequenceSince(Timestamp since) override { return m_events.firstSequenceSince(since); }
    Expected<qint64> newestSequence() override { return m_events.newestSequence(); }
    Expected<QList<Event>> eventsByCorrelation(const QString& id) override { return m_events.eventsByCorrelation(id); }
    Expected<QList<Event>> events(const EventQuery& query) override { return m_events.events(query); }
    Expected<QString> correlationOfEvent(const QString& id) override { return m_events.correlationOfEvent(id); }
    Expected<QString> correlationOfSubject(const QString& s) override { return m_events.correlationOfSubject(s); }
    Expected<QList<PostingDay>> postingSummary(const QList<PostingStage>& stages) override
    {
        return m_events.postingSummary(stages);
    }
    Expected<QList<LatencySample>> stageLatencies(const QString& flow, const QString& fromStage, const QString& toStage,
                                                  Timestamp since) override
    {
        return m_events.stageLatencies(flow, fromStage, toStage, since);
    }
    Expected<QList<EventRate>> eventRates(Timestamp since) override { return m_events.eventRates(since); }
    Expected<Timestamp> newestEventTime() override { return m_events.newestEventTime(); }
    Expected<qint64> countOpenTransactions(const QString& flow, const QString& firstStage, const QString& lastStage,
                                           Timestamp since) override
    {
        return m_events.countOpenTransactions(flow, firstStage, lastStage, since);
    }

private:
    EventReader& m_events;
};

// A report as text that does not depend on the order of equal times: one line per violation, sorted.
QStringList lines(const DataQualityReport& report)
{
    QStringList out;
    for (const DataQualityViolation& v : report.violations)
        out << QStringLiteral("%1 %2 %3 %4").arg(v.occurredAt.toIso(), v.eventId, v.rule, v.detail);
    std::sort(out.begin(), out.end());
    out.prepend(QStringLiteral("checked %1").arg(report.eventsChecked));
    return out;
}

SlaRange range(qint64 fromMinute, qint64 untilMinute)
{
    return {at(fromMinute), at(untilMinute), 3600};
}

} // namespace

class TestDataQualityLedgerStore : public QObject {
    Q_OBJECT

    // The ledger brought up to date over the range, and a full scan of it, as lines.
    static void compareWithScan(TelemetryStore& store, EventReader& reader, const DataQualityRules& rules,
                                const SlaRange& r, DataQualityLedger& ledger)
    {
        auto updated = updateDataQuality(reader, store, rules, r, ledger, Timestamp::now());
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().text));
        ledger = updated.value();
        auto reference = readEstateReference(store);
        QVERIFY(reference);
        auto scan = scanDataQuality(store, rules, reference.value(), r.from, r.until);
        QVERIFY(scan);
        QCOMPARE(lines(ledger.report(r.from, r.until)), lines(scan.value()));
    }

private Q_SLOTS:
    void findsWhatAFullScanFinds_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void findsWhatAFullScanFinds()
    {
        QFETCH(QString, engine);
        test::StoreFixture fixture(engine);
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        auto opened = openStore(fixture.url(), OpenMode::ReadWrite);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text));
        TelemetryStore& store = *opened.value();
        const DataQualityRules rules = builtInRules();

        IngestBatch first;
        first.inventory << position(QStringLiteral("SKU-1"));
        for (int n = 0; n < 40; ++n) {
            const bool unknown = n % 7 == 0;
            first.events << lineEvent(n, 60 + n * 3, unknown ? QStringLiteral("SKU-9") : QStringLiteral("SKU-1"),
                                      n % 5 == 0 ? -1 : 2);
        }
        QVERIFY(store.ingest(first).ok());

        CountingReader reader(store);
        DataQualityLedger ledger;
        compareWithScan(store, reader, rules, range(60, 240), ledger);
        QCOMPARE(reader.read, 40);
        QVERIFY(!ledger.report(at(60), at(240)).violations.isEmpty());

        // Late (inside the range), before the range, and newer than its end: only these three are read,
        // with the newest event read before (to see the store was not cleared).
        IngestBatch later;
        later.events << lineEvent(100, 90, QStringLiteral("SKU-1"), -4) << lineEvent(101, 10, QStringLiteral("SKU-9"), -4)
                     << lineEvent(102, 250, QStringLiteral("SKU-9"), 1);
        QVERIFY(store.ingest(later).ok());
        reader.read = 0;
        compareWithScan(store, reader, rules, range(60, 300), ledger);
        QCOMPARE(reader.read, 3 + 1);

        // The range moves on: nothing new to read, the start forgotten.
        reader.read = 0;
        compareWithScan(store, reader, rules, range(120, 300), ledger);
        QCOMPARE(reader.read, 0 + 1);

        // An earlier start, other rules, other positions: each reads the range again.
        reader.read = 0;
        compareWithScan(store, reader, rules, range(0, 300), ledger);
        QCOMPARE(reader.read, 43);
        QString error;
        const DataQualityRules negativeOnly = DataQualityRules::fromJson(
            "{\"rules\":[{\"id\":\"negative_quantity\",\"check\":\"not_negative\",\"fields\":[\"/lines/*/quantity\"]}]}", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        reader.read = 0;
        compareWithScan(store, reader, negativeOnly, range(0, 300), ledger);
        QCOMPARE(reader.read, 43);
        IngestBatch known;
        known.inventory << position(QStringLiteral("SKU-9"));
        QVERIFY(store.ingest(known).ok());
        reader.read = 0;
        compareWithScan(store, reader, rules, range(0, 300), ledger);
        QCOMPARE(reader.read, 43);
        for (const DataQualityViolation& v : ledger.report(at(0), at(300)).violations)
            QVERIFY2(v.rule != QLatin1String("unknown_sku"), qPrintable(v.eventId));

        // Cleared and filled again with fewer events: read from the start, not from the old number.
        auto cleared = store.clearTelemetry();
        QVERIFY(cleared);
        IngestBatch again;
        again.events << lineEvent(200, 70, QStringLiteral("SKU-1"), -1);
        QVERIFY(store.ingest(again).ok());
        compareWithScan(store, reader, rules, range(0, 300), ledger);
        QCOMPARE(ledger.report(at(0), at(300)).violations.size(), 1);
    }

    // Two writers: the first takes its number, the second commits a higher one, then the first commits.
    void findsAWriterThatCommitsLate()
    {
        test::StoreFixture fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        auto opened = openStore(fixture.url(), OpenMode::ReadWrite);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text));
        TelemetryStore& store = *opened.value();
        const DataQualityRules rules = builtInRules();
        IngestBatch first;
        first.inventory << position(QStringLiteral("SKU-1"));
        first.events << lineEvent(1, 60, QStringLiteral("SKU-1"), 1);
        QVERIFY(store.ingest(first).ok());
        DataQualityLedger ledger;
        compareWithScan(store, store, rules, range(0, 300), ledger);

        const QString connection = QStringLiteral("late-writer");
        {
            QSqlDatabase db = test::addRawDatabase(fixture.url(), connection);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("BEGIN")), qPrintable(q.lastError().text()));
            const Event late = lineEvent(2, 61, QStringLiteral("SKU-1"), -7);
            q.prepare(QStringLiteral(
                "INSERT INTO ctower.events (key, id, source, correlation_id, flow, stage, type, status, occurred_at, "
                "recorded_at, content_type, payload, day) VALUES (?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?, ?, ?, ?)"));
            for (const QVariant& v : QVariantList{late.key, late.id, late.source, late.correlationId, late.flow,
                                                  late.stage, late.type, late.occurredAt.micros(),
                                                  late.recordedAt.micros(), late.contentType, late.payload,
                                                  late.occurredAt.micros() / 86'400'000'000})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

            IngestBatch second;
            second.events << lineEvent(3, 62, QStringLiteral("SKU-1"), -8);
            QVERIFY(store.ingest(second).ok());
            compareWithScan(store, store, rules, range(0, 300), ledger);
            QCOMPARE(ledger.gaps().size(), 1);
            QCOMPARE(ledger.report(at(0), at(300)).violations.size(), 1);

            QVERIFY2(q.exec(QStringLiteral("COMMIT")), qPrintable(q.lastError().text()));
            q.clear();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        compareWithScan(store, store, rules, range(0, 300), ledger);
        QVERIFY(ledger.gaps().isEmpty());
        QCOMPARE(ledger.report(at(0), at(300)).violations.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDataQualityLedgerStore)
#include "tst_dataqualityledger_store.moc"
