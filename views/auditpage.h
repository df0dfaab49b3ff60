#pragma once

#include "page.h"

class QStackedWidget;
class QTableView;

namespace ct {

class AuditFilterBar;
class AuditFilterProxyModel;
class AuditTrailModel;
class DetailPane;
class StateView;

// "Who did what?": the store's append-only audit trail and whether its hash chain verifies, narrowed
// by the filter bar, and what is shown exported as CSV.
class AuditPage : public Page {
    Q_OBJECT
public:
    explicit AuditPage(StoreService* service, QWidget* parent = nullptr);

    QString title() const override { return tr("Audit"); }
    void reload() override;
    // Writes the entries shown (filtered, in the order shown) to a CSV file; false with *error set
    // when it cannot be written.
    bool exportCsv(const QString& path, QString* error) const;

private:
    void showSelected();
    void applyFilter();
    void showTrailOrEmpty();
    void askAndExport();

    AuditTrailModel* m_model;
    AuditFilterProxyModel* m_proxy;
    AuditFilterBar* m_filterBar;
    QTableView* m_table;
    DetailPane* m_detail;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
