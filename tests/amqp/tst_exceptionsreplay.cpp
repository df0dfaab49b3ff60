// Replay from the Exceptions page (ARCHITECTURE.md §7) against the real RabbitMQ of the test run: a
// saved profile's broker, its password from the secret store, every message of a group sent to the
// queue it died in with publisher confirms, the progress and the outcome in the action bar, the job
// remembered; a viewer's replay is refused message by message and nothing goes.
#include "amqp/amqpclient.h"
#include "amqp/amqpreplayrunner.h"
#include "deadletteredmessage.h"
#include "exceptionspage.h"
#include "failedmessagemodel.h"
#include "resubmitdialog.h"
#include "memorysecretstore.h"
#include "sessionrole.h"
#include "store/storefactory.h"
#include "storeservice.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

// Died in the last ten minutes, so that the page's default time range shows them.
FailedMessage parked(int i, const QString& originQueue)
{
    FailedMessage m = test::deadLettered(i, originQueue, QStringLiteral("page-replay"));
    m.firstDeathAt = m.lastDeathAt = Timestamp::now().plusSeconds(-600 + i);
    return m;
}

} // namespace

namespace ct::test {
// 'k1','k2',… for an IN list.
QString quotedKeys(const QList<FailedMessage>& messages)
{
    QStringList quoted;
    for (const FailedMessage& m : messages)
        quoted << QStringLiteral("'%1'").arg(m.key);
    return quoted.join(QLatin1Char(','));
}
} // namespace ct::test

class TestExceptionsReplay : public QObject {
    Q_OBJECT
    QString m_amqpUrl;
    amqp::Client m_client;
    QTemporaryDir m_dir;
    QString m_queue;
    QString m_store;
    test::MemorySecretStore m_secrets;
    ConnectionProfile m_profile;
    QString m_profilesPath;

    // The page as the app sets it up: the store service, the replay runner, the saved profiles.
    struct Harness {
        explicit Harness(TestExceptionsReplay* t)
            : service(options(t)), runner([t] { return openStore(t->m_store, OpenMode::ReadWrite); }), page(&service)
        {
            session.setGranted(ActorRole::Admin);
            session.setAsked(ActorRole::Operator);
            page.setSessionRole(&session);
            page.setConnectionServices({&t->m_secrets, nullptr, nullptr, t->m_profilesPath, &runner});
        }
        static StoreServiceOptions options(TestExceptionsReplay* t)
        {
            StoreServiceOptions o;
            o.openReader = [t] { return openStore(t->m_store, OpenMode::ReadOnly); };
            o.openWriter = [t] { return openStore(t->m_store, OpenMode::ReadWrite); };
            return o;
        }
        // Selects the rows of these messages once the list has them.
        bool select(const QList<FailedMessage>& messages)
        {
            auto* table = page.findChild<QTableView*>();
            auto* model = qobject_cast<FailedMessageModel*>(table->model());
            page.reload();
            if (!QTest::qWaitFor([&] { return page.isReady() && model->isComplete(); }, 10000))
                return false;
            table->clearSelection();
            int found = 0;
            for (qint64 row = 0; row < model->totalCount(); ++row) {
                for (const FailedMessage& m : messages) {
                    if (model->keyAt(row) == m.key) {
                        table->selectionModel()->select(model->index(int(row), 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
                        ++found;
                    }
                }
            }
            return found == messages.size();
        }
        StoreService service;
        amqp::AmqpReplayRunner runner;
        SessionRole session{ActorRole::Operator};
        ExceptionsPage page;
    };

    qint64 count(const QString& where) const
    {
        return test::queryRaw(m_store, QStringLiteral("SELECT count(*) FROM failed_messages WHERE ") + where).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_amqpUrl = test::openTestBroker(m_client, &why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
        m_queue = QStringLiteral("ct-page-replay-%1.erp").arg(QCoreApplication::applicationPid());
        QVERIFY(m_client.declareQueue(m_queue, {}, false));
        m_store = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("store.db"));
        auto store = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY(store);
        IngestBatch batch;
        for (int i = 1; i <= 30; ++i)
            batch.failedMessages << parked(i, m_queue);
        QVERIFY(store.value()->ingest(batch));

        const auto [url, password] = withoutPassword(m_amqpUrl);
        m_profile.name = QStringLiteral("test broker");
        m_profile.amqpUrl = url;
        m_secrets.secrets.insert(secretKey(m_profile.name, SecretKind::Amqp), password);
        ConnectionProfiles profiles;
        QString error;
        QVERIFY(profiles.put(m_profile, &error));
        m_profilesPath = m_dir.filePath(QStringLiteral("profiles.json"));
        QVERIFY2(profiles.save(m_profilesPath, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_client.deleteQueue(m_queue);
        m_client.deleteQueue(m_queue + QStringLiteral(".edited"));
    }

    void aViewerSendsNothingAndAnOperatorReplaysAll()
    {
        Harness h(this);
        ExceptionsPage& page = h.page;
        SessionRole& session = h.session;
        session.setAsked(ActorRole::Viewer);
        page.reload();
        auto* model = qobject_cast<FailedMessageModel*>(page.findChild<QTableView*>()->model());
        QTRY_VERIFY(page.isReady() && model->isComplete() && model->totalCount() == 30);
        auto* status = page.findChild<QLabel*>(QStringLiteral("actionStatus"));

        ReplayOrder order;
        order.ratePerSecond = 0;
        page.replay(order, m_profile, true);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Replay: 0 of 30 messages sent")),
                                  qPrintable(status->text()), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("30 skipped")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("viewer role")), qPrintable(status->text()));
        QCOMPARE(m_client.inspectQueue(m_queue).value_or(amqp::QueueState{}).messages, 0u);
        QCOMPARE(count(QStringLiteral("state = 'open'")), 30);

        session.setAsked(ActorRole::Operator);
        page.replay(order, m_profile, true);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Replay: 30 of 30 messages sent")),
                                  qPrintable(status->text()), 30000);
        QCOMPARE(count(QStringLiteral("state = 'replayed'")), 30);
        QTRY_COMPARE(m_client.inspectQueue(m_queue).value_or(amqp::QueueState{}).messages, 30u);
        // Remembered as a job, so a crash could have been resumed; done.
        QCOMPARE(test::queryRaw(m_store, QStringLiteral("SELECT state || ' ' || selected FROM replay_jobs ORDER BY created_at "
                                                        "DESC LIMIT 1")).toString(),
                 QStringLiteral("done 30"));
        QTRY_COMPARE(model->totalCount(), 0);  // none open any more
    }

    // The dry run the page shows before a replay: changes nothing, asks the broker for each target.
    void aDryRunAsksTheBrokerAndChangesNothing()
    {
        const QString retired = m_queue + QStringLiteral(".retired");
        {
            auto store = openStore(m_store, OpenMode::ReadWrite);
            IngestBatch batch;
            batch.failedMessages << parked(40, m_queue) << parked(41, retired);
            QVERIFY(store && store.value()->ingest(batch));
        }
        amqp::AmqpReplayRunner runner([this] { return openStore(m_store, OpenMode::ReadWrite); });
        const auto [url, password] = withoutPassword(m_amqpUrl);
        ReplayOrder order;
        order.keys << parked(40, m_queue).key << parked(41, retired).key;
        std::optional<Expected<ReplayDryRun>> answer;
        runner.dryRun({url, {}, {}, password}, order, nullptr, [&answer](const Expected<ReplayDryRun>& r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().text));
        const ReplayDryRun& run = answer->value();
        QCOMPARE(run.checks.size(), 2);
        QCOMPARE(run.missingTargets.size(), 1);
        const QString summary = summarizeDryRun(run).join(QLatin1Char('\n'));
        QVERIFY2(summary.contains(QStringLiteral("queue ") + retired + QStringLiteral(" (not on the broker")), qPrintable(summary));
        QVERIFY2(summary.startsWith(QStringLiteral("1 of 2 would be replayed, 1 would not")), qPrintable(summary));  // the retired queue
        QCOMPARE(count(QStringLiteral("key IN ('%1','%2') AND state = 'open' AND version = 1").arg(order.keys.at(0), order.keys.at(1))), 2);
    }

    // Edit & resubmit: the dialog checks the edit and lists what changed; only the edited copy goes,
    // with the original's personal data where the edit left the mask.
    void editsAndResubmitsOne()
    {
        const QString queue = m_queue + QStringLiteral(".edited");
        QVERIFY(m_client.declareQueue(queue, {}, false));
        FailedMessage m = parked(31, queue);
        m.payload = QByteArrayLiteral(R"({"order":"ORD-31","company_code":"1000","customer_email":"ada@example.com"})");
        {
            auto store = openStore(m_store, OpenMode::ReadWrite);
            IngestBatch batch;
            batch.failedMessages << m;
            QVERIFY(store && store.value()->ingest(batch));
        }
        Harness h(this);
        ExceptionsPage& page = h.page;

        ResubmitDialog dialog(m, nullptr, {m_profile});
        auto* editor = dialog.findChild<QPlainTextEdit*>(QStringLiteral("resubmitEditor"));
        QVERIFY(!editor->toPlainText().contains(QLatin1String("ada@example.com")));
        auto* send = dialog.findChild<QPushButton*>(QStringLiteral("resubmitSend"));
        dialog.check();
        QVERIFY(!send->isEnabled());  // nothing changed yet
        dialog.setEditedText(editor->toPlainText().replace(QLatin1String("\"1000\""), QLatin1String("\"2000\"")));
        dialog.check();
        QVERIFY(send->isEnabled());
        QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("resubmitChanges"))->rowCount(), 1);
        dialog.setEditedText(editor->toPlainText() + QLatin1Char(' '));
        QVERIFY(!send->isEnabled());  // changed since the check
        dialog.check();

        page.resubmit(m, dialog.resubmission(), dialog.profile());
        auto* status = page.findChild<QLabel*>(QStringLiteral("actionStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Replay: 1 of 1 messages sent")),
                                  qPrintable(status->text()), 20000);
        auto copy = m_client.get(queue);
        QVERIFY2(copy, qPrintable(m_client.error()));
        QVERIFY(m_client.ack(copy->deliveryTag));
        QCOMPARE(copy->body, QByteArrayLiteral(R"({"company_code":"2000","customer_email":"ada@example.com","order":"ORD-31"})"));
        QCOMPARE(copy->headers.value(QStringLiteral("x-edited-sha256")).toString(), dialog.resubmission().sha256After);
        QCOMPARE(count(QStringLiteral("state = 'replayed' AND key = '%1'").arg(m.key)), 1);
    }

    // A canary of 2 from the page: the first two go, their stage shows done downstream, then the
    // other four; without evidence, the canary stops the replay and the rest stay open.
    void aCanaryGatesTheRest()
    {
        QList<FailedMessage> passing, stopping;
        {
            auto store = openStore(m_store, OpenMode::ReadWrite);
            IngestBatch batch;
            for (int i = 60; i < 66; ++i)
                batch.failedMessages << (passing << parked(i, m_queue)).constLast();
            for (int i = 70; i < 74; ++i)
                batch.failedMessages << (stopping << parked(i, m_queue)).constLast();
            batch.events << test::downstreamEvidence(passing.at(0)) << test::downstreamEvidence(passing.at(1));
            QVERIFY(store && store.value()->ingest(batch));
        }
        Harness h(this);
        h.page.reload();
        auto* status = h.page.findChild<QLabel*>(QStringLiteral("actionStatus"));

        ReplayOrder order;
        order.ratePerSecond = 0;
        order.canaryCount = 2;
        order.canaryWaitSeconds = 20;
        QVERIFY(h.select(passing));
        h.page.replay(order, m_profile, false);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Replay: 6 of 6 messages sent")),
                                  qPrintable(status->text()), 40000);
        QVERIFY2(status->text().contains(QStringLiteral("Canary: the first 2 were verified downstream")), qPrintable(status->text()));
        QCOMPARE(count(QStringLiteral("key IN ('%1','%2') AND state = 'verified'").arg(passing.at(0).key, passing.at(1).key)), 2);
        QCOMPARE(count(QStringLiteral("key IN (%1) AND state = 'replayed'").arg(test::quotedKeys(passing.mid(2)))), 4);

        order.canaryWaitSeconds = 1;
        QVERIFY(h.select(stopping));
        h.page.replay(order, m_profile, false);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("The canary stopped the replay: 0 of 2")),
                                  qPrintable(status->text()), 40000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Replay: 2 of 4 messages sent")), qPrintable(status->text()));
        QCOMPARE(count(QStringLiteral("key IN (%1) AND state = 'open'").arg(test::quotedKeys(stopping.mid(2)))), 2);
    }

    // A replay that did not finish is offered when the page opens; Resume replays what is left of its
    // selection, to its target, and the job is done.
    void resumesAReplayThatDidNotFinish()
    {
        QList<FailedMessage> selection;
        QStringList keys;
        {
            auto store = openStore(m_store, OpenMode::ReadWrite);
            IngestBatch batch;
            for (int i = 80; i < 85; ++i)
                batch.failedMessages << (selection << parked(i, m_queue)).constLast();
            QVERIFY(store && store.value()->ingest(batch));
            for (const FailedMessage& m : selection)
                keys << m.key;
            ReplayJob job;
            job.actor = QStringLiteral("ana");
            job.options = QStringLiteral(R"({"route":"died_in","rate":0})");
            auto created = store.value()->createReplayJob(job, keys);
            QVERIFY(created);
            QVERIFY(!store.value()->finishReplayJob(created->id, QStringLiteral("cancelled"), QString()).isError());
        }
        Harness h(this);
        auto* status = h.page.findChild<QLabel*>(QStringLiteral("actionStatus"));
        auto* resume = h.page.findChild<QPushButton*>(QStringLiteral("action_resume"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("that ana started just now was cancelled: 5 still to replay")),
                     qPrintable(status->text()));
        QVERIFY(!resume->isHidden());

        h.page.resumeReplay(m_profile);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Replay: 5 of 5 messages sent")),
                                  qPrintable(status->text()), 30000);
        QVERIFY(resume->isHidden());
        QCOMPARE(count(QStringLiteral("key IN (%1) AND state = 'replayed'").arg(test::quotedKeys(selection))), 5);
        QCOMPARE(test::queryRaw(m_store, QStringLiteral("SELECT state FROM replay_jobs WHERE actor = 'ana'")).toString(),
                 QStringLiteral("done"));
    }
};

QTEST_MAIN(TestExceptionsReplay)
#include "tst_exceptionsreplay.moc"
