// The asynchronous store service: work runs on its own thread with its own connection, replies come
// back on the caller's thread, and a superseded reply is dropped.
#include "store/storefactory.h"
#include "storeservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ct;

class TestStoreService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsOffTheCallerThreadAndRepliesOnIt()
    {
        QTemporaryDir dir;
        const QString url = dir.filePath(QStringLiteral("s.db"));
        StoreService service([url] { return openStore(url, OpenMode::ReadWrite); });
        QThread* workThread = nullptr;
        QThread* replyThread = nullptr;
        int schema = 0;
        bool done = false;
        service.request<StoreInfo>(
            QStringLiteral("info"), this,
            [&](TelemetryStore& store) {
                workThread = QThread::currentThread();
                return store.info();
            },
            [&](const Expected<StoreInfo>& info) {
                replyThread = QThread::currentThread();
                schema = info.ok() ? info->schemaVersion : -1;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(replyThread, QThread::currentThread());
        QVERIFY(schema >= 1);
    }

    void dropsSupersededReplies()
    {
        QTemporaryDir dir;
        const QString url = dir.filePath(QStringLiteral("s.db"));
        StoreService service([url] { return openStore(url, OpenMode::ReadWrite); });
        QList<int> delivered;
        const auto ask = [&](int tag) {
            service.request<bool>(
                QStringLiteral("page"), this, [](TelemetryStore& store) { return store.isEmpty(); },
                [&delivered, tag](const Expected<bool>&) { delivered << tag; });
        };
        ask(1);
        ask(2);
        ask(3);
        bool other = false;
        service.request<bool>(
            QStringLiteral("other channel"), this, [](TelemetryStore& store) { return store.isEmpty(); },
            [&other](const Expected<bool>&) { other = true; });
        QTRY_VERIFY(other);
        QTRY_COMPARE(delivered, QList<int>{3});
        service.cancel(QStringLiteral("page"));
        ask(4);
        service.cancel(QStringLiteral("page"));
        bool fence = false;
        service.request<bool>(
            QStringLiteral("fence"), this, [](TelemetryStore& store) { return store.isEmpty(); },
            [&fence](const Expected<bool>&) { fence = true; });
        QTRY_VERIFY(fence);  // requests run in order, so request 4's reply was already due
        QCOMPARE(delivered, QList<int>{3});
    }

    void reportsAStoreThatCannotOpen()
    {
        StoreService service([] { return openStore(QStringLiteral("/nonexistent/folder/s.db"), OpenMode::ReadOnly); });
        StoreError error;
        bool done = false;
        service.request<StoreStats>(
            QStringLiteral("stats"), this, [](TelemetryStore& store) { return store.stats(); },
            [&](const Expected<StoreStats>& stats) {
                error = stats.error();
                done = true;
            });
        QTRY_VERIFY(done);
        QCOMPARE(error.code, StoreError::Code::NotFound);
    }

    void dropsRepliesForADeadContext()
    {
        QTemporaryDir dir;
        const QString url = dir.filePath(QStringLiteral("s.db"));
        StoreService service([url] { return openStore(url, OpenMode::ReadWrite); });
        bool called = false;
        auto* context = new QObject;
        service.request<bool>(
            QStringLiteral("c"), context, [](TelemetryStore& store) { return store.isEmpty(); },
            [&called](const Expected<bool>&) { called = true; });
        delete context;
        bool fence = false;
        service.request<bool>(
            QStringLiteral("fence"), this, [](TelemetryStore& store) { return store.isEmpty(); },
            [&fence](const Expected<bool>&) { fence = true; });
        QTRY_VERIFY(fence);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestStoreService)
#include "tst_storeservice.moc"
