// `ctower dlq resubmit` (edit & resubmit, ARCHITECTURE.md §7) against the real RabbitMQ of the test
// run: the payload to edit comes masked; the edited copy is checked and its differences shown; only
// the edited copy goes, to the queue the message died in, with the original's personal data where the
// edit left the mask, its message id kept and both payload hashes in its headers; audited.
#include "amqp/amqpclient.h"
#include "clirunner.h"
#include "deadletteredmessage.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

const QString kKey = QStringLiteral("01900000-0000-7000-8000-00000000c0de");

FailedMessage blockedPosting(const QString& originQueue)
{
    FailedMessage m = test::deadLettered(0xc0de, originQueue, QStringLiteral("resubmit"));
    m.key = kKey;
    m.errorText = QStringLiteral("Account 140000 is blocked for posting in company code 1000");
    m.payload = QByteArrayLiteral(R"({"order_id":"ORD-RS-1","customer_email":"ada@example.com","company_code":"1000"})");
    return m;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestResubmit : public QObject {
    Q_OBJECT
    QString m_amqpUrl;
    amqp::Client m_client;
    QTemporaryDir m_dir;
    QString m_queue;
    QString m_store;

    test::CliRun resubmit(const QStringList& args)
    {
        return test::runCtower(QStringList{QStringLiteral("dlq"), QStringLiteral("resubmit"), QStringLiteral("--store"), m_store,
                                           kKey} + args);
    }
    QString state() const
    {
        return test::queryRaw(m_store, QStringLiteral("SELECT state FROM failed_messages WHERE key = '%1'").arg(kKey)).toString();
    }
    QString editFile(const QByteArray& text)
    {
        const QString path = m_dir.filePath(QStringLiteral("edit-%1.json").arg(QString::number(qHash(text))));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_amqpUrl = test::openTestBroker(m_client, &why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
        m_queue = QStringLiteral("ct-resubmit-%1.erp-postings").arg(QCoreApplication::applicationPid());
        QVERIFY(m_client.declareQueue(m_queue, {}, false));
        m_store = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("store.db"));
        auto store = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY(store);
        IngestBatch batch;
        batch.failedMessages << blockedPosting(m_queue);
        QVERIFY(store.value()->ingest(batch));
    }

    void cleanupTestCase() { m_client.deleteQueue(m_queue); }

    void printsThePayloadMasked()
    {
        const test::CliRun printed = resubmit({QStringLiteral("--print-payload")});
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(printed.out.contains("\"company_code\": \"1000\""));
        QVERIFY(!printed.out.contains("ada@example.com"));
    }

    void refusesABadEditAndSendsNothing()
    {
        const test::CliRun broken = resubmit({QStringLiteral("--payload"), editFile("{\"order_id\": "), QStringLiteral("--amqp"), m_amqpUrl});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("not valid JSON"), broken.err.constData());
        const test::CliRun unchanged = resubmit({QStringLiteral("--payload"),
                                                 editFile(resubmit({QStringLiteral("--print-payload")}).out),
                                                 QStringLiteral("--amqp"), m_amqpUrl});
        QCOMPARE(unchanged.exitCode, 1);
        QVERIFY2(unchanged.err.contains("nothing was changed"), unchanged.err.constData());
        QCOMPARE(m_client.inspectQueue(m_queue).value_or(amqp::QueueState{}).messages, 0u);
        QCOMPARE(state(), QStringLiteral("open"));
    }

    void sendsOnlyTheEditedCopy()
    {
        QByteArray edited = resubmit({QStringLiteral("--print-payload")}).out;
        edited.replace("\"1000\"", "\"2000\"");
        const QString file = editFile(edited);

        const test::CliRun dry = resubmit({QStringLiteral("--payload"), file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject preview = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(preview.value(QLatin1String("sent")).toBool(), false);
        const QJsonArray changes = preview.value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("company_code"));
        QCOMPARE(changes.at(0).toObject().value(QLatin1String("after")).toString(), QStringLiteral("\"2000\""));
        QCOMPARE(state(), QStringLiteral("open"));

        // A viewer may not.
        const test::CliRun viewer = resubmit({QStringLiteral("--payload"), file, QStringLiteral("--amqp"), m_amqpUrl,
                                              QStringLiteral("--role"), QStringLiteral("viewer")});
        QCOMPARE(viewer.exitCode, 4);
        QVERIFY2(viewer.out.contains("viewer role"), viewer.out.constData());
        QCOMPARE(state(), QStringLiteral("open"));

        const test::CliRun sent = resubmit({QStringLiteral("--payload"), file, QStringLiteral("--amqp"), m_amqpUrl, QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(sent.out).object();
        QCOMPARE(report.value(QLatin1String("sent")).toBool(), true);
        auto copy = m_client.get(m_queue);
        QVERIFY2(copy, qPrintable(m_client.error()));
        QVERIFY(m_client.ack(copy->deliveryTag));
        const QJsonObject body = QJsonDocument::fromJson(copy->body).object();
        QCOMPARE(body.value(QLatin1String("company_code")).toString(), QStringLiteral("2000"));
        QCOMPARE(body.value(QLatin1String("customer_email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(copy->messageId, QStringLiteral("resubmit-%1").arg(0xc0de));
        QCOMPARE(copy->headers.value(QStringLiteral("x-replay-of")).toString(), kKey);
        QCOMPARE(copy->headers.value(QStringLiteral("x-edited-from-sha256")).toString(), sha256(blockedPosting(m_queue).payload));
        QCOMPARE(copy->headers.value(QStringLiteral("x-edited-sha256")).toString(), sha256(copy->body));
        QCOMPARE(report.value(QLatin1String("sha256_after")).toString(), sha256(copy->body));
        QVERIFY(!m_client.get(m_queue));  // only the edited copy went
        QCOMPARE(state(), QStringLiteral("replayed"));
        const QString intent = test::queryRaw(m_store, QStringLiteral("SELECT detail FROM audit_entries WHERE target = '%1' AND "
                                                                      "action = 'dlq.start_replay' AND result = 'ok'").arg(kKey))
                                   .toString();
        QVERIFY2(intent.contains(QStringLiteral("edited copy, payload sha256 ") + sha256(blockedPosting(m_queue).payload)),
                 qPrintable(intent));
    }
};

QTEST_GUILESS_MAIN(TestResubmit)
#include "tst_resubmit.moc"
