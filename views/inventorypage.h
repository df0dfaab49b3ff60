#pragma once

#include "deltarules.h"
#include "inventorydeltas.h"
#include "inventorygrid.h"
#include "page.h"
#include "storeticket.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
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
    void explainSelected(const InventoryRow& row);
    void showCauses(const QList<InventoryDelta>& deltas);

    QList<InventoryRow> m_all;
    InventoryGridModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_sku;
    QComboBox* m_node;
    QCheckBox* m_mismatchesOnly;
    QTableView* m_table;
    DetailPane* m_detail;
    QLabel* m_causesTitle;
    QListWidget* m_causes; // the transactions behind the selected cell's differences; Enter opens one
    DeltaRules m_rules;
    StoreTicket m_explaining;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
