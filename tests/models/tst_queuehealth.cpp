// Broker health verdicts from queue figures (models/queuehealth.h), the queues a profile watches, and
// the model that shows them.
#include "queuehealth.h"
#include "queuehealthmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ct;
using V = QueueHealth::Verdict;

namespace {

QueueHealth queue(const QString& name, qint64 ready, qint64 consumers, double publish = 0, double ack = 0,
                  double growth = 0, const QString& deadLettersTo = {}, qint64 ttlMs = 0)
{
    QueueHealth q;
    q.name = name;
    q.ready = q.messages = ready;
    q.consumers = consumers;
    q.publishRate = publish;
    q.deliverRate = ack;
    q.ackRate = ack;
    q.growthRate = growth;
    q.deadLettersTo = deadLettersTo;
    q.messageTtlMs = ttlMs;
    return q;
}

// "a,b" as a list of names; "" as none.
QStringList list(const char* names)
{
    return QString::fromLatin1(names).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

V verdictOf(const QList<QueueHealth>& judged, const QString& name)
{
    for (const QueueHealth& q : judged)
        if (q.name == name)
            return q.verdict;
    return V::Ok;
}

} // namespace

class TestQueueHealth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void judgesAWorkQueueAndItsDeadLetterQueue()
    {
        QList<QueueHealth> q{queue(QStringLiteral("orders"), 40, 0, 0, 0, 0, QStringLiteral("held")),
                             queue(QStringLiteral("held"), 7, 0)};
        judgeQueues(q);
        QCOMPARE(verdictOf(q, QStringLiteral("orders")), V::NoConsumers);
        QCOMPARE(verdictOf(q, QStringLiteral("held")), V::DeadLetters); // a DLX target, whatever its name
        QVERIFY(q.at(1).summary.contains(QLatin1String("7 failed messages")));
    }

    void fallsBehindWhenItGrowsFasterThanItIsAcknowledged()
    {
        QList<QueueHealth> q{queue(QStringLiteral("a"), 900, 2, 200, 20, 180), queue(QStringLiteral("b"), 3, 2, 200, 199, 0.4),
                             queue(QStringLiteral("c"), 0, 1)};
        judgeQueues(q);
        QCOMPARE(q.at(0).verdict, V::FallingBehind);
        QVERIFY2(q.at(0).summary.contains(QLatin1String("20/s of 200/s")), qPrintable(q.at(0).summary));
        QCOMPARE(q.at(1).verdict, V::Ok);
        QCOMPARE(q.at(2).verdict, V::Idle);
    }

    void aRetryQueueWaitsByDesignAndAParkingLotHoldsFailures()
    {
        QList<QueueHealth> q{queue(QStringLiteral("erp.postings"), 0, 1, 5, 5, 0, QStringLiteral("erp.postings.retry")),
                             queue(QStringLiteral("erp.postings.retry"), 12, 0, 0, 0, 0, QStringLiteral("erp.postings"), 5000),
                             queue(QStringLiteral("erp.postings.parking-lot"), 4, 0)};
        judgeQueues(q);
        QCOMPARE(q.at(0).verdict, V::Ok);           // the work queue: a retry queue dead-letters into it
        QCOMPARE(q.at(1).verdict, V::Ok);           // holds messages for their retry, not a backlog
        QVERIFY(q.at(1).summary.contains(QLatin1String("retry")));
        QCOMPARE(q.at(2).verdict, V::DeadLetters);  // filled by its consumer, known by its name
    }

    void watchedQueuesInTheProfilesOrder_data()
    {
        QTest::addColumn<QStringList>("watched");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("none listed: every queue") << list("") << list("a,b,c") << list("");
        QTest::newRow("in the profile's order") << list("c,a") << list("c,a") << list("");
        QTest::newRow("one not on the broker") << list("b,gone") << list("b") << list("gone");
        QTest::newRow("none on the broker") << list("x") << list("") << list("x");
    }

    void watchedQueuesInTheProfilesOrder()
    {
        QFETCH(QStringList, watched);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, missing);
        const QList<QueueHealth> all{queue(QStringLiteral("a"), 0, 1), queue(QStringLiteral("b"), 0, 1), queue(QStringLiteral("c"), 0, 1)};
        QStringList names;
        for (const QueueHealth& q : watchedQueues(all, watched))
            names << q.name;
        QCOMPARE(names, shown);
        QCOMPARE(missingQueues(all, watched), missing);
    }

    void theModelShowsFiguresAndTheVerdictInWords()
    {
        QueueHealthModel model;
        QAbstractItemModelTester tester(&model);
        QList<QueueHealth> queues{queue(QStringLiteral("erp.orders"), 12, 0), queue(QStringLiteral("wms.picks"), 3, 2, 20, 20)};
        judgeQueues(queues);
        model.setQueues(queues);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(QueueHealthModel::ColumnCount));
        const QModelIndex verdict = model.index(0, QueueHealthModel::Verdict);
        QCOMPARE(model.data(verdict, QueueHealthModel::StatusRole).toInt(), int(V::NoConsumers));
        QVERIFY(model.data(verdict).toString().startsWith(QStringLiteral("no consumers \u2014 ")));
        QCOMPARE(model.data(model.index(1, QueueHealthModel::PublishRate), QueueHealthModel::SortRole).toDouble(), 20.0);
        // Read again: rows updated in place, a vanished queue removed.
        queues.removeFirst();
        model.setQueues(queues);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, QueueHealthModel::Queue)).toString(), QStringLiteral("wms.picks"));
    }
};

QTEST_GUILESS_MAIN(TestQueueHealth)
#include "tst_queuehealth.moc"
