// `ctower dlq replay` killed with SIGKILL in the middle of a bulk replay, against the real RabbitMQ of
// the test run, and `ctower dlq replay --resume` after it: the rest of the selection goes out, with the
// first run's target and rate; nothing the first run had acknowledged goes out twice.
#include "amqp/amqpclient.h"
#include "clirunner.h"
#include "deadletteredmessage.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace ct;

namespace {

FailedMessage failed(int i, const QString& originQueue)
{
    FailedMessage m = test::deadLettered(i, originQueue, QStringLiteral("resume"));
    m.key.clear();  // the store gives each its own
    m.errorClass = QStringLiteral("downstream_timeout");
    m.errorText = QStringLiteral("Timed out");
    return m;
}

} // namespace

class TestReplayResume : public QObject {
    Q_OBJECT
    QString m_amqpUrl;
    amqp::Client m_client;
    QTemporaryDir m_dir;
    QString m_queue;

    qint64 count(const QString& store, const QString& where)
    {
        return test::queryRaw(store, QStringLiteral("SELECT count(*) FROM failed_messages WHERE ") + where).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_amqpUrl = test::openTestBroker(m_client, &why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
        m_queue = QStringLiteral("ct-resume-%1.target").arg(QCoreApplication::applicationPid());
        QVERIFY(m_client.declareQueue(m_queue, {}, true));
    }

    void cleanupTestCase() { m_client.deleteQueue(m_queue); }

    void aKilledReplayResumesWhereItStopped()
    {
        constexpr int n = 3000;
        const QString store = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("resume.db"));
        {
            auto s = openStore(store, OpenMode::ReadWrite);
            QVERIFY(s);
            IngestBatch batch;
            for (int i = 0; i < n; ++i)
                batch.failedMessages << failed(i, QStringLiteral("retired.consumer"));
            QVERIFY(s.value()->ingest(batch));
        }
        // To another queue at 600/s: five seconds of replay, killed after about one.
        QProcess first;
        first.start(test::binaryPath(QStringLiteral("ctower")),
                    {QStringLiteral("dlq"), QStringLiteral("replay"), QStringLiteral("--store"), store, QStringLiteral("--amqp"),
                     m_amqpUrl, QStringLiteral("--all"), QStringLiteral("--to"), m_queue, QStringLiteral("--rate"),
                     QStringLiteral("600")});
        QVERIFY(first.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (count(store, QStringLiteral("state = 'replayed'")) < 400 && clock.elapsed() < 30000)
            QThread::msleep(20);
        QVERIFY(::kill(pid_t(first.processId()), SIGKILL) == 0);
        QVERIFY(first.waitForFinished());
        const qint64 sentBefore = count(store, QStringLiteral("state = 'replayed'"));
        QVERIFY2(sentBefore >= 400 && sentBefore < n, qPrintable(QString::number(sentBefore)));

        const test::CliRun resumed = test::runCtower({QStringLiteral("dlq"), QStringLiteral("replay"), QStringLiteral("--store"),
                                                      store, QStringLiteral("--amqp"), m_amqpUrl, QStringLiteral("--resume"),
                                                      QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 4, resumed.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(resumed.out).object();
        QVERIFY2(!report.value(QLatin1String("job")).toString().isEmpty(), resumed.out.constData());
        // Every message of the selection was sent once, or is the handful the kill left unconfirmed.
        const qint64 replayed = count(store, QStringLiteral("state = 'replayed'"));
        const qint64 replaying = count(store, QStringLiteral("state = 'replaying'"));
        QCOMPARE(count(store, QStringLiteral("state = 'open'")), 0);
        QCOMPARE(replayed + replaying, n);
        // At most three windows of 100 (half a second's worth at 600/s): the one being confirmed, the one
        // being published, and the next, whose intents went in with the first's outcomes.
        QVERIFY2(replaying <= 300, qPrintable(QStringLiteral("%1 replaying, %2 replayed").arg(replaying).arg(replayed)));
        QCOMPARE(report.value(QLatin1String("sent")).toInteger(), n - sentBefore - replaying);
        // The broker holds each replayed message; the resume sent none of the first run's again.
        QSet<QString> ids;
        qint64 copies = 0;
        while (auto d = m_client.get(m_queue)) {
            ids.insert(d->messageId);
            ++copies;
            m_client.ack(d->deliveryTag);
        }
        QCOMPARE(ids.size(), copies);
        QVERIFY(ids.size() >= replayed);
        // Finished: nothing left to resume.
        const test::CliRun again = test::runCtower({QStringLiteral("dlq"), QStringLiteral("replay"), QStringLiteral("--store"),
                                                    store, QStringLiteral("--amqp"), m_amqpUrl, QStringLiteral("--resume")});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains("no interrupted replay"), again.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestReplayResume)
#include "tst_replay_resume.moc"
