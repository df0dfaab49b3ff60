// The data-quality ledger's books, without a store: numbers skipped over are gaps until their events
// arrive or the patience runs out; an event seen twice counts once; moving the start forgets what
// occurred before it; the report is the range's violations newest first with its events counted; the
// ledger serves only the rules, reference and start it was made for (or a later start).
#include "dataqualityledger.h"

#include <QTest>

using namespace ct;

namespace {

constexpr qint64 kStart = 1'793'577'600'000'000;  // 2026-11-02T00:00:00Z
constexpr qint64 kMinute = 60'000'000;

DataQualityRules negativeQuantityRule()
{
    QString error;
    DataQualityRules rules = DataQualityRules::fromJson(
        R"({"rules":[{"id":"negative_quantity","check":"not_negative","fields":["/quantity"]}]})", &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return rules;
}

// An event `minute` minutes after the start, stored as number `sequence`; a negative quantity breaks the rule.
StoredEvent stored(qint64 sequence, qint64 minute, int quantity)
{
    Event e;
    e.id = QStringLiteral("e%1").arg(sequence);
    e.source = QStringLiteral("wms.dc-east");
    e.correlationId = QStringLiteral("c%1").arg(sequence);
    e.occurredAt = Timestamp::fromMicros(kStart + minute * kMinute);
    e.payload = "{\"quantity\":" + QByteArray::number(quantity) + '}';
    return {sequence, e};
}

Timestamp at(qint64 minute)
{
    return Timestamp::fromMicros(kStart + minute * kMinute);
}

QStringList ids(const DataQualityReport& report)
{
    QStringList out;
    for (const DataQualityViolation& v : report.violations)
        out << v.eventId;
    return out;
}

} // namespace

class TestDataQualityLedger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void skippedNumbersAreGapsUntilTheirEventsArrive()
    {
        const DataQualityRules rules = negativeQuantityRule();
        DataQualityLedger ledger(rules, {}, at(0), 0);
        ledger.add({stored(1, 1, -1), stored(2, 2, 5), stored(6, 3, -1), stored(9, 4, 1)}, rules, at(10));
        QCOMPARE(ledger.highestSequence(), 9);
        QCOMPARE(ledger.gaps().size(), 2);
        QCOMPARE(ledger.gaps().at(0).first, 3);
        QCOMPARE(ledger.gaps().at(0).last, 5);
        QCOMPARE(ledger.gaps().at(1).first, 7);
        QCOMPARE(ledger.gaps().at(1).last, 8);

        // 4 arrives (a writer that committed late): the gap splits around it.
        ledger.add({stored(4, 2, -3)}, rules, at(11));
        QCOMPARE(ledger.gaps().size(), 3);
        QCOMPARE(ledger.gaps().at(0).last, 3);
        QCOMPARE(ledger.gaps().at(1).first, 5);
        QCOMPARE(ledger.gaps().at(1).last, 5);
        ledger.add({stored(3, 2, 1), stored(5, 2, 1), stored(7, 3, 1), stored(8, 3, 1)}, rules, at(12));
        QVERIFY(ledger.gaps().isEmpty());

        // Seen again: neither counted nor checked twice.
        ledger.add({stored(4, 2, -3), stored(6, 3, -1)}, rules, at(13));
        const DataQualityReport report = ledger.report(at(0), at(60));
        QCOMPARE(report.eventsChecked, 9);
        QCOMPARE(ids(report), (QStringList{QStringLiteral("e6"), QStringLiteral("e4"), QStringLiteral("e1")}));
    }

    void gapsExpireAfterThePatience()
    {
        const DataQualityRules rules = negativeQuantityRule();
        DataQualityLedger ledger(rules, {}, at(0), 0);
        ledger.add({stored(1, 1, 1), stored(3, 1, 1)}, rules, at(10));
        ledger.add({stored(5, 1, 1)}, rules, at(11));
        const qint64 patience = DataQualityLedger::kGapPatienceSeconds * 1'000'000;
        ledger.expireGaps(Timestamp::fromMicros(at(10).micros() + patience));
        QCOMPARE(ledger.gaps().size(), 2);
        ledger.expireGaps(Timestamp::fromMicros(at(10).micros() + patience + 1));
        QCOMPARE(ledger.gaps().size(), 1);
        QCOMPARE(ledger.gaps().at(0).first, 4);
        // A number whose gap expired is taken for seen.
        ledger.add({stored(2, 1, -1)}, rules, at(12));
        QVERIFY(ledger.report(at(0), at(60)).violations.isEmpty());
    }

    void manyGapsKeepTheNewest()
    {
        const DataQualityRules rules = negativeQuantityRule();
        DataQualityLedger ledger(rules, {}, at(0), 0);
        QList<StoredEvent> events;
        for (qint64 n = 1; n <= 2 * DataQualityLedger::kMaxGaps + 1; ++n)
            events << stored(2 * n, 1, 1);
        ledger.add(events, rules, at(1));
        QCOMPARE(ledger.gaps().size(), 2 * DataQualityLedger::kMaxGaps + 1);
        ledger.expireGaps(at(1));
        QCOMPARE(ledger.gaps().size(), DataQualityLedger::kMaxGaps);
        QCOMPARE(ledger.gaps().constLast().first, 4 * DataQualityLedger::kMaxGaps + 1);
    }

    void theStartMovesForward()
    {
        const DataQualityRules rules = negativeQuantityRule();
        DataQualityLedger ledger(rules, {}, at(10), 0);
        // Before the start: seen (numbered), neither counted nor checked.
        ledger.add({stored(1, 5, -1), stored(2, 10, -1), stored(3, 20, -1), stored(4, 20, 2), stored(5, 30, -1)}, rules,
                   at(40));
        DataQualityReport report = ledger.report(at(10), at(30));
        QCOMPARE(report.eventsChecked, 3);
        QCOMPARE(ids(report), (QStringList{QStringLiteral("e3"), QStringLiteral("e2")}));
        QCOMPARE(ledger.report(at(10), Timestamp()).eventsChecked, 4);

        ledger.moveStart(at(15));
        QCOMPARE(ledger.start(), at(15));
        report = ledger.report(at(15), at(60));
        QCOMPARE(report.eventsChecked, 3);
        QCOMPARE(ids(report), (QStringList{QStringLiteral("e5"), QStringLiteral("e3")}));
        // Back is no move: what occurred before was forgotten.
        ledger.moveStart(at(0));
        QCOMPARE(ledger.start(), at(15));
    }

    void servesOnlyWhatItWasMadeFor()
    {
        const DataQualityRules rules = negativeQuantityRule();
        EstateReference reference;
        reference.skus = {QStringLiteral("SKU-1")};
        const DataQualityLedger ledger(rules, reference, at(10), 0);
        QVERIFY(ledger.serves(rules, reference, at(10)));
        QVERIFY(ledger.serves(rules, reference, at(20)));
        QVERIFY(!ledger.serves(rules, reference, at(9)));
        EstateReference more = reference;
        more.skus.insert(QStringLiteral("SKU-2"));
        QVERIFY(!ledger.serves(rules, more, at(10)));
        QString error;
        const DataQualityRules other = DataQualityRules::fromJson(
            R"({"rules":[{"id":"negative_quantity","check":"not_negative","fields":["/qty"]}]})", &error);
        QVERIFY(error.isEmpty());
        QVERIFY(!ledger.serves(other, reference, at(10)));
        QVERIFY(!DataQualityLedger().serves(rules, reference, at(10)));
    }
};

QTEST_GUILESS_MAIN(TestDataQualityLedger)
#include "tst_dataqualityledger.moc"
