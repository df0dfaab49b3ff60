#pragma once

#include "page.h"
#include "posting.h"
#include "postingledger.h"

#include <optional>

class QLabel;
class QStackedWidget;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ct {

class PostingAgingModel;
class PostingEntryModel;
class PostingFilterBar;
class PostingSummaryModel;
class RejectionReasonModel;
class StateView;
struct PostingOverview;

// "What has not reached the ledger?": awaiting, posted and rejected postings per business day, the
// awaiting ones by how long they wait, the rejected ones by reason; below, the postings behind the
// selected row, each opening Lineage. A filter bar (kind, state, currency) narrows all three and the
// CSV export. Opens on the day of the oldest posting not yet posted.
class PostingPage : public Page {
    Q_OBJECT
public:
    enum class View { ByDay, Aging, Reasons };

    PostingPage(StoreService* service, QList<PostingStage> stages, QWidget* parent = nullptr);

    QString title() const override { return tr("Posting"); }
    void reload() override;

    PostingFilterBar* filterBar() const { return m_filterBar; }
    QTableView* dayTable() const { return m_table; }
    QTableView* agingTable() const { return m_agingTable; }
    QTableView* reasonTable() const { return m_reasonTable; }
    QTableView* postingTable() const { return m_entryTable; }
    void showView(View view);
    // The day row selected (day, kind and currency), if any.
    std::optional<PostingDay> selectedDay() const;
    // The postings not yet posted (awaiting, rejected) that match the filter bar: what the aging and
    // reasons views show.
    const QList<PostingEntry>& filteredUnposted() const { return m_entries; }
    // Reads every posting that matches the filter bar and writes them as CSV (postingCsv()), oldest
    // first; exportFinished() follows.
    void exportCsv(const QString& path);

Q_SIGNALS:
    // An export is done: `error` is empty when the file was written.
    void exportFinished(const QString& path, const QString& error);

private:
    void present(const PostingOverview& overview);
    void applyFilter();
    void selectOldestUnposted();
    void listPostingsOfSelection();
    void listPostingsOfDay(const PostingDay& day);
    void markReadyUnlessListing();
    void listPostings(const QList<PostingEntry>& postings, const QString& what);
    void askAndExport();
    void reportExport(const QString& path, const QString& error);

    QList<PostingStage> m_stages;
    QList<PostingDay> m_allDays;
    QList<PostingEntry> m_unposted;
    QList<PostingEntry> m_entries; // m_unposted, filtered
    StoreTicket m_dayLoad;         // the postings of the selected day
    QString m_listedDay;           // the day row whose postings are listed (its caption), if any
    StoreTicket m_exportLoad;
    QString m_askedExport;         // the file the user chose to export to, until the export ends
    Timestamp m_now;
    PostingFilterBar* m_filterBar;
    QTabWidget* m_views;
    PostingSummaryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    PostingAgingModel* m_agingModel;
    QSortFilterProxyModel* m_agingProxy;
    QTableView* m_agingTable;
    RejectionReasonModel* m_reasonModel;
    QSortFilterProxyModel* m_reasonProxy;
    QTableView* m_reasonTable;
    PostingEntryModel* m_entryModel;
    QSortFilterProxyModel* m_entryProxy;
    QTableView* m_entryTable;
    QLabel* m_entryCaption;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
