// The Lineage page's search, offscreen on a demo store: prefix completion from the store, recent
// searches, and the transactions that several matching keys offer to pick from.
#include "demostorefixture.h"
#include "lineagepage.h"
#include "lineagesearch.h"
#include "store/storefactory.h"
#include "storeservice.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ct;

class TestLineageSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    test::DemoStoreFixture m_demo;
    std::unique_ptr<StoreService> m_service;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("controltower-tests"));
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_service = std::make_unique<StoreService>([this] { return openStore(m_demo.path(), OpenMode::ReadOnly); });
    }

    void completesTheLastKeyFromTheStore()
    {
        LineageSearch search(m_service.get());
        search.show();
        search.searchBox()->setFocus();
        QTest::keyClicks(search.searchBox(), QStringLiteral("SKU-000001 ST-0"));
        auto* offered = qobject_cast<QStringListModel*>(search.searchBox()->completer()
                                                            ? search.searchBox()->completer()->model()
                                                            : search.findChild<QCompleter*>()->model());
        QVERIFY(offered);
        QTRY_VERIFY_WITH_TIMEOUT(offered->rowCount() > 0, 10000);
        for (const QString& text : offered->stringList())
            QVERIFY2(text.startsWith(QStringLiteral("SKU-000001 ST-0")), qPrintable(text));
    }

    void remembersRecentSearches()
    {
        LineageSearch search(m_service.get());
        QSignalSpy asked(&search, &LineageSearch::searchRequested);
        for (const char* text : {"ORD-1", "ST-002", "ORD-1"}) {
            search.searchBox()->setText(QLatin1String(text));
            QTest::keyClick(search.searchBox(), Qt::Key_Return);
        }
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.last().at(0).toString(), QStringLiteral("ORD-1"));
        const QStringList recent = LineageSearch::recentSearches();
        QCOMPARE(recent.mid(0, 2), (QStringList{QStringLiteral("ORD-1"), QStringLiteral("ST-002")}));
        for (int i = 0; i < LineageSearch::kRecentSearches + 3; ++i) {
            search.searchBox()->setText(QStringLiteral("K-%1").arg(i));
            QTest::keyClick(search.searchBox(), Qt::Key_Return);
        }
        QCOMPARE(LineageSearch::recentSearches().size(), LineageSearch::kRecentSearches);
    }

    void severalTransactionsAreOfferedAndOneOpens()
    {
        LineagePage page(m_service.get());
        page.resize(1200, 800);
        page.show();
        page.focusOn(QStringLiteral("ST-002"));
        auto* list = page.findChild<QTreeWidget*>(QStringLiteral("lineageCandidates"));
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && list->topLevelItemCount() > 1, 20000);
        QVERIFY(list->isVisible());
        const QString chosen = list->topLevelItem(1)->text(0);
        list->setCurrentItem(list->topLevelItem(1));
        Q_EMIT list->itemActivated(list->topLevelItem(1), 0);
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && !list->isVisible(), 20000);
        bool shown = false;
        for (const QLabel* label : page.findChildren<QLabel*>())
            shown = shown || (label->isVisible() && label->text().startsWith(chosen));
        QVERIFY2(shown, qPrintable(chosen));
    }
};

QTEST_MAIN(TestLineageSearch)
#include "tst_lineagesearch.moc"
