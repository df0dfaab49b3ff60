// `ctower dlq queues` against the real RabbitMQ of the test run and its management API: a work queue
// nothing consumes, its dead-letter queue, and a queue whose consumer acknowledges a tenth of what is
// published are each called what they are; an unreachable API or wrong credentials fail in a sentence.
// Over https the API is verified against the CA file given (--ca-file, or the AMQP URL's cacertfile).
#include "amqp/amqpclient.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace ct;
using namespace ct::amqp;

class TestBrokerHealth : public QObject {
    Q_OBJECT
    QString m_amqpUrl;
    QString m_management;
    Client m_client;
    QString m_prefix;
    QStringList m_queues;

    QString name(const char* suffix) const { return m_prefix + QLatin1String(suffix); }
    QJsonObject health(const QString& queue)
    {
        const test::CliRun run = test::runCtower({QStringLiteral("dlq"), QStringLiteral("queues"), QStringLiteral("--amqp"),
                                                  m_amqpUrl, QStringLiteral("--management"), m_management,
                                                  QStringLiteral("--queue"), queue, QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out).array().at(0).toObject();
    }
    bool publish(const QString& queue, int n)
    {
        for (int i = 0; i < n; ++i) {
            Publication p;
            p.routingKey = queue;
            p.body = "{}";
            if (!m_client.publish(p))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_amqpUrl = test::amqpServerUrl(&why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
        m_management = test::readTestState(QStringLiteral("rabbitmq-management-url"));
        QVERIFY2(!m_management.isEmpty(), "no management URL from the test node");
        QVERIFY2(m_client.open(m_amqpUrl), qPrintable(m_client.error()));
        m_prefix = QStringLiteral("ct-health-%1.").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        for (const QString& q : std::as_const(m_queues))
            m_client.deleteQueue(q);
    }

    void aQueueNothingConsumesAndItsDeadLetters()
    {
        const QString work = name("orders"), dlq = name("orders.held");
        m_queues << work << dlq;
        QVERIFY(m_client.declareQueue(dlq, {}, false));
        QVERIFY(m_client.declareQueue(work, {{QStringLiteral("x-dead-letter-exchange"), QString()},
                                             {QStringLiteral("x-dead-letter-routing-key"), dlq}}, false));
        QVERIFY(publish(work, 5) && publish(dlq, 3));
        QTRY_COMPARE_WITH_TIMEOUT(health(work).value(QLatin1String("messages")).toInt(), 5, 15000);
        const QJsonObject w = health(work);
        QCOMPARE(w.value(QLatin1String("verdict")).toString(), QStringLiteral("no_consumers"));
        QCOMPARE(w.value(QLatin1String("consumers")).toInt(), 0);
        QCOMPARE(w.value(QLatin1String("dead_letters_to")).toString(), dlq);
        QTRY_COMPARE_WITH_TIMEOUT(health(dlq).value(QLatin1String("verdict")).toString(), QStringLiteral("dead_letters"), 15000);
    }

    // Published at about 200/s, acknowledged at about 20/s: flagged before it reaches any limit.
    void aConsumerFallingBehindIsFlagged()
    {
        const QString slow = name("slow");
        m_queues << slow;
        QVERIFY(m_client.declareQueue(slow, {}, false));
        std::atomic<bool> stop{false};
        std::thread consumer([&] {
            Client c;
            if (!c.open(m_amqpUrl) || !c.consume({slow}, 1))
                return;
            while (!stop) {
                if (auto d = c.next(std::chrono::milliseconds(100))) {
                    QThread::msleep(50);
                    c.ack(d->deliveryTag);
                }
            }
        });
        // Joined however the test leaves (a failed check returns early).
        const auto joinConsumer = qScopeGuard([&] {
            stop = true;
            consumer.join();
        });
        QElapsedTimer clock;
        clock.start();
        qint64 lastLook = 0;
        QString verdict;
        while (clock.elapsed() < 20000 && verdict != QLatin1String("falling_behind")) {
            QVERIFY(publish(slow, 20));
            QThread::msleep(100);
            if (clock.elapsed() > 3000 && clock.elapsed() - lastLook >= 1000) { // the broker's rates settle first
                lastLook = clock.elapsed();
                verdict = health(slow).value(QLatin1String("verdict")).toString();
            }
        }
        QCOMPARE(verdict, QStringLiteral("falling_behind"));
    }

    void failuresAreOneSentence()
    {
        const test::CliRun away = test::runCtower({QStringLiteral("dlq"), QStringLiteral("queues"), QStringLiteral("--amqp"),
                                                   m_amqpUrl, QStringLiteral("--management"),
                                                   QStringLiteral("http://127.0.0.1:%1").arg(test::freeLoopbackPort())});
        QCOMPARE(away.exitCode, 1);
        QVERIFY2(away.oneErrorLine() && away.err.contains("did not answer"), away.err.constData());
        QString wrong = m_amqpUrl;
        wrong.replace(QStringLiteral("guest:guest"), QStringLiteral("guest:wrong-secret"));
        const test::CliRun denied = test::runCtower({QStringLiteral("dlq"), QStringLiteral("queues"), QStringLiteral("--amqp"),
                                                     wrong, QStringLiteral("--management"), m_management});
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains("refused the credentials"), denied.err.constData());
        QVERIFY(!denied.err.contains("wrong-secret"));
    }

    void httpsIsVerifiedAgainstTheCaFile()
    {
        const QString https = test::readTestState(QStringLiteral("rabbitmq-management-https-url"));
        const QString ca = test::testStatePath(QStringLiteral("amqps-ca.pem"));
        QVERIFY2(!https.isEmpty() && QFile::exists(ca), "no management over TLS from the test node");
        const QString queue = name("over-tls");
        m_queues << queue;
        QVERIFY(m_client.declareQueue(queue, {}, false));
        const auto queues = [&queue](const QString& amqpUrl, const QString& management, const QStringList& more) {
            return test::runCtower(QStringList{QStringLiteral("dlq"), QStringLiteral("queues"), QStringLiteral("--amqp"),
                                               amqpUrl, QStringLiteral("--management"), management,
                                               QStringLiteral("--queue"), queue, QStringLiteral("--json")}
                                   + more);
        };
        const auto listsTheQueue = [&queue](const test::CliRun& run) {
            return run.exitCode == 0
                   && QJsonDocument::fromJson(run.out).array().at(0).toObject().value(QLatin1String("queue")) == queue;
        };

        const test::CliRun withCaFile = queues(m_amqpUrl, https, {QStringLiteral("--ca-file"), ca});
        QVERIFY2(listsTheQueue(withCaFile), withCaFile.err.constData());
        const QString withQuery = m_amqpUrl + QStringLiteral("?cacertfile=") + QString::fromUtf8(QUrl::toPercentEncoding(ca));
        const test::CliRun fromTheUrl = queues(withQuery, https, {});
        QVERIFY2(listsTheQueue(fromTheUrl), fromTheUrl.err.constData());

        // The system's authorities do not know the test CA; the certificate names localhost only.
        const test::CliRun untrusted = queues(m_amqpUrl, https, {});
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.oneErrorLine() && untrusted.err.contains("certificate"), untrusted.err.constData());
        QString byAddress = https;
        byAddress.replace(QStringLiteral("localhost"), QStringLiteral("127.0.0.1"));
        const test::CliRun otherHost = queues(m_amqpUrl, byAddress, {QStringLiteral("--ca-file"), ca});
        QCOMPARE(otherHost.exitCode, 1);
        QVERIFY2(otherHost.oneErrorLine() && otherHost.err.contains("host name"), otherHost.err.constData());
    }

    void aCaFileThatCannotBeReadIsOneSentence()
    {
        const QString missing = QStringLiteral("/nonexistent/ctower-ca.pem");
        const QString https = QStringLiteral("https://localhost:%1").arg(test::freeLoopbackPort());
        for (const QStringList& args :
             {QStringList{QStringLiteral("--amqp"), m_amqpUrl, QStringLiteral("--ca-file"), missing},
              QStringList{QStringLiteral("--amqp"), m_amqpUrl + QStringLiteral("?cacertfile=") + missing}}) {
            const test::CliRun run =
                test::runCtower(QStringList{QStringLiteral("dlq"), QStringLiteral("queues"), QStringLiteral("--management"), https}
                                + args);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.oneErrorLine(), run.err.constData());
            QVERIFY2(run.err.contains("the CA file /nonexistent/ctower-ca.pem does not exist or cannot be read"),
                     run.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestBrokerHealth)
#include "tst_brokerhealth.moc"
