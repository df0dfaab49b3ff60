#pragma once

#include "page.h"
#include "posting.h"
#include "postingledger.h"

#include <optional>

class QLabel;
class QStackedWidget;
class QSortFilterProxyModel;
class QTableView;

namespace ct {

class PostingEntryModel;
class PostingSummaryModel;
class StateView;
struct PostingOverview;

// "What has not reached the ledger?": awaiting, posted and rejected postings per business day, and
// below, the postings behind the selected day, kind and currency, each opening Lineage. Opens on the
// day of the oldest posting not yet posted.
class PostingPage : public Page {
    Q_OBJECT
public:
    PostingPage(StoreService* service, QList<PostingStage> stages, QWidget* parent = nullptr);

    QString title() const override { return tr("Posting"); }
    void reload() override;

    QTableView* dayTable() const { return m_table; }
    QTableView* postingTable() const { return m_entryTable; }
    // The day row selected (day, kind and currency), if any.
    std::optional<PostingDay> selectedDay() const;

private:
    void present(const PostingOverview& overview);
    void selectOldestUnposted();
    void listPostingsOfSelection();

    QList<PostingStage> m_stages;
    QList<PostingEntry> m_entries;
    Timestamp m_now;
    PostingSummaryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    PostingEntryModel* m_entryModel;
    QSortFilterProxyModel* m_entryProxy;
    QTableView* m_entryTable;
    QLabel* m_entryCaption;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
