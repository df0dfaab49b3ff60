// `ctower collect --amqp URL --dlq QUEUE` as a service runs it, against the real RabbitMQ of the test
// run: killed with SIGKILL in the middle of a drain and started again, it loses no dead letter and
// stores none twice; its output never shows the broker password; wrong options are usage errors.
#include "collectorprocess.h"
#include "deadletterqueues.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ct;

class TestCollectDrain : public QObject {
    Q_OBJECT
    QString m_amqpUrl;
    amqp::Client m_client;
    QTemporaryDir m_dir;
    QStringList m_queues;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_amqpUrl = test::amqpServerUrl(&why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
        QVERIFY2(m_client.open(m_amqpUrl), qPrintable(m_client.error()));
    }

    void cleanupTestCase()
    {
        for (const QString& q : std::as_const(m_queues))
            m_client.deleteQueue(q);
    }

    void drainOptionsAreChecked()
    {
        const QString store = m_dir.filePath(QStringLiteral("usage.db"));
        const test::CliRun noBroker = test::runCtower({QStringLiteral("collect"), QStringLiteral("--store"), store,
                                                       QStringLiteral("--dlq"), QStringLiteral("orders.dlq")});
        QCOMPARE(noBroker.exitCode, 2);
        QVERIFY2(noBroker.err.contains("--dlq needs --amqp"), noBroker.err.constData());
        const test::CliRun notAmqp = test::runCtower({QStringLiteral("collect"), QStringLiteral("--store"), store,
                                                      QStringLiteral("--amqp"), QStringLiteral("http://u:secret@h/"),
                                                      QStringLiteral("--dlq"), QStringLiteral("q")});
        QCOMPARE(notAmqp.exitCode, 2);
        QVERIFY2(notAmqp.err.contains("not an AMQP URL"), notAmqp.err.constData());
        QVERIFY(!notAmqp.err.contains("secret"));
    }

    void aDrainKilledMidwayLosesAndDoublesNothing()
    {
        const QString prefix = QStringLiteral("ct-kill-%1.").arg(QCoreApplication::applicationPid());
        const QString work = prefix + QStringLiteral("orders"), dlq = prefix + QStringLiteral("orders.dlq");
        m_queues << work << dlq;
        test::DeadLetterQueues q{m_client, true};
        QVERIFY2(q.declare(work, dlq), qPrintable(m_client.error()));
        constexpr int n = 30000;
        QVERIFY2(q.publish(work, 0, n), qPrintable(m_client.error()));
        QVERIFY(q.waitForDepth(dlq, n, 60000));

        const QString store = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("kill.db"));
        const QStringList drain{QStringLiteral("--amqp"), m_amqpUrl, QStringLiteral("--dlq"), dlq,
                                QStringLiteral("--prefetch"), QStringLiteral("500")};
        auto stored = [&] { return test::queryRaw(store, QStringLiteral("SELECT count(*) FROM failed_messages")).toLongLong(); };
        qint64 atKill = 0;
        {
            test::CollectorProcess first(store, drain);
            QVERIFY2(first.port() != 0, first.errors().constData());
            QVERIFY2(first.waitForOutput("Draining dead letters from amqp://guest@127.0.0.1:"), first.output().constData());
            QVERIFY2(!first.output().contains("guest:guest"), first.output().constData());
            QElapsedTimer clock;
            clock.start();
            while (stored() == 0 && clock.elapsed() < 30000)
                QThread::msleep(2);
            QVERIFY(::kill(pid_t(first.pid()), SIGKILL) == 0);
            QThread::msleep(200);
            atKill = stored();
        }
        QVERIFY2(atKill > 0 && atKill < n, qPrintable(QStringLiteral("killed after %1 of %2").arg(atKill).arg(n)));

        test::CollectorProcess second(store, drain);
        QVERIFY2(second.port() != 0, second.errors().constData());
        QElapsedTimer clock;
        clock.start();
        while (stored() < n && clock.elapsed() < 60000)
            QThread::msleep(50);
        QCOMPARE(second.terminate(), 0);
        QCOMPARE(stored(), n);
        QCOMPARE(test::queryRaw(store, QStringLiteral("SELECT count(DISTINCT message_id) FROM failed_messages")).toLongLong(), n);
        QCOMPARE(m_client.inspectQueue(dlq)->messages, 0u);
        QVERIFY2(second.output().contains("dead letters"), second.output().constData());
        QVERIFY(!second.errors().contains("guest:guest"));
    }
};

QTEST_GUILESS_MAIN(TestCollectDrain)
#include "tst_collect_drain.moc"
