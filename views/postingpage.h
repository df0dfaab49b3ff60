#pragma once

#include "page.h"
#include "posting.h"

class QStackedWidget;
class QSortFilterProxyModel;
class QTableView;

namespace ct {

class PostingSummaryModel;
class StateView;

// "What has not reached the ledger?": awaiting, posted and rejected postings per business day.
class PostingPage : public Page {
    Q_OBJECT
public:
    PostingPage(StoreService* service, QList<PostingStage> stages, QWidget* parent = nullptr);

    QString title() const override { return tr("Posting"); }
    void reload() override;

private:
    void show(const QList<PostingDay>& days);

    QList<PostingStage> m_stages;
    PostingSummaryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
