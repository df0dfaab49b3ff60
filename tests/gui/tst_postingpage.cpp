// The Posting page on a demo store, offscreen: it opens on the business day, kind and currency of the
// oldest posting not yet posted, and lists exactly the store's postings of that row (every state,
// oldest first); picking another day lists its own; Enter on a posting opens its lineage; the header
// gives what is not posted per currency.
#include "demostorefixture.h"
#include "flowdefinitions.h"
#include "flowlibrary.h"
#include "postingentrymodel.h"
#include "postingpage.h"
#include "store/storefactory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace ct;

class TestPostingPage : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    std::unique_ptr<StoreService> m_service;
    QList<PostingStage> m_stages;
    QList<PostingEntry> m_entries;

    // The store's postings of one day row, as "correlation|state|amount" sorted.
    QStringList expected(const PostingDay& day) const
    {
        QStringList out;
        for (const PostingEntry& e : m_entries) {
            if (e.day() == day.day && e.kind == day.kind && e.currency == day.currency)
                out << e.correlationId + QLatin1Char('|') + postingStateCode(e.state) + QLatin1Char('|')
                        + QString::number(e.amountMinor);
        }
        out.sort();
        return out;
    }
    static QStringList listed(const QTableView* table)
    {
        QStringList out;
        const QAbstractItemModel* m = table->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex i = m->index(row, PostingEntryModel::State);
            out << i.data(PostingEntryModel::CorrelationRole).toString() + QLatin1Char('|')
                    + postingStateCode(i.data(PostingEntryModel::StatusRole).toInt()
                                               == int(PostingEntryModel::Status::Rejected)
                                           ? PostingState::Rejected
                                       : i.data(PostingEntryModel::StatusRole).toInt()
                                               == int(PostingEntryModel::Status::Awaiting)
                                           ? PostingState::Awaiting
                                           : PostingState::Posted)
                    + QLatin1Char('|') + m->index(row, PostingEntryModel::Amount).data(PostingEntryModel::SortRole).toString();
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString path = m_demo.path();
        StoreServiceOptions options;
        options.openReader = [path] { return openStore(path, OpenMode::ReadOnly); };
        options.openWriter = [path] { return openStore(path, OpenMode::ReadWrite); };
        m_service = std::make_unique<StoreService>(options);
        QString flowsError;
        m_stages = postingStages(FlowLibrary::builtIn(&flowsError));
        QVERIFY2(flowsError.isEmpty(), qPrintable(flowsError));
        auto store = openStore(path, OpenMode::ReadOnly);
        QVERIFY(store);
        auto entries = store.value()->postingEntries(m_stages);
        QVERIFY(entries);
        m_entries = entries.value();
    }

    void opensOnTheOldestUnpostedDay()
    {
        PostingPage page(m_service.get(), m_stages);
        QAbstractItemModelTester days(page.dayTable()->model());
        QAbstractItemModelTester postings(page.postingTable()->model());
        page.resize(1300, 850);
        page.show();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);

        const std::optional<PostingEntry> oldest = oldestUnposted(m_entries);
        QVERIFY2(oldest, "the demo leaves something unposted");
        const std::optional<PostingDay> selected = page.selectedDay();
        QVERIFY(selected);
        QCOMPARE(selected->day, oldest->day());
        QCOMPARE(selected->kind, oldest->kind);
        QCOMPARE(selected->currency, oldest->currency);
        const QStringList want = expected(*selected);
        QVERIFY(!want.isEmpty());
        QCOMPARE(listed(page.postingTable()), want);
        // Oldest first: the first listed is at or before every other.
        const QAbstractItemModel* m = page.postingTable()->model();
        for (int row = 1; row < m->rowCount(); ++row)
            QVERIFY(m->index(row - 1, PostingEntryModel::At).data(PostingEntryModel::SortRole).toLongLong()
                    <= m->index(row, PostingEntryModel::At).data(PostingEntryModel::SortRole).toLongLong());

        // The header: what is not posted, per currency.
        bool perCurrency = false;
        for (const KeyFigure& f : page.keyFigures())
            perCurrency = perCurrency || f.value.endsWith(oldest->currency);
        QVERIFY(perCurrency);

        // Another row lists its own postings.
        const int other = page.dayTable()->currentIndex().row() == 0 ? 1 : 0;
        if (page.dayTable()->model()->rowCount() > 1) {
            page.dayTable()->selectRow(other);
            const std::optional<PostingDay> next = page.selectedDay();
            QVERIFY(next);
            QCOMPARE(listed(page.postingTable()), expected(*next));
        }

        // Enter on a posting opens its transaction on Lineage.
        QSignalSpy open(&page, &Page::openCorrelation);
        page.postingTable()->setFocus();
        page.postingTable()->setCurrentIndex(page.postingTable()->model()->index(0, 0));
        QTest::keyClick(page.postingTable(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(),
                 page.postingTable()->model()->index(0, 0).data(PostingEntryModel::CorrelationRole).toString());
    }
};

QTEST_MAIN(TestPostingPage)
#include "tst_postingpage.moc"
