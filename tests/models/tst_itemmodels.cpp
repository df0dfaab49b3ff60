// Every item model under QAbstractItemModelTester, attached before data is fed in.
#include "audittrailmodel.h"
#include "failedmessagemodel.h"
#include "failuregroupmodel.h"
#include "inventorygridmodel.h"
#include "lineagemodel.h"
#include "plaintext.h"
#include "demostorefixture.h"
#include "store/storefactory.h"
#include "storeservice.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace ct;

class TestItemModels : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = m_demo.path();
    }

    // A tooltip over data shows the data as written, whether or not it looks like markup.
    void plainToolTipShowsTextAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << QStringLiteral("<b>bold</b> <img src=x> <a href=\"http://evil\">x</a>");
        QTest::newRow("entity without a tag") << QStringLiteral("A&B &amp; C");
        QTest::newRow("lines and spaces") << QStringLiteral("first  line\nsecond <i>line</i>");
        QTest::newRow("placeholders") << QStringLiteral("%1 %2");
    }

    void plainToolTipShowsTextAsWritten()
    {
        QFETCH(QString, text);
        const QString tip = plainToolTip(text);
        QVERIFY(Qt::mightBeRichText(tip));  // what QToolTip checks before rendering it as rich text
        QTextDocument shown;
        shown.setHtml(tip);
        QCOMPARE(shown.toPlainText(), text);
        QVERIFY(plainToolTip(QString()).isEmpty());
    }

    void auditTrailModel()
    {
        AuditTrailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto store = openStore(m_store, OpenMode::ReadOnly);
        model.setEntries(store.value()->auditTrail().value());
        QVERIFY(model.rowCount() >= 3);
        QVERIFY(model.verification().intact());
        QCOMPARE(model.index(0, AuditTrailModel::Action).data().toString(), QStringLiteral("demo.generated"));
        QList<AuditEntry> tampered = store.value()->auditTrail().value();
        tampered[1].detail = QStringLiteral("rewritten");
        model.setEntries(tampered);
        QCOMPARE(model.verification().firstBroken, 1);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    // An entry about several messages is a row for each, newest first, each with the entry's verdict
    // and its place in the entry; the rows stay apart (their keys differ).
    void auditTrailModelShowsAnEntryAboutSeveralAsARowEach()
    {
        AuditEntry single;
        single.seq = 1;
        single.at = Timestamp::fromSeconds(1793577600);
        single.actor = QStringLiteral("ana");
        single.role = QStringLiteral("operator");
        single.action = QStringLiteral("dlq.assign");
        single.target = QStringLiteral("k-0");
        single.result = QStringLiteral("ok");
        single.hash = single.computeHash();
        AuditEntry window = single;
        window.seq = 2;
        window.action = QStringLiteral("dlq.resolve");
        window.target.clear();
        window.prevHash = single.hash;
        window.targets = {{QStringLiteral("k-1"), QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("v 1 -> 2")},
                          {QStringLiteral("k-2"), QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("v 3 -> 4")},
                          {QStringLiteral("k-3"), QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("v 1 -> 2")}};
        window.hash = window.computeHash();

        AuditTrailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({single, window});
        QVERIFY(model.verification().intact());
        QCOMPARE(model.rowCount(), 4);
        const QStringList targets{QStringLiteral("k-3"), QStringLiteral("k-2"), QStringLiteral("k-1"), QStringLiteral("k-0")};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(model.index(row, AuditTrailModel::Target).data().toString(), targets.at(row));
            QCOMPARE(AuditTrailModel::ChainStatus(model.index(row, 0).data(AuditTrailModel::StatusRole).toInt()),
                     AuditTrailModel::ChainStatus::Verified);
        }
        QCOMPARE(model.index(1, AuditTrailModel::Detail).data().toString(), QStringLiteral("v 3 -> 4"));
        QCOMPARE(model.partAt(0), std::make_pair(2, 3));
        QCOMPARE(model.partAt(2), std::make_pair(0, 3));
        QCOMPARE(model.partAt(3).first, -1);  // an entry about one
        QCOMPARE(model.entryAt(1).hash, window.hash);

        // One part changed: every row of that entry is unverified, the other not.
        window.targets[1].after = QStringLiteral("discarded");
        model.setEntries({single, window});
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(AuditTrailModel::ChainStatus(model.index(row, 0).data(AuditTrailModel::StatusRole).toInt()),
                     AuditTrailModel::ChainStatus::Broken);
        QCOMPARE(AuditTrailModel::ChainStatus(model.index(3, 0).data(AuditTrailModel::StatusRole).toInt()),
                 AuditTrailModel::ChainStatus::Verified);
    }

    void lineageModel()
    {
        LineageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto store = openStore(m_store, OpenMode::ReadOnly);
        const QString id = QStringLiteral("ORD-2026-000001");
        model.setGraph(assembleLineage(id, store.value()->eventsByCorrelation(id).value()));
        QVERIFY(model.rowCount() >= 3);
        QCOMPARE(model.index(0, LineageModel::Stage).data().toString(), QStringLiteral("capture"));
        model.setGraph({});
        QCOMPARE(model.rowCount(), 0);
    }

    void inventoryGridModel()
    {
        InventoryGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto store = openStore(m_store, OpenMode::ReadOnly);
        model.setRows(inventoryRows(inventoryDeltas(store.value()->inventoryPositions(QString()).value(), DeltaRules(), Timestamp::now())));
        QVERIFY(model.rowCount() > 100);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void failedMessageModelPagesFromTheStore()
    {
        StoreService service([this] { return openStore(m_store, OpenMode::ReadOnly); });
        FailedMessageModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy completed(&model, &FailedMessageModel::completed);
        model.setPaging(2, 3);  // many reads of positions, and rows beyond those read first
        model.setQuery(FailedMessageQuery{});
        QTRY_VERIFY(model.rowCount() > 0);
        QTRY_COMPARE(completed.size(), 1);
        // Every matching message has a row, once, in the store's order.
        QVERIFY(model.totalCount() > 2 * 3);
        QCOMPARE(qint64(model.rowCount()), model.totalCount());
        QSet<QString> keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys.insert(model.keyAt(row));
        QCOMPARE(qint64(keys.size()), model.totalCount());
        // A row beyond the first ones shows its columns once its block has been read.
        const int last = model.rowCount() - 1;
        QTRY_VERIFY(model.cachedMessage(last) != nullptr);
        QCOMPARE(model.cachedMessage(last)->key, model.keyAt(last));
        QVERIFY(model.cachedMessage(last)->payload.isEmpty());  // the table never reads bodies
        QCOMPARE(model.rowOfKey(model.keyAt(last)), last);
        // A new query supersedes the old one's pending replies.
        FailedMessageQuery query;
        query.errorClass = QStringLiteral("routing");
        model.setQuery(query);
        query.errorClass = QStringLiteral("business_rule");
        model.setQuery(query);
        QTRY_COMPARE(completed.size(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            QTRY_VERIFY(model.cachedMessage(row) != nullptr);
            QCOMPARE(model.cachedMessage(row)->errorClass, QStringLiteral("business_rule"));
        }
    }

    // The group tree: every grouping's groups add up to the messages in scope; a reload in place
    // keeps the grouping rows (and so what a view expanded).
    void failureGroupModelCountsTheScope()
    {
        StoreService service([this] { return openStore(m_store, OpenMode::ReadOnly); });
        FailureGroupModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &FailureGroupModel::reloaded);
        FailedMessageQuery scope;
        scope.state = FailedMessageState::Open;
        model.reload(scope, Timestamp::now());
        QTRY_COMPARE(reloaded.size(), 1);
        const qint64 open = openStore(m_store, OpenMode::ReadOnly).value()->countFailedMessages(scope).value();
        QCOMPARE(model.rowCount(), 5);
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex grouping = model.index(g, 0);
            QVERIFY(!(model.flags(grouping) & Qt::ItemIsSelectable));
            qint64 sum = 0;
            for (int row = 0; row < model.rowCount(grouping); ++row)
                sum += model.index(row, 0, grouping).data(FailureGroupModel::CountRole).toLongLong();
            QCOMPARE(sum, open);
        }
        const QPersistentModelIndex signatures = model.index(int(FailureGrouping::Signature), 0);
        const QModelIndex first = model.index(0, 0, signatures);
        QCOMPARE(model.indexOf(FailureGrouping::Signature, first.data(FailureGroupModel::ValueRole).toString()), first);
        scope.errorClass = QStringLiteral("routing");
        model.reload(scope, Timestamp::now());
        QTRY_COMPARE(reloaded.size(), 2);
        QVERIFY(signatures.isValid());
        QCOMPARE(model.rowCount(model.index(int(FailureGrouping::ErrorClass), 0)), 1);
        // Refreshes after changes: the count under way finishes, then the newest asked for runs.
        FailedMessageQuery all;
        model.refresh(all, Timestamp::now());
        model.refresh(scope, Timestamp::now());
        model.refresh(all, Timestamp::now());
        QTRY_COMPARE(reloaded.size(), 4);
        QTest::qWait(100);
        QCOMPARE(reloaded.size(), 4);  // the middle one was folded into the last
        QVERIFY(model.rowCount(model.index(int(FailureGrouping::ErrorClass), 0)) > 1);
    }

    // A refresh moves the selection with its message when new failures arrive above it.
    void failedMessageModelRefreshKeepsTheSelection()
    {
        StoreService service([this] { return openStore(m_store, OpenMode::ReadOnly); });
        FailedMessageModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy completed(&model, &FailedMessageModel::completed);
        QSignalSpy refreshed(&model, &FailedMessageModel::refreshed);
        model.setPaging(3, 4);
        FailedMessageQuery query;
        query.state = FailedMessageState::Open;
        model.setQuery(query);
        QTRY_COMPARE(completed.size(), 1);
        const int before = model.rowCount();
        QVERIFY(before > 10);
        const QPersistentModelIndex selected = model.index(5, 0);
        const QString key = model.keyAt(5);
        // Two failures newer than any, written by another connection.
        auto writer = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY(writer);
        IngestBatch batch;
        for (int i = 0; i < 2; ++i) {
            FailedMessage m;
            m.messageId = QStringLiteral("refresh-%1").arg(i);
            m.queue = QStringLiteral("orders.dlq");
            m.errorClass = QStringLiteral("routing");
            m.errorText = QStringLiteral("NO_ROUTE");
            m.firstDeathAt = m.lastDeathAt = Timestamp::now().plusSeconds(3600);
            batch.failedMessages.append(m);
        }
        QVERIFY(writer.value()->ingest(batch));
        model.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(model.rowCount(), before + 2);
        QCOMPARE(selected.row(), 7);
        QCOMPARE(model.keyAt(selected.row()), key);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
