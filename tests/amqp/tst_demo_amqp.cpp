// `ctower demo --amqp URL` against the real RabbitMQ of the test run, drained by `ctower collect
// --dlq`: every failed message the simulator made arrives through the broker, once, where the
// topology puts it - a plain work queue's rejections in <queue>.dlq with the broker's x-death, an ERP
// queue's in <queue>.parking-lot after its retries, with Spring AMQP's headers.
#include "collectorprocess.h"
#include "deadletterqueues.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

QSet<QString> messageIds(const QString& store)
{
    QSet<QString> ids;
    QSqlDatabase db = test::addRawDatabase(store, QStringLiteral("ids"));
    {
        db.open();
        QSqlQuery q(QStringLiteral("SELECT message_id FROM failed_messages"), db);
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("ids"));
    return ids;
}

} // namespace

class TestDemoAmqp : public QObject {
    Q_OBJECT
    QString m_amqpUrl;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_amqpUrl = test::amqpServerUrl(&why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
    }

    void theEstatesFailuresArriveThroughTheBroker()
    {
        const QStringList estate{QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7")};
        const QString direct = m_dir.filePath(QStringLiteral("direct.db"));
        const test::CliRun reference = test::runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), direct} + estate);
        QVERIFY2(reference.exitCode == 0, reference.err.constData());

        const QString viaBroker = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("broker.db"));
        const test::CliRun run = test::runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), viaBroker,
                                                             QStringLiteral("--json"), QStringLiteral("--amqp"), m_amqpUrl}
                                                 + estate);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject amqp = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("amqp")).toObject();
        const QSet<QString> expected = messageIds(QStringLiteral("sqlite://") + direct);
        QVERIFY(expected.size() > 50);
        QCOMPARE(amqp.value(QStringLiteral("faulty")).toInteger(), expected.size());
        QCOMPARE(amqp.value(QStringLiteral("dead_letters")).toInteger(), expected.size());
        QVERIFY(amqp.value(QStringLiteral("parked")).toInteger() > 0);
        QVERIFY(!QString::fromUtf8(run.out).contains(QLatin1String("guest:guest")));
        QCOMPARE(test::queryRaw(viaBroker, QStringLiteral("SELECT count(*) FROM failed_messages")).toLongLong(), 0);

        QStringList drain{QStringLiteral("--amqp"), m_amqpUrl};
        QStringList deadLetterQueues;
        for (const QJsonValue& q : amqp.value(QStringLiteral("dead_letter_queues")).toArray()) {
            drain << QStringLiteral("--dlq") << q.toString();
            deadLetterQueues << q.toString();
        }
        {
            test::CollectorProcess collector(viaBroker, drain);
            QVERIFY2(collector.port() != 0, collector.errors().constData());
            QElapsedTimer clock;
            clock.start();
            while (test::queryRaw(viaBroker, QStringLiteral("SELECT count(*) FROM failed_messages")).toLongLong() < expected.size()
                   && clock.elapsed() < 60000)
                QThread::msleep(50);
            QCOMPARE(collector.terminate(), 0);
        }
        QCOMPARE(messageIds(viaBroker), expected);

        // Where each came from: the work queue, the broker's record, and for the ERP the retries.
        const QString plain = QStringLiteral("SELECT count(*) FROM failed_messages WHERE queue LIKE '%.dlq' AND "
                                             "queue = origin_queue || '.dlq' AND death_count = 1");
        const QString parked = QStringLiteral(
            "SELECT count(*) FROM failed_messages WHERE queue LIKE 'erp.%.parking-lot' AND queue = origin_queue || "
            "'.parking-lot' AND death_count = 4 AND error_class <> 'unknown' AND original_exchange <> '' AND "
            "headers LIKE '%x-original-routingKey%'");
        QCOMPARE(test::queryRaw(viaBroker, plain).toLongLong() + test::queryRaw(viaBroker, parked).toLongLong(),
                 expected.size());
        QCOMPARE(test::queryRaw(viaBroker, parked).toLongLong(), amqp.value(QStringLiteral("parked")).toInteger());

        amqp::Client client;
        QVERIFY2(client.open(m_amqpUrl), qPrintable(client.error()));
        for (const QString& dlq : std::as_const(deadLetterQueues)) {
            QCOMPARE(client.inspectQueue(dlq)->messages, 0u);
            const QString work = dlq.left(dlq.lastIndexOf(QLatin1Char('.')));
            client.deleteQueue(dlq);
            client.deleteQueue(work);
            client.deleteQueue(work + QStringLiteral(".retry"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoAmqp)
#include "tst_demo_amqp.moc"
