// The Overview's wall screen and peak-mode switch on a demo store (SQLite, offscreen): F11 shows the
// wall; its figures are the Overview's; its list is the orders Lineage judges stuck or failed, largest
// first, each opening Lineage; an operator switches peak mode on (kept in the store and audited, the
// banner shows the budget and the wall turns on by itself) and off again; a viewer is refused by the
// store, which audits the refusal, and the page says why in one sentence.
#include "demostorefixture.h"
#include "flowdefinitions.h"
#include "flowlibrary.h"
#include "lineagereport.h"
#include "overviewpage.h"
#include "throughputview.h"
#include "revenueblockermodel.h"
#include "rollupfigures.h"
#include "sessionrole.h"
#include "store/storefactory.h"
#include "wallscreen.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ct;

class TestWallScreen : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    std::unique_ptr<StoreService> m_service;
    QList<PostingStage> m_postings;

    std::unique_ptr<OverviewPage> readyPage()
    {
        auto page = std::make_unique<OverviewPage>(m_service.get(), m_postings);
        page->resize(1440, 900);
        page->show();
        page->reload();
        if (!QTest::qWaitFor([&] { return page->isReady(); }, 30000))
            return nullptr;
        return page;
    }

    qint64 auditCount(const QString& action, const QString& result)
    {
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        if (!store)
            return -1;
        auto trail = store.value()->auditTrail();
        qint64 n = 0;
        for (const AuditEntry& a : trail.value())
            n += a.action == action && a.result == result && a.target == QLatin1String("operating_mode") ? 1 : 0;
        return n;
    }

    OperatingMode storedMode()
    {
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        return store ? store.value()->operatingMode().value() : OperatingMode{};
    }

    // Switches as `session` acts and waits for the answer; whether the store took it.
    bool switchAs(OverviewPage& page, SessionRole& session, bool on)
    {
        page.setSessionRole(&session);
        QSignalSpy answered(&page, &OverviewPage::peakModeSwitched);
        OperatingModeChange change;
        change.peak = on;
        change.replayRateBudget = 20;
        change.note = QStringLiteral("Black Friday");
        page.switchPeakMode(change);
        if (!answered.wait(20000))
            return false;
        return answered.at(0).at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString path = m_demo.path();
        StoreServiceOptions options;
        options.openReader = [path] { return openStore(path, OpenMode::ReadOnly); };
        options.openWriter = [path] { return openStore(path, OpenMode::ReadWrite); };
        m_service = std::make_unique<StoreService>(options);
        QString flowsError;
        m_postings = postingStages(FlowLibrary::builtIn(&flowsError));
        QVERIFY2(flowsError.isEmpty(), qPrintable(flowsError));
    }

    void wallShowsTheOverviewAndTheBlockedOrders()
    {
        auto page = readyPage();
        QVERIFY(page);
        QVERIFY(!page->isWallScreen());
        QVERIFY(page->modeBanner().isEmpty());
        QTest::keyClick(page.get(), Qt::Key_F11);
        QVERIFY(page->isWallScreen());
        QVERIFY(page->wallScreen()->isVisible());
        // The wall reads the orders blocking revenue when it turns on.
        QVERIFY(!page->isReady());
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 30000);

        // The tiles hold the Overview's figures.
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        QVERIFY(store);
        auto figures = gatherOverview(*store.value(), m_postings);
        QVERIFY(figures);
        const QList<QLabel*> values = page->wallScreen()->findChildren<QLabel*>(QStringLiteral("tileValue"));
        QCOMPARE(values.size(), 5);
        QCOMPARE(values.at(0)->text(), QLocale().toString(figures->ordersInFlight));

        // Each listed order is one Lineage judges stuck or failed, the largest first.
        const RevenueBlockerModel* model = page->wallScreen()->blockerModel();
        QVERIFY2(model->rowCount() > 0, "the demo's faults leave some orders blocked");
        QVERIFY(model->rowCount() <= 10);
        QString error;
        const FlowLibrary& flows = FlowLibrary::builtIn(&error);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->index(row, 0).data(RevenueBlockerModel::CorrelationRole).toString();
            // Judged as of the newest event, as the Overview's figures are.
            auto report = reportTransaction(*store.value(), *store.value(), flows, id, figures->asOf);
            QVERIFY(report);
            QVERIFY2(report->verdict.verdict == Verdict::Stuck || report->verdict.verdict == Verdict::Failed, qPrintable(id));
            const qint64 amount = model->index(row, RevenueBlockerModel::Amount).data(RevenueBlockerModel::SortRole).toLongLong();
            QVERIFY(amount <= previous);
            previous = amount;
        }

        // A row opens its Lineage.
        QSignalSpy open(page.get(), &Page::openCorrelation);
        auto* table = page->wallScreen()->findChild<QTableView*>(QStringLiteral("wallTable"));
        QVERIFY(table);
        Q_EMIT table->activated(table->model()->index(0, RevenueBlockerModel::Where));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), model->index(0, 0).data(RevenueBlockerModel::CorrelationRole).toString());

        // Refreshing keeps the wall; F11 again goes back to the tiles.
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 30000);
        QVERIFY(page->isWallScreen());
        QTest::keyClick(page.get(), Qt::Key_F11);
        QVERIFY(!page->isWallScreen());
        QVERIFY(!page->wallScreen()->isVisible());
        // Back on the tiles the throughput chart is read again (the wall screen does not read it).
        QVERIFY(!page->isReady());
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 30000);
        QVERIFY(!page->findChild<ThroughputView*>()->throughput().minutes.isEmpty());
    }

    void viewerIsRefusedByTheStore()
    {
        auto page = readyPage();
        QVERIFY(page);
        SessionRole viewer(ActorRole::Viewer);
        viewer.setGranted(ActorRole::Admin);
        QVERIFY(!switchAs(*page, viewer, true));
        QVERIFY(!storedMode().peak);
        QCOMPARE(auditCount(QStringLiteral("peak.on"), QStringLiteral("refused")), 1);
        const QString said = page->switchOutcome();
        QVERIFY2(!said.isEmpty() && !said.contains(QLatin1Char('\n')), qPrintable(said));
        QVERIFY(page->modeBanner().isEmpty());
        QVERIFY(!page->isWallScreen());
    }

    void operatorSwitchesPeakModeOnAndOff()
    {
        auto page = readyPage();
        QVERIFY(page);
        SessionRole operatorRole(ActorRole::Operator);
        operatorRole.setGranted(ActorRole::Admin);
        const qint64 before = auditCount(QStringLiteral("peak.on"), QStringLiteral("ok"));
        QVERIFY(switchAs(*page, operatorRole, true));
        const OperatingMode on = storedMode();
        QVERIFY(on.peak);
        QCOMPARE(on.replayRateBudget, 20.0);
        QCOMPARE(on.note, QStringLiteral("Black Friday"));
        QCOMPARE(auditCount(QStringLiteral("peak.on"), QStringLiteral("ok")), before + 1);
        QVERIFY2(page->modeBanner().contains(QLatin1String("20/s")), qPrintable(page->modeBanner()));
        QVERIFY(page->isWallScreen());  // peak mode turns the wall on
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 30000);

        // Another window on the store sees the mode when it reads: its wall is on from the start.
        auto other = readyPage();
        QVERIFY(other);
        QVERIFY(other->isWallScreen());
        QVERIFY(!other->modeBanner().isEmpty());

        QVERIFY(switchAs(*page, operatorRole, false));
        QVERIFY(!storedMode().peak);
        QCOMPARE(auditCount(QStringLiteral("peak.off"), QStringLiteral("ok")), 1);
        QVERIFY(page->modeBanner().isEmpty());
        QVERIFY(!page->isWallScreen());
    }
};

QTEST_MAIN(TestWallScreen)
#include "tst_wallscreen.moc"
