#pragma once

#include "page.h"

class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ct {

class AuditTrailModel;
class DetailPane;
class StateView;

// "Who did what?": the store's append-only audit trail and whether its hash chain verifies.
class AuditPage : public Page {
    Q_OBJECT
public:
    explicit AuditPage(StoreService* service, QWidget* parent = nullptr);

    QString title() const override { return tr("Audit"); }
    void reload() override;

private:
    void showSelected();

    AuditTrailModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    DetailPane* m_detail;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
