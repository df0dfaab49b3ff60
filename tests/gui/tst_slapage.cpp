// The SLA page on a demo store, offscreen: a small multiple per SLA, opening on the SLA with the most
// breaches and its worst bucket with the transactions that breached in it (each slower than the
// threshold, inside the bucket, opening Lineage); picking another bucket or SLA lists its breaches;
// the range presets change the buckets; a threshold kept in the store shows on the next read; a bucket's
// hover text; the chart thins its lines to the plot's width; opened, the page shows the percentiles
// before the backlogs, which a refresh in place reads with them.
#include "slacard.h"
#include "sladetail.h"
#include "slaedits.h"
#include "slapage.h"
#include "demostorefixture.h"
#include "store/storefactory.h"
#include "timeserieschart.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ct;

class TestSlaPage : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    std::unique_ptr<StoreService> m_service;
    FlowLibrary m_flows;

    void waitReady(Page& page)
    {
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    }

    // The breach list of the detail pane once it has loaded.
    QAbstractItemModel* breachList(SlaPage& page)
    {
        QTableView* table = page.detail()->breachTable();
        return table->model();
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
        m_flows = FlowLibrary::builtIn(&flowsError);
        QVERIFY2(flowsError.isEmpty(), qPrintable(flowsError));
        // The demo's thresholds are rarely breached in a day: ERP posting held to a minute is, often.
        auto store = openStore(path, OpenMode::ReadWrite);
        QVERIFY(store);
        auto inForce = slasInForce(*store.value());
        QVERIFY(inForce);
        QVERIFY(setSlaThreshold(*store.value(), inForce.value(), QStringLiteral("erp-posting"), 60, SlaEdit{}, m_flows));
    }

    void backlogsFollowTheFirstData()
    {
        SlaPage page(m_service.get(), m_flows);
        const auto backlogs = [&page] {
            int n = 0;
            for (const SlaReport& r : page.board().reports)
                n += r.backlog.has_value();
            return n;
        };
        int firstReports = -1, firstBacklogs = -1;
        connect(&page, &Page::firstDataShown, this, [&] {
            firstReports = int(page.board().reports.size());
            firstBacklogs = backlogs();
        });
        waitReady(page);
        QVERIFY(firstReports > 0);
        QCOMPARE(firstBacklogs, 0);
        QVERIFY(backlogs() > 0);  // the SLAs whose start has a stage before it
        QCOMPARE(int(page.board().reports.size()), firstReports);

        QSignalSpy ready(&page, &Page::ready);
        page.refresh();
        QVERIFY(ready.wait(20000));
        QCOMPARE(firstBacklogs, backlogs());  // in place: read with the backlogs at once
    }

    void opensOnTheWorstBucketOfTheBusiestSla()
    {
        SlaPage page(m_service.get(), m_flows);
        page.resize(1400, 900);
        page.show();
        waitReady(page);
        const SlaBoard& board = page.board();
        QCOMPARE(page.cards().size(), board.reports.size());
        QVERIFY(board.reports.size() >= 5);
        QCOMPARE(board.range.bucketSeconds, 900);
        const qsizetype busiest = busiestSla(board.reports);
        const SlaReport& report = board.reports.at(busiest);
        QVERIFY2(report.breaches > 0, "the demo breaches some SLA");
        QCOMPARE(page.selectedSla(), report.sla.id);
        QCOMPARE(page.selectedBucket(), worstBucket(report));
        QCOMPARE(page.keyFigures().size(), 3);

        QTRY_VERIFY_WITH_TIMEOUT(breachList(page)->rowCount() > 0, 10000);
        const SlaBucket& bucket = report.buckets.at(page.selectedBucket());
        QVERIFY(breachList(page)->rowCount() >= 1);
        QVERIFY(breachList(page)->rowCount() <= bucket.breaches + 1);

        // Enter on a transaction opens Lineage with its correlation id.
        QSignalSpy open(&page, &Page::openCorrelation);
        QTableView* table = page.detail()->breachTable();
        const QString id = breachList(page)->index(0, 0).data(Qt::UserRole).toString();
        Q_EMIT table->activated(breachList(page)->index(0, 1));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), id);
    }

    void eachListedTransactionBreachedInTheBucket()
    {
        SlaPage page(m_service.get(), m_flows);
        waitReady(page);
        const SlaReport& report = page.board().reports.at(busiestSla(page.board().reports));
        const SlaBucket& bucket = report.buckets.at(page.selectedBucket());
        QTRY_VERIFY_WITH_TIMEOUT(breachList(page)->rowCount() > 0, 10000);
        // The same list straight from the store: each slower than the threshold, inside the bucket.
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        QVERIFY(store);
        const Timestamp end = Timestamp::fromMicros(bucket.start.micros() + page.board().range.bucketSeconds * 1'000'000);
        auto breaches = store.value()->slaBreaches({report.sla.flow, report.sla.fromStage, report.sla.toStage},
                                                   report.sla.thresholdSeconds, bucket.start, end, 200);
        QVERIFY(breaches);
        QCOMPARE(breachList(page)->rowCount(), int(breaches->size()));
        for (int row = 0; row < breaches->size(); ++row) {
            const SlaBreach& b = breaches->at(row);
            QCOMPARE(breachList(page)->index(row, 0).data(Qt::UserRole).toString(), b.correlationId);
            QVERIFY(b.seconds > report.sla.thresholdSeconds);
            QVERIFY(b.at >= bucket.start && b.at < end);
        }
    }

    void pickingABucketListsItsBreaches()
    {
        SlaPage page(m_service.get(), m_flows);
        waitReady(page);
        const QList<SlaReport>& reports = page.board().reports;
        // Another SLA's first bucket without breaches: the list says so.
        for (qsizetype i = 0; i < reports.size(); ++i) {
            for (qsizetype b = 0; b < reports.at(i).buckets.size(); ++b) {
                if (reports.at(i).buckets.at(b).breaches == 0 && reports.at(i).buckets.at(b).count > 0) {
                    page.select(i, b);
                    QCOMPARE(page.selectedSla(), reports.at(i).sla.id);
                    QCOMPARE(page.selectedBucket(), b);
                    QTRY_COMPARE_WITH_TIMEOUT(breachList(page)->rowCount(), 0, 10000);
                    QVERIFY(page.cards().at(i)->property("selected").toBool());
                    return;
                }
            }
        }
        QFAIL("no quiet bucket in the demo");
    }

    void cardsMapTimeToBuckets()
    {
        SlaPage page(m_service.get(), m_flows);
        waitReady(page);
        SlaCard* card = page.cards().constFirst();
        const SlaReport& report = card->report();
        const qint64 from = report.range.from.micros() / 1000;
        QCOMPARE(card->bucketAt(from), 0);
        QCOMPARE(card->bucketAt(from + 900'000 * 3 + 1), 3);
        QCOMPARE(card->bucketAt(from - 1), -1);
        QCOMPARE(card->bucketAt(report.range.until.micros() / 1000), -1);
        const QString text = card->bucketText(worstBucket(report));
        QVERIFY(text.contains(QLatin1String("completed")));
        QVERIFY(text.contains(QLatin1String("breach")));
        // A click on a bucket picks that SLA and bucket.
        Q_EMIT card->bucketClicked(2);
        QCOMPARE(page.selectedSla(), report.sla.id);
        QCOMPARE(page.selectedBucket(), 2);
    }

    void rangesChangeTheBuckets()
    {
        SlaPage page(m_service.get(), m_flows);
        waitReady(page);
        page.setRange(SlaPage::Range::LastHour);
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && page.board().range.bucketSeconds == 60, 20000);
        QCOMPARE(page.board().range.bucketCount(), 60);
        page.setRange(SlaPage::Range::LastWeek);
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && page.board().range.bucketSeconds == 3600, 20000);
        QCOMPARE(page.board().range.bucketCount(), 168);
    }

    void aStoredThresholdShowsOnTheNextRead()
    {
        SlaPage page(m_service.get(), m_flows);
        waitReady(page);
        auto store = openStore(m_demo.path(), OpenMode::ReadWrite);
        QVERIFY(store);
        auto inForce = slasInForce(*store.value());
        QVERIFY(inForce);
        SlaEdit edit;
        edit.role = ActorRole::Operator;
        QVERIFY(setSlaThreshold(*store.value(), inForce.value(), QStringLiteral("refund-sync"), 30, edit, m_flows));
        waitReady(page);
        bool seen = false;
        for (const SlaReport& r : page.board().reports) {
            if (r.sla.id == QLatin1String("refund-sync")) {
                QCOMPARE(r.sla.thresholdSeconds, 30.0);
                seen = true;
            }
        }
        QVERIFY(seen);
        QVERIFY(setSlaThreshold(*store.value(), inForce.value(), QStringLiteral("refund-sync"), 7200, edit, m_flows));
    }

    void chartsThinToThePlotWidth()
    {
        TimeSeriesChart chart;
        chart.resize(600, 300);
        chart.show();
        QList<QPointF> points;
        for (int i = 0; i < 100'000; ++i)
            points.append(QPointF(i, i % 97));
        chart.reset(0, 99'999);
        chart.setValueAxis(QStringLiteral("v"), 100);
        chart.addLine(QStringLiteral("l"), Qt::blue, points);
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTRY_VERIFY(chart.pointsDrawn() <= 4 * chart.plotColumns());
        QVERIFY(chart.pointsDrawn() >= chart.plotColumns());
        const qsizetype narrow = chart.pointsDrawn();
        // A click in the middle of the plot names the time there.
        QSignalSpy clicked(&chart, &TimeSeriesChart::clickedAt);
        const QRectF plot = chart.chart()->plotArea();
        const QPoint middle = chart.mapFromScene(chart.chart()->mapToScene(plot.center()));
        QSignalSpy hovered(&chart, &TimeSeriesChart::hoveredAt);
        QTest::mouseMove(chart.viewport(), middle);
        QTRY_VERIFY(!hovered.isEmpty());
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, middle);
        QCOMPARE(clicked.size(), 1);
        QVERIFY(std::abs(clicked.at(0).at(0).toLongLong() - 50'000) < 1'000);
        chart.resize(1200, 300);
        QTRY_VERIFY(chart.pointsDrawn() > narrow);
        QVERIFY(chart.pointsDrawn() <= 4 * chart.plotColumns());
    }
};

QTEST_MAIN(TestSlaPage)
#include "tst_slapage.moc"
