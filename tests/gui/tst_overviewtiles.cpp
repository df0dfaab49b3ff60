// The Overview's tiles are built once and updated in place: a refresh keeps every tile, label and
// sparkline and changes only their texts, a system or currency that appears or goes away adds or
// removes only its own line, and figures from data are shown as written.
#include "eventratestile.h"
#include "incidentfeedmodel.h"
#include "incidentnotifier.h"
#include "overviewpage.h"
#include "overviewtile.h"
#include "rollupfigures.h"
#include "sparkline.h"
#include "throughputview.h"
#include "timeserieschart.h"
#include "storeservice.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTreeView>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

const QString kHostile = QStringLiteral("<b>x</b> %1 %2 &amp;");

QList<qint64> series(qint64 each)
{
    return QList<qint64>(kOverviewMinutes, each);
}

OverviewFigures someFigures()
{
    OverviewFigures f;
    f.asOf = Timestamp::fromSeconds(1793577600);
    f.ordersInFlight = 12;
    f.openByClass = {{QStringLiteral("schema"), 3}};
    f.backlogCount = 2;
    f.backlogMinor = {{QStringLiteral("EUR"), 12345}};
    f.inventoryMismatches = 0;
    f.perMinuteBySystem = {{QStringLiteral("oms"), series(60)}, {QStringLiteral("pos"), series(120)}};
    return f;
}

// Widgets by address: a failed comparison prints addresses, never a widget that may be gone.
template <typename T>
QList<const void*> addresses(const QList<T*>& widgets)
{
    return QList<const void*>(widgets.cbegin(), widgets.cend());
}

QMap<QString, const void*> addresses(const QHash<QString, OverviewTile*>& tiles)
{
    QMap<QString, const void*> byId;
    for (auto it = tiles.cbegin(); it != tiles.cend(); ++it)
        byId.insert(it.key(), it.value());
    return byId;
}

QString labelText(const QWidget* tile, const QString& objectName)
{
    const auto* label = tile->findChild<QLabel*>(objectName);
    return label ? label->text() : QStringLiteral("(no %1 label)").arg(objectName);
}

// The system names of the rates tile, top to bottom.
QStringList systemsShown(const OverviewPage& page)
{
    auto* rates = page.findChild<EventRatesTile*>();
    QList<QLabel*> names;
    for (QLabel* label : rates->findChildren<QLabel*>()) {
        const bool rate = label->text().endsWith(QLatin1String("/min"));
        if (label->objectName().isEmpty() && !rate && label->isVisible())
            names << label;
    }
    std::sort(names.begin(), names.end(), [](QLabel* a, QLabel* b) { return a->y() < b->y(); });
    QStringList systems;
    for (QLabel* label : names)
        systems << label->text();
    return systems;
}

} // namespace

class TestOverviewTiles : public QObject {
    Q_OBJECT
private:
    // The page only shows figures here; it never reads the store.
    StoreService m_service{[]() -> Expected<std::unique_ptr<TelemetryStore>> {
        return StoreError::make(StoreError::Code::Unsupported, QStringLiteral("no store in this test"));
    }};
    std::unique_ptr<OverviewPage> m_page;

    OverviewPage& page() { return *m_page; }

    QHash<QString, OverviewTile*> tilesByPage()
    {
        QHash<QString, OverviewTile*> tiles;
        for (OverviewTile* tile : page().findChildren<OverviewTile*>())
            tiles.insert(tile->pageId(), tile);
        return tiles;
    }

    OverviewTile* tile(const QString& pageId) { return tilesByPage().value(pageId); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_page = std::make_unique<OverviewPage>(&m_service, QList<PostingStage>{});
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void changedFiguresUpdateTheSameWidgets()
    {
        page().showFigures(someFigures());
        const auto tiles = tilesByPage();
        QCOMPARE(tiles.size(), 4);
        const QList<QLabel*> labels = page().findChildren<QLabel*>();
        const QLabel* inventoryValue =
            tiles.value(QStringLiteral("inventory"))->findChild<QLabel*>(QStringLiteral("tileValue"));
        const QList<Sparkline*> sparklines = page().findChildren<Sparkline*>();
        QCOMPARE(sparklines.size(), 2);
        QCOMPARE(labelText(tiles.value(QStringLiteral("inventory")), QStringLiteral("tileValue")),
                 QStringLiteral("0"));
        QCOMPARE(inventoryValue->property("status"), QVariant(int(UiStatus::Ok)));

        OverviewFigures changed = someFigures();
        changed.ordersInFlight = 13;
        changed.openByClass = {{QStringLiteral("schema"), 4}, {QStringLiteral("timeout"), 1}};
        changed.backlogCount = 0;
        changed.backlogMinor.clear();
        changed.inventoryMismatches = 2;
        changed.perMinuteBySystem[QStringLiteral("oms")] = series(90);
        page().showFigures(changed);

        QCOMPARE(addresses(tilesByPage()), addresses(tiles));
        QCOMPARE(addresses(page().findChildren<QLabel*>()), addresses(labels));
        QCOMPARE(addresses(page().findChildren<Sparkline*>()), addresses(sparklines));
        const auto value = [&](const QString& pageId) {
            return labelText(tiles.value(pageId), QStringLiteral("tileValue"));
        };
        const auto detail = [&](const QString& pageId) {
            return labelText(tiles.value(pageId), QStringLiteral("muted"));
        };
        QCOMPARE(value(QStringLiteral("lineage")), QStringLiteral("13"));
        QCOMPARE(value(QStringLiteral("exceptions")), QStringLiteral("5"));
        QCOMPARE(detail(QStringLiteral("exceptions")), QStringLiteral("4  schema\n1  timeout"));
        QCOMPARE(value(QStringLiteral("posting")), QStringLiteral("0"));
        QCOMPARE(detail(QStringLiteral("posting")), QStringLiteral("nothing awaiting posting"));
        QCOMPARE(value(QStringLiteral("inventory")), QStringLiteral("2"));
        QCOMPARE(inventoryValue->property("status"), QVariant(int(UiStatus::Warning)));
        QList<QList<qint64>> shown;
        for (Sparkline* s : sparklines)
            shown << s->values();
        QVERIFY(shown.contains(series(90)));
        QVERIFY(shown.contains(series(120)));
        QCOMPARE(page().keyFigures().at(0).value, QStringLiteral("13"));
    }

    void aCurrencyAddsAndRemovesOnlyItsLine()
    {
        page().showFigures(someFigures());
        const auto tiles = tilesByPage();
        OverviewTile* posting = tiles.value(QStringLiteral("posting"));
        QCOMPARE(labelText(posting, QStringLiteral("muted")), QStringLiteral("123.45 EUR awaiting posting"));

        OverviewFigures more = someFigures();
        more.backlogMinor.insert(QStringLiteral("GBP"), 500);
        page().showFigures(more);
        QCOMPARE(addresses(tilesByPage()), addresses(tiles));
        QCOMPARE(labelText(posting, QStringLiteral("muted")),
                 QStringLiteral("123.45 EUR awaiting posting\n5.00 GBP awaiting posting"));

        OverviewFigures fewer = someFigures();
        fewer.backlogMinor = {{QStringLiteral("GBP"), 700}};
        page().showFigures(fewer);
        QCOMPARE(addresses(tilesByPage()), addresses(tiles));
        QCOMPARE(labelText(posting, QStringLiteral("muted")), QStringLiteral("7.00 GBP awaiting posting"));
    }

    void aSystemAddsAndRemovesOnlyItsLine()
    {
        page().showFigures(someFigures());
        QTRY_COMPARE(systemsShown(page()), (QStringList{QStringLiteral("oms"), QStringLiteral("pos")}));
        const QList<Sparkline*> before = page().findChildren<Sparkline*>();

        OverviewFigures more = someFigures();
        // A system that sorts first: its line goes above the others.
        more.perMinuteBySystem.insert(QStringLiteral("erp"), series(30));
        page().showFigures(more);
        const QList<Sparkline*> after = page().findChildren<Sparkline*>();
        QCOMPARE(after.size(), before.size() + 1);
        for (Sparkline* s : before)
            QVERIFY(after.contains(s));
        QTRY_COMPARE(systemsShown(page()),
                     (QStringList{QStringLiteral("erp"), QStringLiteral("oms"), QStringLiteral("pos")}));

        OverviewFigures fewer = more;
        fewer.perMinuteBySystem.remove(QStringLiteral("oms"));
        page().showFigures(fewer);
        const QList<Sparkline*> left = page().findChildren<Sparkline*>();
        QCOMPARE(left.size(), before.size());
        for (Sparkline* s : left)
            QVERIFY(after.contains(s));
        QTRY_COMPARE(systemsShown(page()), (QStringList{QStringLiteral("erp"), QStringLiteral("pos")}));
        QCOMPARE(tilesByPage().size(), 4);
    }

    void figuresFromDataAreShownAsWritten()
    {
        OverviewFigures f = someFigures();
        f.openByClass = {{kHostile, 3}};
        f.backlogMinor = {{kHostile, 12345}};
        f.perMinuteBySystem = {{kHostile, series(60)}};
        page().showFigures(f);
        f.ordersInFlight = 14;  // and again, in place
        page().showFigures(f);

        QCOMPARE(labelText(tile(QStringLiteral("exceptions")), QStringLiteral("muted")),
                 QStringLiteral("3  ") + kHostile);
        QCOMPARE(labelText(tile(QStringLiteral("posting")), QStringLiteral("muted")),
                 QStringLiteral("123.45 ") + kHostile + QStringLiteral(" awaiting posting"));
        QTRY_COMPARE(systemsShown(page()), QStringList{kHostile});
        for (QLabel* label : page().findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    // The incident feed below the tiles: newest first, and Enter on one opens its page, filtered.
    void theIncidentFeedOpensTheFilteredPage()
    {
        page().showFigures(someFigures());
        Incident burst;
        burst.kind = IncidentKind::SlaBreachBurst;
        burst.system = QStringLiteral("erp");
        burst.sla = QStringLiteral("erp-posting");
        burst.openedAt = someFigures().asOf.plusMicros(-600'000'000);
        burst.summary = kHostile;
        Incident silent;
        silent.kind = IncidentKind::SilentSystem;
        silent.system = QStringLiteral("erp");
        silent.openedAt = someFigures().asOf.plusMicros(-3'600'000'000LL);
        silent.closedAt = someFigures().asOf.plusMicros(-1'800'000'000LL);
        page().showIncidents({silent, burst}, someFigures().asOf);
        auto* view = page().findChild<QTreeView*>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, IncidentFeedModel::Impact).data().toString(), kHostile);
        QSignalSpy opened(&page(), &Page::openPage);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("sla"));
        QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("erp-posting"));
        page().showIncidents({}, someFigures().asOf);
        QVERIFY(!view->isVisible());
    }

    // Beside the feed, the throughput chart: hovering a minute gives its figures and its quarter hour's
    // breaches by SLA (names from data shown as written); a click on a marked quarter hour opens the
    // SLA breached most there, a click elsewhere nothing.
    void theThroughputChartMarksBreachesAndOpensTheSla()
    {
        page().showFigures(someFigures());
        OverviewThroughput t;
        const qint64 first = someFigures().asOf.micros() / 60'000'000 - 29;
        t.from = Timestamp::fromMicros(first * 60'000'000);
        t.until = Timestamp::fromMicros((first + 30) * 60'000'000);
        for (qint64 m = first; m < first + 30; ++m)
            t.minutes.append({m, 100 + m - first, m == first + 20 ? 7 : 0});
        BreachMark mark;
        mark.start = t.from.plusSeconds(15 * 60);
        mark.bucketSeconds = 900;
        mark.breaches = 4;
        mark.bySla = {{QStringLiteral("erp-posting"), kHostile, 3}, {QStringLiteral("refund-sync"), QStringLiteral("Refund sync"), 1}};
        t.breaches = {mark};
        auto* view = page().findChild<ThroughputView*>();
        QVERIFY(view);
        view->setThroughput(t);
        const qint64 minute20 = (first + 20) * 60'000 + 30'000;
        const QString text = view->textAt(minute20);
        QVERIFY2(text.contains(QStringLiteral("120 events, 7 failed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("4 SLA breach")), qPrintable(text));
        QVERIFY2(text.contains(kHostile + QStringLiteral(": 3")), qPrintable(text));
        QVERIFY(!view->textAt(first * 60'000).contains(QStringLiteral("breach")));  // the first quarter hour breached nothing
        QVERIFY(view->textAt((first + 30) * 60'000).isEmpty());                     // past the newest minute
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("throughputSummary"))->text().startsWith(QStringLiteral("3435 events")));

        QSignalSpy opened(&page(), &Page::openPage);
        Q_EMIT view->chart()->clickedAt(first * 60'000);
        QCOMPARE(opened.size(), 0);
        Q_EMIT view->chart()->clickedAt(minute20);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0), (QVariantList{QStringLiteral("sla"), QStringLiteral("erp-posting")}));
    }

    // F11 in a window: the wall screen fills the screen, and F11 again gives the window back.
    void f11MakesTheWallScreenFillTheScreen()
    {
        QWidget frame;
        auto* inFrame = new OverviewPage(&m_service, QList<PostingStage>{}, &frame);
        frame.resize(1200, 800);
        frame.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frame));
        inFrame->showFigures(someFigures());
        QTest::keyClick(inFrame, Qt::Key_F11);
        QVERIFY(inFrame->isWallScreen());
        QVERIFY(frame.windowState() & Qt::WindowFullScreen);
        QTest::keyClick(inFrame, Qt::Key_F11);
        QVERIFY(!inFrame->isWallScreen());
        QVERIFY(!(frame.windowState() & Qt::WindowFullScreen));
    }

    // Only an incident that opens while the app runs is announced, once, and not when its kind is off.
    void openingsAreAnnouncedPerKind()
    {
        QStandardPaths::setTestModeEnabled(true);
        IncidentNotifier notifier;
        Incident already;
        already.kind = IncidentKind::SilentSystem;
        already.system = QStringLiteral("erp");
        already.openedAt = Timestamp::fromSeconds(1000);
        QVERIFY(notifier.update({already}).isEmpty()); // what was open at start
        Incident burst = already;
        burst.kind = IncidentKind::SlaBreachBurst;
        burst.sla = QStringLiteral("erp-posting");
        Incident backlog = already;
        backlog.kind = IncidentKind::BacklogGrowth;
        backlog.sla = QStringLiteral("erp-posting");
        IncidentNotifier::setEnabled(IncidentKind::BacklogGrowth, false);
        const QList<Incident> announced = notifier.update({already, burst, backlog});
        IncidentNotifier::setEnabled(IncidentKind::BacklogGrowth, true);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.at(0).key(), burst.key());
        QVERIFY(notifier.update({already, burst, backlog}).isEmpty()); // once
        QVERIFY(IncidentNotifier::isEnabled(IncidentKind::BacklogGrowth));
    }

    void aClickOpensTheTilesPage()
    {
        page().showFigures(someFigures());
        page().showFigures(someFigures());
        QSignalSpy opened(&page(), &Page::openPage);
        QTest::mouseClick(tile(QStringLiteral("exceptions")), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0), (QVariantList{QStringLiteral("exceptions"), QString()}));
        QTest::mouseClick(page().findChild<EventRatesTile*>(), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);  // the rates tile opens nothing
    }

    void anEmptyStoreShowsItsMessageInsteadOfTiles()
    {
        page().showFigures(OverviewFigures{});
        const QLabel* asOf = page().findChild<QLabel*>(QStringLiteral("muted"));  // the page's own, first
        QVERIFY(asOf->text().contains(QLatin1String("no events yet")));
        QVERIFY(page().findChildren<OverviewTile*>().isEmpty());
        QVERIFY(page().keyFigures().isEmpty());

        page().showFigures(someFigures());
        const auto tiles = tilesByPage();
        QCOMPARE(tiles.size(), 4);
        for (OverviewTile* t : tiles)
            QVERIFY(t->isVisible());
        page().showFigures(OverviewFigures{});
        for (OverviewTile* t : tiles)
            QVERIFY(!t->isVisible());
        page().showFigures(someFigures());
        QCOMPARE(addresses(tilesByPage()), addresses(tiles));
        for (OverviewTile* t : tiles)
            QVERIFY(t->isVisible());
    }
};

QTEST_MAIN(TestOverviewTiles)
#include "tst_overviewtiles.moc"
