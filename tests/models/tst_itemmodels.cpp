// Every item model under QAbstractItemModelTester, attached before data is fed in.
#include "audittrailmodel.h"
#include "failedmessagemodel.h"
#include "inventorygridmodel.h"
#include "lineagemodel.h"
#include "plaintext.h"
#include "demostorefixture.h"
#include "store/storefactory.h"
#include "storeservice.h"

#include <QAbstractItemModelTester>
#include <QSet>
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
        model.setRows(pivotInventory(store.value()->inventoryPositions(QString()).value()));
        QVERIFY(model.rowCount() > 100);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void failedMessageModelPagesFromTheStore()
    {
        StoreService service([this] { return openStore(m_store, OpenMode::ReadOnly); });
        FailedMessageModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FailedMessageQuery query;
        query.limit = 5;
        model.setQuery(query);
        QTRY_VERIFY(model.rowCount() > 0);
        QVERIFY(model.totalCount() > 5);
        // Page by page (the tester fetches too) until every matching message is there, each once.
        for (int guard = 0; model.rowCount() < model.totalCount() && guard < 1000; ++guard) {
            const int before = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > before || model.rowCount() == model.totalCount());
        }
        QCOMPARE(qint64(model.rowCount()), model.totalCount());
        QSet<QString> keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys.insert(model.messageAt(row).key);
        QCOMPARE(qint64(keys.size()), model.totalCount());
        QVERIFY(!model.canFetchMore({}));
        // A new query supersedes the old one's pending replies.
        query.errorClass = QStringLiteral("routing");
        model.setQuery(query);
        query.errorClass = QStringLiteral("business_rule");
        model.setQuery(query);
        QTRY_VERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.messageAt(row).errorClass, QStringLiteral("business_rule"));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
