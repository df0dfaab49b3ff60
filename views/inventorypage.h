#pragma once

#include "inventorygrid.h"
#include "page.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ct {

class DetailPane;
class InventoryGridModel;
class StateView;

// "Which counts disagree?": each SKU x node as every system counts it, against the authority.
class InventoryPage : public Page {
    Q_OBJECT
public:
    explicit InventoryPage(StoreService* service, QWidget* parent = nullptr);

    QString title() const override { return tr("Inventory"); }
    void reload() override;
    void focusOn(const QString& filter) override;

private:
    void show(const QList<InventoryRow>& rows);
    void applyFilter();
    void showSelected();

    QList<InventoryRow> m_all;
    InventoryGridModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_sku;
    QComboBox* m_node;
    QCheckBox* m_mismatchesOnly;
    QTableView* m_table;
    DetailPane* m_detail;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
