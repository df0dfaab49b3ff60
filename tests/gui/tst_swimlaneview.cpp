// The swimlane view: zoom, pan and fit change what is visible; clicking a marker selects its hop;
// text from the events is drawn, never interpreted.
#include "swimlaneview.h"

#include <QSignalSpy>
#include <QTest>

using namespace ct;

namespace {

SwimlaneLayout threeHops()
{
    QList<Event> events;
    const char* sources[] = {"webshop", "<b>oms</b>", "erp"};
    for (int i = 0; i < 3; ++i) {
        Event e;
        e.id = QStringLiteral("e%1").arg(i);
        e.key = e.id;
        e.source = QString::fromLatin1(sources[i]);
        e.stage = QStringLiteral("stage-%1").arg(i);
        e.causationId = i ? QStringLiteral("e%1").arg(i - 1) : QString();
        e.occurredAt = Timestamp::fromSeconds(1'800'000'000 + i * 60);
        e.recordedAt = e.occurredAt;
        events << e;
    }
    return layoutSwimlane(assembleLineage(QStringLiteral("ORD-1"), events));
}

} // namespace

class TestSwimlaneView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fitShowsTheWholeTransaction()
    {
        SwimlaneView view;
        view.resize(900, 200);
        view.setLayout(threeHops());
        const double first = 1'800'000'000.0 * 1e6;
        QVERIFY(view.visibleFrom() < first);
        QVERIFY(view.visibleTo() > first + 120e6);
    }

    void zoomAndPanMoveTheWindowAndFitRestoresIt()
    {
        SwimlaneView view;
        view.resize(900, 200);
        view.setLayout(threeHops());
        const double from = view.visibleFrom(), to = view.visibleTo();
        view.zoom(4, 500);
        QVERIFY(view.visibleTo() - view.visibleFrom() < (to - from) / 3.9);
        const double zoomedFrom = view.visibleFrom();
        view.pan(100);
        QVERIFY(view.visibleFrom() < zoomedFrom); // dragging right shows earlier times
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.visibleFrom(), from);
        QCOMPARE(view.visibleTo(), to);
        // A live update of the same transaction keeps the zoom.
        view.zoom(2, 500);
        const double keptFrom = view.visibleFrom();
        view.setLayout(threeHops());
        QCOMPARE(view.visibleFrom(), keptFrom);
    }

    void clickingAMarkerSelectsItsHop()
    {
        SwimlaneView view;
        view.resize(900, 200);
        view.setLayout(threeHops());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &SwimlaneView::hopActivated);
        // The middle marker: second lane, at the middle time.
        const double x = 140 + (900 - 140 - 12) * ((1'800'000'060.0 * 1e6) - view.visibleFrom())
                                   / (view.visibleTo() - view.visibleFrom());
        const double y = 20 + 1.5 * 34; // 200 px leave every lane its full height
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(int(x), int(y)));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 1);
        // Empty space selects nothing.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(880, 15));
        QCOMPARE(activated.count(), 1);
    }

    void rendersHostileNamesWithoutCrashing()
    {
        SwimlaneView view;
        view.resize(600, 200);
        view.setLayout(threeHops());
        QVERIFY(!view.grab().isNull());
        view.setLayout(SwimlaneLayout{});
        QVERIFY(!view.grab().isNull());
    }
};

QTEST_MAIN(TestSwimlaneView)
#include "tst_swimlaneview.moc"
