// The Inventory page's controls on a demo store, offscreen: "Refresh from systems" hands the selected
// cells and the shown measure to the refresher, shows its progress, cancels it, says what came of it
// and reads the store again; the system and |delta| filters narrow the table; a failed cause opens
// its failed message on the Exceptions page; opened, the page shows the counts before the messages
// that explain them and the prices, and ends on the figures a direct read gives. The refresher is a test double here (the real one is
// tested against real HTTP in tests/positionapi).
#include "deltacauseslist.h"
#include "inventorypage.h"
#include "inventorydeltaquery.h"
#include "inventorygridmodel.h"
#include "flowlibrary.h"
#include "positionrefresher.h"
#include "demostorefixture.h"
#include "store/storefactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <tuple>

using namespace ct;

namespace {

// Records what the page asks; the test answers.
class RecordingRefresher : public PositionRefresher {
public:
    void refresh(const QList<PositionCell>& c, const QList<Measure>& m, Progress p, Done d) override
    {
        cells = c;
        measures = m;
        progress = std::move(p);
        done = std::move(d);
        running = true;
    }
    void cancel() override { ++cancels; }
    bool isRunning() const override { return running; }

    void answer(const Expected<RefreshOutcome>& outcome)
    {
        running = false;
        done(outcome);
    }

    QList<PositionCell> cells;
    QList<Measure> measures;
    Progress progress;
    Done done;
    bool running = false;
    int cancels = 0;
};

QPushButton* button(QWidget& parent, const QString& text)
{
    for (QPushButton* b : parent.findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// The value of the key figure with this label; empty when the page shows none.
QString figure(const Page& page, const QString& label)
{
    for (const KeyFigure& f : page.keyFigures()) {
        if (f.label == label)
            return f.value;
    }
    return {};
}

bool anyLabelStartsWith(QWidget& parent, const QString& text)
{
    const QList<QLabel*> labels = parent.findChildren<QLabel*>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel* l) { return l->text().startsWith(text); });
}

} // namespace

class TestInventoryPage : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    std::unique_ptr<StoreService> m_service;

    void waitReady(Page& page)
    {
        page.resize(1300, 800);
        page.show();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString path = m_demo.path();
        m_service = std::make_unique<StoreService>([path] { return openStore(path, OpenMode::ReadOnly); });
    }

    void refreshAsksForTheSelectionAndSaysWhatCameOfIt()
    {
        InventoryPage page(m_service.get());
        RecordingRefresher refresher;
        page.setRefresher(&refresher);
        waitReady(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("positions"));
        QVERIFY(table->model()->rowCount() >= 2);
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const PositionCell first{table->model()->index(0, 0).data().toString(), table->model()->index(0, 1).data().toString()};

        QPushButton* start = button(page, QStringLiteral("Refresh from systems"));
        QVERIFY(start);
        start->click();
        QCOMPARE(refresher.cells.size(), 2);
        QCOMPARE(refresher.cells.constFirst().sku, first.sku);
        QCOMPARE(refresher.cells.constFirst().node, first.node);
        QCOMPARE(refresher.measures, QList<Measure>{Measure::Inventory});
        QVERIFY(!start->isEnabled());

        auto* bar = page.findChild<QProgressBar*>();
        QVERIFY(bar->isVisible());
        RefreshProgress p;
        for (const auto& [system, total, done] : {std::tuple{"erp", 4, 1}, std::tuple{"pos", 2, 2}}) {
            SystemProgress s;
            s.system = QString::fromLatin1(system);
            s.total = total;
            s.done = done;
            p.systems.append(s);
        }
        refresher.progress(p);
        QCOMPARE(bar->maximum(), 6);
        QCOMPARE(bar->value(), 3);

        QPushButton* cancel = button(page, QStringLiteral("Cancel"));
        QVERIFY(cancel && cancel->isVisible());
        cancel->click();
        QCOMPARE(refresher.cancels, 1);

        QSignalSpy ready(&page, &Page::ready);
        p.cancelled = true;
        p.systems[1].addError(QStringLiteral("pos: GET /pos/inventory/ST-001: HTTP 500"));
        refresher.answer(RefreshOutcome{p, 3});
        QVERIFY(start->isEnabled());
        QVERIFY(!bar->isVisible());
        // (No translator here: plural forms read "(s)".)
        QVERIFY(anyLabelStartsWith(page, QStringLiteral("Refresh cancelled: 3 position(s) written; pos: 1 error(s)")));
        QVERIFY(ready.wait(20000));  // positions were written: the page read the store again
    }

    void refreshFailureIsOneSentence()
    {
        InventoryPage page(m_service.get());
        RecordingRefresher refresher;
        page.setRefresher(&refresher);
        waitReady(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("positions"));
        table->selectRow(0);
        button(page, QStringLiteral("Refresh from systems"))->click();
        refresher.answer(StoreError::make(StoreError::Code::NotFound, QStringLiteral("no systems file: /x/systems.json")));
        QVERIFY(anyLabelStartsWith(page, QStringLiteral("Refresh failed: no systems file: /x/systems.json")));
        QVERIFY(button(page, QStringLiteral("Refresh from systems"))->isEnabled());
    }

    void refreshWithoutRefresherOrSelectionExplains()
    {
        InventoryPage page(m_service.get());
        waitReady(page);
        button(page, QStringLiteral("Refresh from systems"))->click();
        QVERIFY(anyLabelStartsWith(page, QStringLiteral("No systems to refresh from")));
        RecordingRefresher refresher;
        page.setRefresher(&refresher);
        page.findChild<QTableView*>(QStringLiteral("positions"))->clearSelection();
        button(page, QStringLiteral("Refresh from systems"))->click();
        QVERIFY(anyLabelStartsWith(page, QStringLiteral("Select the positions to refresh first")));
        QVERIFY(refresher.cells.isEmpty());
    }

    void systemAndSizeFiltersNarrowTheTable()
    {
        InventoryPage page(m_service.get());
        waitReady(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("positions"));
        const int all = table->model()->rowCount();
        QVERIFY(all > 0);
        QComboBox* system = nullptr;
        for (QComboBox* c : page.findChildren<QComboBox*>()) {
            if (c->itemText(0) == QLatin1String("All systems"))
                system = c;
        }
        QVERIFY(system && system->findData(QStringLiteral("erp")) > 0);
        system->setCurrentIndex(system->findData(QStringLiteral("erp")));
        const int erp = table->model()->rowCount();
        QVERIFY(erp > 0 && erp <= all);
        for (int row = 0; row < erp; ++row) {  // the ERP's count differs from the authority's on every row
            const QAbstractItemModel* m = table->model();
            QVERIFY(m->index(row, InventoryGridModel::Erp).data() != m->index(row, InventoryGridModel::Authoritative).data());
        }
        system->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), all);
        auto* size = page.findChild<QSpinBox*>();
        size->setValue(1'000'000);
        QCOMPARE(table->model()->rowCount(), 0);
        size->setValue(0);
        QCOMPARE(table->model()->rowCount(), all);
    }

    void countsShowFirstThenTheirExplanations()
    {
        InventoryPage page(m_service.get());
        auto* table = page.findChild<QTableView*>(QStringLiteral("positions"));
        // What the page shows at its first data: the counts, every difference's explanation pending.
        int firstRows = -1, pendingRows = 0, differingRows = 0, pendingKept = -1;
        QString firstUnexplained, firstPrices;
        connect(&page, &Page::firstDataShown, this, [&] {
            const QAbstractItemModel* m = table->model();
            firstRows = m->rowCount();
            for (int row = 0; row < m->rowCount(); ++row) {
                differingRows += !m->index(row, InventoryGridModel::Delta).data().toString().isEmpty();
                pendingRows += m->index(row, InventoryGridModel::Residual).data().toString() == QStringLiteral("…");
            }
            firstUnexplained = figure(page, QStringLiteral("not explained by any message"));
            firstPrices = figure(page, QStringLiteral("prices differ from the ERP's"));
            // "Unexplained only" keeps every row whose explanation is still pending: any may prove unexplained.
            auto* unexplainedOnly = page.findChild<QCheckBox*>(QStringLiteral("unexplainedOnly"));
            unexplainedOnly->setChecked(true);
            pendingKept = m->rowCount();
            unexplainedOnly->setChecked(false);
        });
        waitReady(page);
        QVERIFY(firstRows > 0);
        QCOMPARE(differingRows, firstRows);  // "Only counts that disagree"
        QCOMPARE(pendingRows, firstRows);
        QCOMPARE(firstUnexplained, QStringLiteral("…"));
        QCOMPARE(pendingKept, firstRows);
        QCOMPARE(firstPrices, QStringLiteral("…"));  // the prices follow with the explanations

        // Ready: the rows and their unexplained parts are those of a direct read.
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        QVERIFY(store);
        QString error;
        DeltaFilter filter;
        filter.wholeCells = true;
        auto deltas = readInventoryDeltas(*store.value(), FlowLibrary::builtIn(&error), DeltaRules::load(&error), filter,
                                          Timestamp::now());
        QVERIFY2(deltas, qPrintable(deltas.error().text));
        QHash<QString, qint64> expected;
        int unexplained = 0;
        for (const InventoryRow& r : inventoryRows(deltas.value())) {
            expected.insert(r.sku + QLatin1Char('@') + r.node, r.largestResidual);
            unexplained += r.unexplained();
        }
        const QAbstractItemModel* m = table->model();
        QCOMPARE(m->rowCount(), firstRows);
        QCOMPARE(m->rowCount(), int(expected.size()));
        for (int row = 0; row < m->rowCount(); ++row) {
            const QString key = m->index(row, InventoryGridModel::Sku).data().toString() + QLatin1Char('@')
                                + m->index(row, InventoryGridModel::Node).data().toString();
            const QString residual = m->index(row, InventoryGridModel::Residual).data().toString();
            QVERIFY2(expected.contains(key), qPrintable(key));
            QCOMPARE(residual, expected.value(key) == 0 ? QStringLiteral("0") : QString::asprintf("%+lld", expected.value(key)));
        }
        QCOMPARE(figure(page, QStringLiteral("not explained by any message")), QLocale().toString(unexplained));
        auto prices = readPriceDeltas(*store.value(), FlowLibrary::builtIn(&error), DeltaRules::load(&error), DeltaFilter(),
                                      Timestamp::now());
        QVERIFY2(prices, qPrintable(prices.error().text));
        QCOMPARE(figure(page, QStringLiteral("prices differ from the ERP's")), QLocale().toString(prices->size()));
        auto* unexplainedOnly = page.findChild<QCheckBox*>(QStringLiteral("unexplainedOnly"));
        QVERIFY(unexplainedOnly);
        unexplainedOnly->setChecked(true);
        QCOMPARE(m->rowCount(), unexplained);  // explained now: only the rows some part of which no message explains

        // A refresh in place reads both at once: its first data already carries the explanations.
        unexplainedOnly->setChecked(false);
        firstRows = -1;
        pendingRows = differingRows = 0;
        QSignalSpy ready(&page, &Page::ready);
        page.refresh();
        QVERIFY(ready.wait(20000));
        QCOMPARE(firstRows, int(expected.size()));
        QCOMPARE(pendingRows, 0);
        QCOMPARE(firstUnexplained, QLocale().toString(unexplained));
        QCOMPARE(firstPrices, QLocale().toString(prices->size()));
    }

    void failedCauseOpensItsFailedMessage()
    {
        DeltaCausesList list;
        QSignalSpy failure(&list, &DeltaCausesList::openFailure);
        QSignalSpy lineage(&list, &DeltaCausesList::openCorrelation);
        DeltaCause pending;
        pending.kind = DeltaCause::Kind::Pending;
        pending.correlationId = QStringLiteral("SYNC-1");
        list.addCause(QString(), pending, false);
        QPushButton* open = button(list, QStringLiteral("Open failed message"));
        QVERIFY(!open->isEnabled());  // a pending transaction has no failed message
        button(list, QStringLiteral("Open on Lineage"))->click();
        QCOMPARE(lineage.size(), 1);
        QCOMPARE(lineage.constFirst().constFirst().toString(), QStringLiteral("SYNC-1"));

        list.clear();
        DeltaCause failed;
        failed.kind = DeltaCause::Kind::Failed;
        failed.correlationId = QStringLiteral("SYNC-2");
        list.addCause(QString(), failed, false);
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(failure.size(), 1);
        QCOMPARE(failure.constFirst().constFirst().toString(), QStringLiteral("SYNC-2"));
    }
};

QTEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
