// The Posting page on a demo store, offscreen: it opens on the business day, kind and currency of the
// oldest posting not yet posted, and lists exactly the store's postings of that row (every state,
// oldest first); picking another day lists its own; Enter on a posting opens its lineage; the header
// gives what is not posted per currency.
#include "demostorefixture.h"
#include "flowdefinitions.h"
#include "flowlibrary.h"
#include "postingagingmodel.h"
#include "postingcsv.h"
#include "postingentrymodel.h"
#include "postingfilterbar.h"
#include "postingoverview.h"
#include "postingpage.h"
#include "postingsummarymodel.h"
#include "rejectionreasonmodel.h"
#include "store/storefactory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
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
    // Postings as "correlation|state|amount" sorted.
    static QStringList keys(const QList<PostingEntry>& entries)
    {
        QStringList out;
        for (const PostingEntry& e : entries)
            out << e.correlationId + QLatin1Char('|') + postingStateCode(e.state) + QLatin1Char('|')
                    + QString::number(e.amountMinor);
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
        auto entries = store.value()->postingEntries(m_stages, PostingFilter());
        QVERIFY(entries);
        m_entries = entries.value();
        QVERIFY(!m_entries.isEmpty());
    }

    // The narrow reads the page makes (what is not posted, one day) give exactly what filtering every
    // posting gives.
    void narrowReadsEqualTheFullRead()
    {
        auto store = openStore(m_demo.path(), OpenMode::ReadOnly);
        QVERIFY(store);
        PostingFilter unposted;
        unposted.states = {PostingState::Awaiting, PostingState::Rejected};
        const std::optional<PostingEntry> oldest = oldestUnposted(m_entries);
        QVERIFY(oldest);
        PostingFilter day;
        day.fromDay = oldest->day();
        day.untilDay = oldest->day();
        day.kinds = {oldest->kind};
        day.currencies = {oldest->currency};
        PostingFilter awaiting;
        awaiting.states = {PostingState::Awaiting};
        for (const PostingFilter& scope : {unposted, day, awaiting}) {
            auto read = store.value()->postingEntries(m_stages, scope);
            QVERIFY(read);
            const QList<PostingEntry> want = filterPostings(m_entries, scope);
            QVERIFY(!want.isEmpty());
            QCOMPARE(keys(read.value()), keys(want));
        }
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

        // Every day's posted tax (from the rollups) is the sum of its posted postings' tax.
        const QAbstractItemModel* dayRows = page.dayTable()->model();
        bool anyTax = false;
        for (int row = 0; row < dayRows->rowCount(); ++row) {
            const QString kind = dayRows->index(row, PostingSummaryModel::Kind).data().toString();
            const QString currency = dayRows->index(row, PostingSummaryModel::Currency).data().toString();
            const qint64 day = dayRows->index(row, PostingSummaryModel::Day).data(PostingSummaryModel::SortRole).toLongLong();
            std::optional<qint64> tax;
            for (const PostingEntry& e : m_entries) {
                if (e.state == PostingState::Posted && e.day() == day && e.kind == kind && e.currency == currency && e.taxMinor)
                    tax = tax.value_or(0) + *e.taxMinor;
            }
            const QVariant shown = dayRows->index(row, PostingSummaryModel::PostedTax).data(PostingSummaryModel::SortRole);
            QCOMPARE(shown.isValid(), tax.has_value());
            if (tax)
                QCOMPARE(shown.toLongLong(), *tax);
            anyTax = anyTax || tax.has_value();
        }
        QVERIFY(anyTax);

        // The header: what is not posted, per currency.
        bool perCurrency = false;
        for (const KeyFigure& f : page.keyFigures())
            perCurrency = perCurrency || f.value.endsWith(oldest->currency);
        QVERIFY(perCurrency);

        // Another row lists its own postings (read from the store when selected).
        const int other = page.dayTable()->currentIndex().row() == 0 ? 1 : 0;
        QVERIFY(page.dayTable()->model()->rowCount() > 1);
        page.dayTable()->selectRow(other);
        const std::optional<PostingDay> next = page.selectedDay();
        QVERIFY(next);
        QTRY_COMPARE_WITH_TIMEOUT(listed(page.postingTable()), expected(*next), 20000);

        // Enter on a posting opens its transaction on Lineage.
        QSignalSpy open(&page, &Page::openCorrelation);
        page.postingTable()->setFocus();
        page.postingTable()->setCurrentIndex(page.postingTable()->model()->index(0, 0));
        QTest::keyClick(page.postingTable(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(),
                 page.postingTable()->model()->index(0, 0).data(PostingEntryModel::CorrelationRole).toString());
    }

    // Leaving the day view while its postings are still being read (the aging view lists from memory)
    // still makes the page ready: a live refresh waits for that.
    void leavingTheDayViewWhileItLoadsStillEndsReady()
    {
        PostingPage page(m_service.get(), m_stages);
        page.resize(1300, 850);
        page.show();
        connect(&page, &Page::firstDataShown, &page, [&page] { page.showView(PostingPage::View::Aging); });
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
        QVERIFY(page.agingTable()->model()->rowCount() > 0);
        QVERIFY(page.postingTable()->model()->rowCount() > 0);  // the first aging row's postings
    }

    // The aging and rejection views list what the ledger says is behind each row; the filter bar
    // narrows every view, and the export writes exactly the postings that match it.
    void agingReasonsFilterAndExport()
    {
        PostingPage page(m_service.get(), m_stages);
        QAbstractItemModelTester aging(page.agingTable()->model());
        QAbstractItemModelTester reasons(page.reasonTable()->model());
        page.resize(1300, 850);
        page.show();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
        auto newest = openStore(m_demo.path(), OpenMode::ReadOnly).value()->newestEventAt();
        QVERIFY(newest);
        const Timestamp now = newest.value();

        page.showView(PostingPage::View::Aging);
        const QList<PostingAgingRow> agingRows = postingAging(m_entries, now);
        QVERIFY2(!agingRows.isEmpty(), "the demo leaves postings awaiting");
        QCOMPARE(page.agingTable()->model()->rowCount(), int(agingRows.size()));
        for (int row = 0; row < page.agingTable()->model()->rowCount(); ++row) {
            page.agingTable()->selectRow(row);
            const QModelIndex i = page.agingTable()->model()->index(row, PostingAgingModel::Currency);
            const auto bucket = AgingBucket(i.data(PostingAgingModel::BucketRole).toInt());
            const QList<PostingEntry> behind = postingsInAgingBucket(m_entries, bucket, i.data().toString(), now);
            QVERIFY(!behind.isEmpty());
            QCOMPARE(listed(page.postingTable()), keys(behind));
        }

        page.showView(PostingPage::View::Reasons);
        const QList<RejectionReasonRow> rejected = rejectionReasons(m_entries);
        QVERIFY2(!rejected.isEmpty(), "the demo's ERP rejects some postings");
        QCOMPARE(page.reasonTable()->model()->rowCount(), int(rejected.size()));
        QVERIFY(page.reasonTable()->currentIndex().isValid()); // the first row, selected on opening the view
        const QModelIndex first = page.reasonTable()->currentIndex();
        const QString reason = first.siblingAtColumn(RejectionReasonModel::Reason).data(Qt::ToolTipRole).toString();
        QStringList want;
        for (const RejectionReasonRow& r : rejected) {
            if (r.reason == reason && r.kind == first.siblingAtColumn(RejectionReasonModel::Kind).data().toString()
                && r.currency == first.siblingAtColumn(RejectionReasonModel::Currency).data().toString())
                want = keys(postingsRejectedFor(m_entries, r));
        }
        QVERIFY(!want.isEmpty());
        QCOMPARE(listed(page.postingTable()), want);

        // Only one currency's refunds: every view narrows, and the export writes exactly those.
        QStringList currencies;
        for (const PostingEntry& e : std::as_const(m_entries))
            currencies << e.currency;
        currencies.removeDuplicates();
        currencies.sort();
        auto* kind = page.filterBar()->findChild<QComboBox*>(QStringLiteral("postingKind"));
        auto* currency = page.filterBar()->findChild<QComboBox*>(QStringLiteral("postingCurrency"));
        QVERIFY(kind && currency);
        QVERIFY(kind->findData(QStringLiteral("order")) >= 0);
        QCOMPARE(currency->count(), int(currencies.size()) + 1); // "every currency" and each one
        kind->setCurrentIndex(kind->findData(QStringLiteral("order")));
        currency->setCurrentIndex(currency->findData(currencies.constFirst()));
        PostingFilter filter;
        filter.kinds = {QStringLiteral("order")};
        filter.currencies = {currencies.constFirst()};
        const QList<PostingEntry> chosen = filterPostings(m_entries, filter);
        QVERIFY(!chosen.isEmpty() && chosen.size() < m_entries.size());
        PostingFilter chosenUnposted = filter;
        chosenUnposted.states = {PostingState::Awaiting, PostingState::Rejected};
        QCOMPARE(keys(page.filteredUnposted()), keys(filterPostings(m_entries, chosenUnposted)));
        QCOMPARE(page.reasonTable()->model()->rowCount(), int(rejectionReasons(chosen).size()));
        for (int row = 0; row < page.dayTable()->model()->rowCount(); ++row) {
            QCOMPARE(page.dayTable()->model()->index(row, PostingSummaryModel::Kind).data().toString(), QStringLiteral("order"));
            QCOMPARE(page.dayTable()->model()->index(row, PostingSummaryModel::Currency).data().toString(),
                     filter.currencies.constFirst());
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("postings.csv"));
        QSignalSpy exported(&page, &PostingPage::exportFinished);
        page.exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv, postingCsv(oldestFirst(chosen), now));
        QCOMPARE(csv.count("\r\n"), qsizetype(chosen.size() + 1)); // a header and one record per posting
        page.exportCsv(dir.filePath(QStringLiteral("no/such/folder/postings.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 20000);
        QVERIFY(!exported.at(1).at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestPostingPage)
#include "tst_postingpage.moc"
