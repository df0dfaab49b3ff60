#pragma once

#include "deltarules.h"
#include "inventorygrid.h"
#include "page.h"
#include "pricedeltas.h"

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
class PriceDeltaModel;
class StateView;

// "Which counts disagree, and why?": each SKU x node as every system counts it against the authority,
// with the transactions one system booked and the other has not; and, as a second measure, the prices
// stores and channels show against the ERP's, with the campaign behind each difference.
class InventoryPage : public Page {
    Q_OBJECT
public:
    explicit InventoryPage(StoreService* service, QWidget* parent = nullptr);

    QString title() const override { return tr("Inventory"); }
    void reload() override;
    void focusOn(const QString& filter) override;

    // What one read of the page brings.
    struct Content {
        QList<InventoryRow> stock;
        QList<PriceDelta> prices;
    };

private:
    bool showingPrices() const;
    void show(const Content& content);
    void showMeasure();
    void applyFilter();
    void showSelected();
    void showStock(const InventoryRow& row);
    void showPrice(const PriceDelta& row);
    void addCause(const QString& prefix, const DeltaCause& cause, bool price);

    Content m_content;
    DeltaRules m_rules;
    InventoryGridModel* m_stockModel;
    PriceDeltaModel* m_priceModel;
    QSortFilterProxyModel* m_stockProxy;
    QSortFilterProxyModel* m_priceProxy;
    QComboBox* m_measure;
    QLineEdit* m_sku;
    QComboBox* m_node;
    QCheckBox* m_mismatchesOnly;
    QCheckBox* m_unexplainedOnly;
    QCheckBox* m_staleOnly;
    QTableView* m_table;
    DetailPane* m_detail;
    QLabel* m_causesTitle;
    QListWidget* m_causes; // the transactions behind the selected difference; Enter opens one
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
