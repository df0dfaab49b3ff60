// The swimlane layout of a transaction: lanes, markers, causation arrows and the flags for duplicates
// and out-of-sequence events.
#include "swimlane.h"

#include <QTest>

using namespace ct;

namespace {

Event hop(const QString& id, const QString& source, const QString& stage, qint64 second, const QString& cause = {},
          EventStatus status = EventStatus::Ok)
{
    Event e;
    e.id = id;
    e.key = id;
    e.source = source;
    e.stage = stage;
    e.type = source + QStringLiteral(".thing.done");
    e.correlationId = QStringLiteral("ORD-1");
    e.causationId = cause;
    e.status = status;
    e.occurredAt = Timestamp::fromSeconds(1'800'000'000 + second);
    e.recordedAt = e.occurredAt;
    return e;
}

} // namespace

class TestSwimlane : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lanesFollowFirstAppearanceAndArrowsFollowCausation()
    {
        const QList<Event> events{hop(QStringLiteral("a"), QStringLiteral("webshop"), QStringLiteral("capture"), 0),
                                  hop(QStringLiteral("c"), QStringLiteral("oms"), QStringLiteral("submit"), 30, QStringLiteral("b")),
                                  hop(QStringLiteral("b"), QStringLiteral("payments"), QStringLiteral("payment"), 4, QStringLiteral("a")),
                                  hop(QStringLiteral("d"), QStringLiteral("erp"), QStringLiteral("erp-post"), 90,
                                      QStringLiteral("c"), EventStatus::Failed)};
        const SwimlaneLayout layout = layoutSwimlane(assembleLineage(QStringLiteral("ORD-1"), events));
        QCOMPARE(layout.lanes, (QStringList{QStringLiteral("webshop"), QStringLiteral("payments"), QStringLiteral("oms"),
                                            QStringLiteral("erp")}));
        QCOMPARE(layout.markers.size(), 4);
        QCOMPARE(layout.markers.at(3).lane, 3);
        QCOMPARE(layout.markers.at(3).status, EventStatus::Failed);
        QCOMPARE(layout.markers.at(1).label, QStringLiteral("payment"));
        QCOMPARE(layout.arrows.size(), 3);
        QCOMPARE(layout.arrows.at(0).from, 0);
        QCOMPARE(layout.arrows.at(0).to, 1);
        QCOMPARE(layout.arrows.at(0).latencySeconds, 4.0);
        QCOMPARE(layout.arrows.at(2).latencySeconds, 60.0);
        QCOMPARE(layout.first, events.at(0).occurredAt);
        QCOMPARE(layout.last, events.at(3).occurredAt);
        QCOMPARE(layout.duplicates(), 0);
        QCOMPARE(layout.outOfSequence(), 0);
    }

    void flagsDuplicatesButNotRetries()
    {
        QList<Event> events{hop(QStringLiteral("a"), QStringLiteral("webshop"), QStringLiteral("capture"), 0),
                            hop(QStringLiteral("b"), QStringLiteral("erp"), QStringLiteral("erp-post"), 10, QStringLiteral("a"),
                                EventStatus::Retrying),
                            hop(QStringLiteral("b2"), QStringLiteral("erp"), QStringLiteral("erp-post"), 20, QStringLiteral("a")),
                            // Redelivered under a new id: the same step succeeded already.
                            hop(QStringLiteral("b3"), QStringLiteral("erp"), QStringLiteral("erp-post"), 25, QStringLiteral("a")),
                            // The very same event twice.
                            hop(QStringLiteral("a"), QStringLiteral("webshop"), QStringLiteral("capture"), 0)};
        events[4].key = QStringLiteral("a-again");
        const SwimlaneLayout layout = layoutSwimlane(assembleLineage(QStringLiteral("ORD-1"), events));
        QCOMPARE(layout.markers.size(), 4 + 1);
        QStringList flagged;
        for (const SwimlaneMarker& m : layout.markers) {
            if (m.duplicate)
                flagged << layout.lanes.at(m.lane) + QLatin1Char('@') + QString::number(m.at.micros() / 1'000'000 - 1'800'000'000);
        }
        flagged.sort();
        QCOMPARE(flagged, (QStringList{QStringLiteral("erp@25"), QStringLiteral("webshop@0")}));
    }

    void flagsOutOfSequenceAndMissingCauses()
    {
        QList<Event> events{hop(QStringLiteral("a"), QStringLiteral("wms"), QStringLiteral("adjust"), 0),
                            hop(QStringLiteral("b"), QStringLiteral("middleware"), QStringLiteral("route"), 5, QStringLiteral("a")),
                            hop(QStringLiteral("z"), QStringLiteral("erp"), QStringLiteral("erp-sync"), 9, QStringLiteral("lost"))};
        events[0].recordedAt = events[1].recordedAt.plusMicros(2'000'000); // the cause arrived late
        const SwimlaneLayout layout = layoutSwimlane(assembleLineage(QStringLiteral("SYNC-1"), events));
        QCOMPARE(layout.outOfSequence(), 1);
        int missing = 0;
        for (const SwimlaneMarker& m : layout.markers) {
            if (m.outOfSequence)
                QCOMPARE(m.label, QStringLiteral("route"));
            missing += m.causeMissing ? 1 : 0;
        }
        QCOMPARE(missing, 1);
        QCOMPARE(layout.arrows.size(), 1);
    }

    void anEmptyTransactionHasNothing()
    {
        const SwimlaneLayout layout = layoutSwimlane(LineageGraph{});
        QVERIFY(layout.isEmpty());
        QVERIFY(layout.lanes.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSwimlane)
#include "tst_swimlane.moc"
