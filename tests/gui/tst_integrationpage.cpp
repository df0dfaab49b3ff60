// The Integration page on a demo store with semantic faults, offscreen: it opens on the worst system
// pair with the very figures readIntegrationHealth() gives for the 24 hours up to the newest event;
// the data-quality table counts what scanDataQuality() finds per rule and system, a row lists its
// transactions and Enter opens one on Lineage; a refresh after a new violating event updates in place
// (reading only what was stored since, with a full scan's figures);
// an empty store and a broken rules file each show a sentence, not a crash. On SQLite and PostgreSQL.
#include "dataqualitycountmodel.h"
#include "dataqualityviolationmodel.h"
#include "flowlibrary.h"
#include "integrationoverview.h"
#include "integrationpage.h"
#include "pairhealthview.h"
#include "simulator/demorun.h"
#include "slaboard.h"
#include "store/storefactory.h"
#include "storefixture.h"
#include "storeservice.h"
#include "systempairhealthmodel.h"
#include "timeserieschart.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace ct;

namespace {

std::unique_ptr<StoreService> serviceFor(const QString& url)
{
    StoreServiceOptions options;
    options.openReader = [url] { return openStore(url, OpenMode::ReadOnly); };
    options.openWriter = [url] { return openStore(url, OpenMode::ReadWrite); };
    return std::make_unique<StoreService>(options);
}

void engineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// A demo store of one engine and what the page should show of it, read directly from the store.
struct Estate {
    std::unique_ptr<test::StoreFixture> fixture;
    std::unique_ptr<StoreService> service;
    IntegrationHealth expected;
    DataQualityReport scan;
    QString url() const { return fixture->url(); }
};

// The rule|system|count rows a table shows, sorted.
QStringList countRows(const QTableView* table)
{
    QStringList out;
    const QAbstractItemModel* m = table->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex i = m->index(row, DataQualityCountModel::Violations);
        out << i.data(DataQualityCountModel::RuleRole).toString() + QLatin1Char('|')
                + i.data(DataQualityCountModel::SystemRole).toString() + QLatin1Char('|')
                + i.data(DataQualityCountModel::SortRole).toString();
    }
    out.sort();
    return out;
}

QStringList countRows(const QList<DataQualityCount>& counts)
{
    QStringList out;
    for (const DataQualityCount& c : counts)
        out << c.rule + QLatin1Char('|') + c.system + QLatin1Char('|') + QString::number(c.count);
    out.sort();
    return out;
}

bool showsText(const QWidget& page, const QString& text)
{
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestIntegrationPage : public QObject {
    Q_OBJECT
private:
    FlowLibrary m_flows;
    std::map<QString, Estate> m_estates;

    void waitReady(IntegrationPage& page)
    {
        page.resize(1300, 850);
        page.show();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 30000);
    }

    void readExpected(Estate& estate)
    {
        auto store = openStore(estate.url(), OpenMode::ReadOnly);
        QVERIFY(store);
        auto newest = store.value()->newestEventAt();
        QVERIFY(newest && !newest->isNull());
        const SlaRange range = SlaRange::ending(newest.value(), 86400, slaBucketSecondsFor(86400));
        auto health = readIntegrationHealth(*store.value(), m_flows, range);
        QVERIFY2(health, qPrintable(health ? QString() : health.error().text));
        estate.expected = health.value();
        auto reference = readEstateReference(*store.value());
        QVERIFY(reference);
        QString error;
        auto scan = scanDataQuality(*store.value(), DataQualityRules::load(&error), reference.value(), range.from,
                                    range.until);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(scan);
        estate.scan = scan.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_flows = FlowLibrary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SimulationConfig config = SimulationConfig::withDefaults(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        config.days = 1;
        config.ordersPerDay = 300;
        config.salesPerStorePerDay = 40;
        config.stores = 4;
        config.skus = 100;
        for (const QString& name : faultClassNames())
            config.faultRates[name] = 0.03;
        config.faultRates[QStringLiteral("semantic")] = 0.1;
        for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            Estate& estate = m_estates[engine];
            estate.fixture = std::make_unique<test::StoreFixture>(engine);
            QVERIFY2(estate.fixture->isValid(), qPrintable(estate.fixture->error()));
            auto store = openStore(estate.url(), OpenMode::ReadWrite);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().text));
            auto filled = fillWithDemo(*store.value(), config, false);
            QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().text));
            estate.service = serviceFor(estate.url());
            readExpected(estate);
        }
    }

    void opensOnTheWorstPair_data() { engineRows(); }
    void opensOnTheWorstPair()
    {
        QFETCH(QString, engine);
        Estate& estate = m_estates[engine];
        IntegrationPage page(estate.service.get(), m_flows);
        QAbstractItemModelTester pairs(page.pairTable()->model());
        QAbstractItemModelTester counts(page.qualityTable()->model());
        QAbstractItemModelTester violations(page.violationTable()->model());
        waitReady(page);

        QCOMPARE(page.health().range.from, estate.expected.range.from);
        QCOMPARE(page.health().range.until, estate.expected.range.until);
        QCOMPARE(page.health().range.bucketSeconds, estate.expected.range.bucketSeconds);
        QCOMPARE(page.pairTable()->model()->rowCount(), int(estate.expected.pairs.size()));
        const qsizetype worst = worstPair(estate.expected.pairs);
        QVERIFY2(worst >= 0, "the demo has traffic between systems");
        const PairHealth& want = estate.expected.pairs.at(worst);
        const std::optional<PairHealth> selected = page.selectedPair();
        QVERIFY(selected);
        QCOMPARE(selected->from, want.from);
        QCOMPARE(selected->to, want.to);
        QCOMPARE(selected->count, want.count);
        QCOMPARE(selected->p50, want.p50);
        QCOMPARE(selected->p95, want.p95);
        QCOMPARE(selected->messages, want.messages);
        QCOMPARE(selected->errors, want.errors);
        QCOMPARE(selected->buckets.size(), want.buckets.size());

        // The selected row shows the same figures, and the chart draws the pair over time.
        const QModelIndex current = page.pairTable()->currentIndex();
        const QAbstractItemModel* m = page.pairTable()->model();
        QCOMPARE(m->index(current.row(), SystemPairHealthModel::Messages).data(SystemPairHealthModel::SortRole).toLongLong(),
                 want.messages);
        QCOMPARE(m->index(current.row(), SystemPairHealthModel::Errors).data(SystemPairHealthModel::SortRole).toLongLong(),
                 want.errors);
        QVERIFY(page.pairView()->latencyChart()->pointsDrawn() > 0);
        QVERIFY(page.pairView()->integrityChart()->pointsDrawn() > 0);
        QVERIFY(showsText(page, QStringLiteral("%1 \u2192 %2").arg(want.from, want.to)));
        // Hovering a bucket tells its figures.
        qsizetype busiest = 0;
        for (qsizetype b = 1; b < want.buckets.size(); ++b) {
            if (want.buckets.at(b).messages > want.buckets.at(busiest).messages)
                busiest = b;
        }
        const QString bucket = page.pairView()->bucketText(want.buckets.at(busiest).start.micros() / 1000 + 1);
        QVERIFY2(bucket.contains(QLocale().toString(want.buckets.at(busiest).messages) + QStringLiteral(" messages")),
                 qPrintable(bucket));

        // The header names the worst pair first and counts the violations.
        QVERIFY(page.keyFigures().size() >= 3);
        QCOMPARE(page.keyFigures().at(0).value, QStringLiteral("%1 \u2192 %2").arg(want.from, want.to));
        QCOMPARE(page.keyFigures().at(2).value, QLocale().toString(qint64(estate.scan.violations.size())));

        // Another pair shows its own figures.
        const int other = current.row() == 0 ? 1 : 0;
        page.pairTable()->selectRow(other);
        const std::optional<PairHealth> next = page.selectedPair();
        QVERIFY(next);
        QVERIFY(next->from != want.from || next->to != want.to);
        QVERIFY(showsText(page, QStringLiteral("%1 \u2192 %2").arg(next->from, next->to)));
    }

    void violationsAreTheScansAndOpenTheirTransactions_data() { engineRows(); }
    void violationsAreTheScansAndOpenTheirTransactions()
    {
        QFETCH(QString, engine);
        Estate& estate = m_estates[engine];
        IntegrationPage page(estate.service.get(), m_flows);
        QAbstractItemModelTester counts(page.qualityTable()->model());
        QAbstractItemModelTester violations(page.violationTable()->model());
        waitReady(page);

        const QList<DataQualityCount> want = violationCounts(estate.scan.violations);
        QVERIFY2(want.size() > 1, "the demo's semantic faults break several rules");
        QCOMPARE(page.qualityReport().eventsChecked, estate.scan.eventsChecked);
        QCOMPARE(countRows(page.qualityTable()), countRows(want));

        // A row lists exactly its rule's violations from its system.
        QTableView* table = page.qualityTable();
        table->setFocus();
        table->selectRow(1);
        const QModelIndex row = table->currentIndex();
        const QList<DataQualityViolation> matching = violationsMatching(
            estate.scan.violations, row.data(DataQualityCountModel::RuleRole).toString(),
            row.data(DataQualityCountModel::SystemRole).toString());
        QCOMPARE(page.violationTable()->model()->rowCount(), int(matching.size()));
        QSet<QString> ids;
        for (const DataQualityViolation& v : matching)
            ids.insert(v.correlationId);

        // Enter on the rule goes on to its transactions, Enter on one opens it on Lineage.
        QSignalSpy open(&page, &Page::openCorrelation);
        QTest::keyClick(table, Qt::Key_Return);
        QTableView* list = page.violationTable();
        QVERIFY(list->hasFocus());
        QCOMPARE(list->currentIndex().row(), 0);
        const QModelIndex first = list->model()->index(0, DataQualityViolationModel::Detail);
        list->setCurrentIndex(first);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        const QString opened = open.at(0).at(0).toString();
        QCOMPARE(opened, first.data(DataQualityViolationModel::CorrelationRole).toString());
        QVERIFY(ids.contains(opened));
        QVERIFY(!first.data().toString().isEmpty());  // what is wrong, in words
    }

    // A new violating event reaches the page on a refresh, which keeps the pair selected.
    void refreshUpdatesInPlace_data() { engineRows(); }
    void refreshUpdatesInPlace()
    {
        QFETCH(QString, engine);
        Estate& estate = m_estates[engine];
        IntegrationPage page(estate.service.get(), m_flows);
        waitReady(page);
        page.pairTable()->selectRow(2);
        const std::optional<PairHealth> before = page.selectedPair();
        QVERIFY(before);
        const qint64 violationsBefore = page.qualityReport().violations.size();

        Event e;
        e.id = QStringLiteral("evt-negative-quantity");
        e.source = QStringLiteral("oms");
        e.correlationId = QStringLiteral("ORD-NEGATIVE-1");
        e.flow = QStringLiteral("order-to-cash");
        e.stage = QStringLiteral("submit");
        e.type = QStringLiteral("oms.order.submitted");
        e.occurredAt = e.recordedAt = page.health().range.until.plusMicros(-60'000'000);
        e.payload = QByteArrayLiteral(R"({"lines":[{"sku":"<b>x</b>","quantity":-4}]})");
        IngestBatch batch;
        batch.events << e;
        {
            auto store = openStore(estate.url(), OpenMode::ReadWrite);
            QVERIFY(store);
            QVERIFY(store.value()->ingest(batch).ok());
        }
        QSignalSpy ready(&page, &Page::ready);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 1 && page.isReady(), 30000);
        QVERIFY(page.qualityReport().violations.size() > violationsBefore);
        bool found = false;
        for (const DataQualityViolation& v : page.qualityReport().violations)
            found = found || v.correlationId == e.correlationId;
        QVERIFY(found);
        const std::optional<PairHealth> after = page.selectedPair();
        QVERIFY(after);
        QCOMPARE(after->from, before->from);
        QCOMPARE(after->to, before->to);
        readExpected(estate);  // the store changed for the tests after this one
        // Read incrementally (only the new event), the figures are a full scan's.
        QCOMPARE(page.qualityReport().eventsChecked, estate.scan.eventsChecked);
        QCOMPARE(page.qualityReport().violations.size(), estate.scan.violations.size());
    }

    void emptyStoreSaysSo_data() { engineRows(); }
    void emptyStoreSaysSo()
    {
        QFETCH(QString, engine);
        test::StoreFixture empty(engine);
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        QVERIFY(openStore(empty.url(), OpenMode::ReadWrite));
        auto service = serviceFor(empty.url());
        IntegrationPage page(service.get(), m_flows);
        waitReady(page);
        QVERIFY(showsText(page, QStringLiteral("No messages between systems")));
        QVERIFY(!page.selectedPair());
        QCOMPARE(page.pairTable()->model()->rowCount(), 0);
    }

    void brokenRulesFileSaysSo()
    {
        QTemporaryDir config;
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("controltower")));
        QFile rules(config.filePath(QStringLiteral("controltower/dataquality.json")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(R"({"rules": [{"id": "no_check", "check": "telepathy"}]})");
        rules.close();
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        IntegrationPage page(m_estates[QStringLiteral("sqlite")].service.get(), m_flows);
        waitReady(page);
        if (saved.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", saved);
        QVERIFY(showsText(page, QStringLiteral("The data-quality rules cannot be read")));
        QVERIFY(showsText(page, QStringLiteral("telepathy")));
        QVERIFY(page.selectedPair());  // the pairs still show
        QCOMPARE(page.qualityTable()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestIntegrationPage)
#include "tst_integrationpage.moc"
