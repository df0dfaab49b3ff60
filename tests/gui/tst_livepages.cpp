// Live pages: a commit by another process reaches the page on screen through the change feed, on
// SQLite and PostgreSQL, and the page updates in place: the selected row stays selected.
#include "auditpage.h"
#include "exceptionspage.h"
#include "failedmessagemodel.h"
#include "livefeed.h"
#include "mainwindow.h"
#include "store/storechangefeed.h"
#include "store/storefactory.h"
#include "storeservice.h"
#include "testsupport.h"
#include "uuid.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

IngestBatch failures(int count)
{
    IngestBatch batch;
    for (int i = 0; i < count; ++i) {
        FailedMessage m;
        m.key = uuidV7(1793577600000 + quint64(i), quint64(i), 5);
        m.messageId = QStringLiteral("old-msg-") + QString::number(i);
        m.correlationId = QStringLiteral("OLD-ORD-") + QString::number(i);
        m.broker = QStringLiteral("rabbitmq");
        m.queue = QStringLiteral("wms.picks.dlq");
        m.deathReason = QStringLiteral("rejected");
        m.firstDeathAt = m.lastDeathAt = Timestamp::fromSeconds(1793577600 + i);
        m.errorClass = QStringLiteral("routing");
        batch.failedMessages << m;
    }
    return batch;
}

bool writeFromAnotherProcess(const QString& url, int count, const QString& prefix)
{
    QProcess p;
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ct_test_storewriter"), {url, QString::number(count), prefix});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("writer failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

class TestLivePages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_pg;

private Q_SLOTS:
    void followsAnotherProcess_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void followsAnotherProcess()
    {
        QFETCH(bool, postgres);
        QString url = m_dir.filePath(QStringLiteral("live.db"));
        if (postgres) {
            m_pg = std::make_unique<test::ScratchDatabase>();
            QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
            url = m_pg->url();
        }
        {
            auto store = openStore(url, OpenMode::ReadWrite);
            QVERIFY2(store, qPrintable(store.error().text));
            QVERIFY(store.value()->ingest(failures(30)).ok());
        }
        StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
        MainWindow window;
        auto* exceptions = new ExceptionsPage(&service);
        auto* audit = new AuditPage(&service);
        window.addPage(exceptions);
        window.addPage(audit);
        window.showPage(exceptions->pageId());
        window.resize(1200, 800);
        window.show();
        exceptions->reload();
        audit->reload();
        QTRY_VERIFY_WITH_TIMEOUT(exceptions->isReady() && audit->isReady(), 20000);

        auto feed = openChangeFeed(StoreLocation::parse(url).value());
        followChanges(window, *feed);
        auto* feedLabel = window.findChild<QLabel*>(QStringLiteral("feedState"));
        QVERIFY(feedLabel);
        QTRY_VERIFY_WITH_TIMEOUT(feedLabel->text().contains(QStringLiteral("Live")), 10000);

        auto* table = exceptions->findChild<QTableView*>();
        auto* model = qobject_cast<FailedMessageModel*>(table->model());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 30);
        table->selectRow(7);
        const QString selectedKey = model->keyAt(table->currentIndex().row());
        const auto auditRows = audit->findChild<QTableView*>()->model()->rowCount();

        QElapsedTimer sinceCommit;
        QVERIFY(writeFromAnotherProcess(url, 5, QStringLiteral("NEW")));
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 35, 10000);
        qInfo("commit to screen: %lld ms", sinceCommit.elapsed());
        // Updated in place: the same message is still the selected one, now further down.
        QCOMPARE(model->keyAt(table->currentIndex().row()), selectedKey);
        QCOMPARE(table->currentIndex().row(), 12);
        QTRY_VERIFY(model->cachedMessage(0) && model->cachedMessage(0)->correlationId.startsWith(QStringLiteral("NEW")));
        auto* lastChange = window.findChild<QLabel*>(QStringLiteral("lastChange"));
        QVERIFY(lastChange && lastChange->text().startsWith(QStringLiteral("Last change")));
        // The hidden page reads again when shown (the writer audits nothing: same count).
        window.showPage(audit->pageId());
        QTRY_VERIFY(audit->isReady());
        QCOMPARE(audit->findChild<QTableView*>()->model()->rowCount(), auditRows);
    }
};

QTEST_MAIN(TestLivePages)
#include "tst_livepages.moc"
