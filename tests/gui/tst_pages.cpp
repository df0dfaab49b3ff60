// Offscreen smoke test of the pages on a demo store, the snapshot run, and plain-text rendering.
#include "auditpage.h"
#include "connectionspage.h"
#include "exceptionspage.h"
#include "inventorypage.h"
#include "lineagepage.h"
#include "overviewpage.h"
#include "postingpage.h"
#include "slapage.h"
#include "stagestrip.h"
#include "demostorefixture.h"
#include "store/storefactory.h"
#include "storeservice.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

bool isBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

} // namespace

class TestPages : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    QString m_store;
    std::unique_ptr<StoreService> m_service;

    void waitReady(Page& page)
    {
        page.resize(1200, 800);
        page.show();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = m_demo.path();
        IngestBatch hostile;  // data that looks like markup must stay text
        Event e;
        e.id = QStringLiteral("<b>evt</b>");
        e.source = QStringLiteral("webshop");
        e.correlationId = QStringLiteral("<b>x</b>");
        e.flow = QStringLiteral("order-to-cash");
        e.stage = QStringLiteral("capture");
        e.type = QStringLiteral("webshop.order.captured");
        e.occurredAt = e.recordedAt = Timestamp::fromSeconds(1793577600);
        e.payload = QByteArrayLiteral("<img src=x> <b>bold</b>");
        hostile.events << e;
        auto store = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY(store.ok());
        QVERIFY(store.value()->ingest(hostile).ok());

        m_service = std::make_unique<StoreService>([this] { return openStore(m_store, OpenMode::ReadOnly); });
    }

    void exceptionsPageShowsFailedMessages()
    {
        ExceptionsPage page(m_service.get());
        waitReady(page);
        QVERIFY(page.badge() > 0);
        QVERIFY(!page.keyFigures().isEmpty());
        auto* table = page.findChild<QTableView*>();
        QVERIFY(table->model()->rowCount() > 0);
    }

    void inventoryPageShowsDisagreements()
    {
        InventoryPage page(m_service.get());
        waitReady(page);
        QVERIFY(page.badge() > 0);  // the demo's faults leave counts that disagree
        auto* table = page.findChild<QTableView*>();
        QCOMPARE(table->model()->rowCount(), page.badge());  // "only disagreements" is the default
    }

    void postingPageSumsByDay()
    {
        PostingPage page(m_service.get(), {{QStringLiteral("order-to-cash"), QStringLiteral("erp-post"),
                                            QStringLiteral("allocate"), QStringLiteral("order")}});
        waitReady(page);
        QCOMPARE(page.keyFigures().size(), 5);
        QVERIFY(page.findChild<QTableView*>()->model()->rowCount() > 0);
    }

    void slaPageChartsLatency()
    {
        SlaPage page(m_service.get(), {{QStringLiteral("order-to-cash"), QStringLiteral("allocate"),
                                        QStringLiteral("erp-post"), 3600}});
        waitReady(page);
        QCOMPARE(page.keyFigures().size(), 3);
        QVERIFY(page.keyFigures().first().value != QStringLiteral("0"));
    }

    void overviewPageShowsTiles()
    {
        OverviewPage page(m_service.get(), {{QStringLiteral("order-to-cash"), QStringLiteral("erp-post"),
                                             QStringLiteral("allocate"), QStringLiteral("order")}});
        waitReady(page);
        QCOMPARE(page.keyFigures().size(), 3);
        QVERIFY(page.keyFigures().at(1).value != QStringLiteral("0"));  // the demo has open exceptions
        QVERIFY(page.findChildren<QFrame*>(QStringLiteral("tile")).size() >= 5);
    }

    void auditPageVerifiesTheChain()
    {
        AuditPage page(m_service.get());
        waitReady(page);
        QVERIFY(page.findChild<QTableView*>()->model()->rowCount() >= 3);
        QCOMPARE(page.keyFigures().at(1).status, std::optional<UiStatus>(UiStatus::Ok));
    }

    void connectionsPageShowsTheStore()
    {
        ConnectionsPage page(m_service.get());
        int infos = 0;
        connect(&page, &ConnectionsPage::storeInfoAvailable, this, [&infos] { ++infos; });
        waitReady(page);
        QCOMPARE(infos, 1);
        QCOMPARE(page.keyFigures().first().status, std::optional<UiStatus>(UiStatus::Ok));
    }

    // With nothing searched, the page opens on the transaction of the newest failed event.
    void lineagePageOpensOnTheNewestFailure()
    {
        auto store = openStore(m_store, OpenMode::ReadOnly);
        QVERIFY(store);
        EventQuery newest;
        newest.status = QStringLiteral("failed");
        newest.limit = 1;
        const auto failed = store.value()->events(newest);
        QVERIFY(failed && !failed->isEmpty());
        const QString expected = failed->constFirst().correlationId;
        LineagePage page(m_service.get());
        waitReady(page);
        auto* table = page.findChild<QTableView*>();
        QVERIFY(table->model()->rowCount() >= 1);
        bool headed = false;
        for (QLabel* label : page.findChildren<QLabel*>())
            headed = headed || (label->text().contains(expected) && label->text().contains(QStringLiteral("failed")));
        QVERIFY2(headed, qPrintable(expected));
        bool anyFailed = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column)
                anyFailed = anyFailed || table->model()->index(row, column).data().toString() == QStringLiteral("failed");
        }
        QVERIFY(anyFailed);
    }

    // The verdict and the stage checklist come from the flow's template (models/lineageverdict.h).
    void lineagePageShowsTheVerdictAndStageChecklist()
    {
        LineagePage page(m_service.get());
        waitReady(page);  // the newest failure
        auto* strip = page.findChild<StageStrip*>();
        QVERIFY(strip);
        const QStringList chips = strip->texts();
        QVERIFY(chips.size() >= 4);
        QCOMPARE(chips.filter(QRegularExpression(QStringLiteral("^\u2717 "))).size(), 1);  // one failed stage
        QVERIFY2(chips.constFirst().startsWith(QStringLiteral("\u2713 ")), qPrintable(chips.constFirst()));
        bool verdict = false;
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->text().startsWith(QStringLiteral("\u2717 Failed at "))) {
                verdict = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
                QVERIFY(label->text().contains(QStringLiteral("failed message in ")));
            }
        }
        QVERIFY(verdict);
        for (QLabel* label : strip->findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void lineagePageShowsHopsInCausalOrder()
    {
        LineagePage page(m_service.get());
        waitReady(page);  // opens on the newest failure; then the one asked for
        page.focusOn(QStringLiteral("ORD-2026-000001"));
        QTRY_VERIFY(page.isReady());
        auto* table = page.findChild<QTableView*>();
        QVERIFY(table->model()->rowCount() >= 3);
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("capture"));
    }

    void markupInDataIsShownLiterally()
    {
        LineagePage page(m_service.get());
        waitReady(page);
        page.focusOn(QStringLiteral("<b>x</b>"));
        QTRY_VERIFY(page.isReady());
        bool sawLiteral = false;
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("<b>"))) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                sawLiteral = true;
            }
        }
        QVERIFY(sawLiteral);
        QVERIFY(page.findChild<QPlainTextEdit*>()->toPlainText().contains(QStringLiteral("<b>bold</b>")));
    }

    void snapshotWritesEveryPage()
    {
        QTemporaryDir out;
        QProcess app;
        app.start(test::binaryPath(QStringLiteral("controltower")),
                  {QStringLiteral("--store"), m_store, QStringLiteral("--snapshot"), out.path()});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QStringList pngs = QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs, (QStringList{QStringLiteral("audit.png"), QStringLiteral("connections.png"),
                                    QStringLiteral("exceptions.png"), QStringLiteral("inventory.png"),
                                    QStringLiteral("lineage.png"), QStringLiteral("overview.png"),
                                    QStringLiteral("posting.png"), QStringLiteral("sla.png")}));
        for (const QString& png : pngs) {
            const QImage image(QDir(out.path()).filePath(png));
            QCOMPARE(image.size(), QSize(1440, 900));
            QVERIFY2(!isBlank(image), qPrintable(png));
        }
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
