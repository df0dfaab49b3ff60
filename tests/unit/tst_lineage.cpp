#include "lineage.h"

#include <QTest>

using namespace ct;

namespace {

// Fixture text: "id<cause@second" items separated by spaces; a trailing '!' marks a failed hop.
QList<Event> parse(const QString& text)
{
    QList<Event> events;
    for (const QString& item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Event e;
        QString spec = item;
        if (spec.endsWith(QLatin1Char('!'))) {
            e.status = EventStatus::Failed;
            spec.chop(1);
        }
        const QString idAndCause = spec.section(QLatin1Char('@'), 0, 0);
        e.id = idAndCause.section(QLatin1Char('<'), 0, 0);
        e.causationId = idAndCause.section(QLatin1Char('<'), 1, 1);
        e.occurredAt = Timestamp::fromSeconds(spec.section(QLatin1Char('@'), 1, 1).toLongLong());
        e.recordedAt = e.occurredAt;
        e.key = e.id;
        e.flow = QStringLiteral("order-to-cash");
        events.append(e);
    }
    return events;
}

QString order(const LineageGraph& g)
{
    QStringList ids;
    for (const LineageHop& h : g.hops)
        ids << h.event.id + QLatin1Char(':') + QString::number(h.depth);
    return ids.join(QLatin1Char(' '));
}

} // namespace

class TestLineage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void causalOrder_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chain") << "a@1 b<a@2 c<b@3" << "a:0 b:1 c:2";
        QTest::newRow("shuffled input") << "c<b@3 a@1 b<a@2" << "a:0 b:1 c:2";
        QTest::newRow("cause recorded late") << "b<a@1 a@5 c<b@2" << "a:0 b:1 c:2";
        QTest::newRow("branches in time order") << "a@1 p<a@9 e<a@4 s<e@6" << "a:0 e:1 s:2 p:1";
        QTest::newRow("missing cause is a root") << "a@1 x<gone@2 y<x@3" << "a:0 x:0 y:1";
        QTest::newRow("cycle still listed once") << "a<b@1 b<a@2" << "a:0 b:1";
        QTest::newRow("self cause") << "a<a@1" << "a:0";
        QTest::newRow("empty") << "" << "";
    }
    void causalOrder()
    {
        QFETCH(QString, events);
        QFETCH(QString, expected);
        QCOMPARE(order(assembleLineage(QStringLiteral("C"), parse(events))), expected);
    }

    void latenciesAndFlags()
    {
        QList<Event> events = parse(QStringLiteral("a@10 b<a@25 c<b@26! d<zz@30"));
        events[1].recordedAt = Timestamp::fromSeconds(5);  // b recorded before a
        const LineageGraph g = assembleLineage(QStringLiteral("C"), events);
        QCOMPARE(g.hops.size(), 4);
        QCOMPARE(g.hops.at(1).latencySeconds, 15.0);
        QVERIFY(g.hops.at(1).recordedBeforeCause);
        QCOMPARE(g.hops.at(2).latencySeconds, 1.0);
        QVERIFY(g.hops.at(3).causeMissing);
        QCOMPARE(g.failedHops, 1);
        QCOMPARE(g.flow, QStringLiteral("order-to-cash"));
        QCOMPARE(g.firstAt(), Timestamp::fromSeconds(10));
        QCOMPARE(g.lastAt(), Timestamp::fromSeconds(30));
    }
};

QTEST_APPLESS_MAIN(TestLineage)
#include "tst_lineage.moc"
