#pragma once

#include "deltarules.h"
#include "inventorygrid.h"
#include "mismatchheatmap.h"
#include "page.h"
#include "pricedeltas.h"
#include "refreshplan.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace ct {

class DeltaCausesList;
class DetailPane;
class InventoryGridModel;
class MismatchHeatmapView;
class PositionRefresher;
class PriceDeltaModel;
class StateView;
class SystemsRefreshBar;

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
    // "Refresh from systems" reads the selected positions through it; none: the button says so.
    void setRefresher(PositionRefresher* refresher);

    // What one read of the page brings.
    struct Content {
        QList<InventoryRow> stock;
        QList<PriceDelta> prices;
        MismatchHeatmap heatmap; // of the stock rows
        Timestamp now;           // what staleness and the causes' ages are judged against
        bool pricesRead = true;  // false: read after the counts, with their explanations
    };

private:
    bool showingPrices() const;
    void explain(); // reads the messages behind the differences shown, and the prices
    void showReadError(const StoreError& error);
    void show(const Content& content);
    void showMeasure();
    void applyFilter();
    void showSelected();
    void chooseCell(const QString& node, const QString& system);
    void showStock(const InventoryRow& row);
    void showPrice(const PriceDelta& row);
    QList<PositionCell> selectedCells() const;

    Content m_content;
    DeltaRules m_rules;
    InventoryGridModel* m_stockModel;
    PriceDeltaModel* m_priceModel;
    QSortFilterProxyModel* m_stockProxy;
    QSortFilterProxyModel* m_priceProxy;
    QComboBox* m_measure;
    QLineEdit* m_sku;
    QComboBox* m_node;
    QComboBox* m_system;
    QSpinBox* m_minDelta;
    QCheckBox* m_mismatchesOnly;
    QCheckBox* m_unexplainedOnly;
    QCheckBox* m_staleOnly;
    MismatchHeatmapView* m_heatmap;
    QTableView* m_table;
    DetailPane* m_detail;
    DeltaCausesList* m_causes; // the transactions behind the selected difference
    SystemsRefreshBar* m_refresh;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
