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
    // The postings that match the filter bar: what the export writes.
    const QList<PostingEntry>& filteredPostings() const { return m_entries; }
    // Writes filteredPostings() as CSV (postingCsv()), oldest first; false with *error on failure.
    bool exportCsv(const QString& path, QString* error) const;

private:
    void present(const PostingOverview& overview);
    void applyFilter();
    void selectOldestUnposted();
    void listPostingsOfSelection();
    void listPostings(const QList<PostingEntry>& postings, const QString& what);
    void askAndExport();

    QList<PostingStage> m_stages;
    QList<PostingDay> m_allDays;
    QList<PostingEntry> m_allEntries;
    QList<PostingEntry> m_entries; // filtered
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
