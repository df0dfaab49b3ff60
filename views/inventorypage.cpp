#include "inventorypage.h"

#include "deltacauseslist.h"
#include "detailpane.h"
#include "flowlibrary.h"
#include "inventorydeltaquery.h"
#include "inventorygridmodel.h"
#include "mismatchheatmapview.h"
#include "pagelayout.h"
#include "pricedeltamodel.h"
#include "stateview.h"
#include "storeservice.h"
#include "systemsrefreshbar.h"
#include "tableview.h"
#include "timeformat.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

namespace ct {
namespace {

enum MeasureChoice { Stock, Prices };

const QList<int> kStockWidths{105, 80, 80, 70, 80, 110, 100, 115};
const QList<int> kPriceWidths{120, 110, 80, 100, 110, 100, 110, 90};

// A filter's choices: "All …" first, then the values, keeping the one chosen when it is still there.
void fillChoices(QComboBox* combo, const QSet<QString>& values)
{
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort();
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker block(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString& v : std::as_const(sorted))
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

// The flows the explanations follow.
Expected<const FlowLibrary*> builtInFlows()
{
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    if (!error.isEmpty())
        return StoreError::make(StoreError::Code::Corrupt, error);
    return &flows;
}

InventoryPage::Content contentOf(const QList<InventoryDelta>& deltas, const QList<PriceDelta>& prices, Timestamp now)
{
    InventoryPage::Content content{inventoryRows(deltas), prices, {}, now};
    content.heatmap = mismatchHeatmap(content.stock);
    return content;
}

// What follows the counts: the differences explained by the messages behind them, and the prices
// with the campaigns behind theirs.
Expected<InventoryPage::Content> explainedContent(TelemetryStore& store, const DeltaRules& rules,
                                                  const QList<InventoryDelta>& differences, Timestamp now)
{
    auto flows = builtInFlows();
    if (!flows)
        return flows.error();
    auto explained = explainInventoryDeltas(store, *flows.value(), rules, differences, now);
    if (!explained)
        return explained.error();
    auto prices = readPriceDeltas(store, *flows.value(), rules, DeltaFilter(), now);
    if (!prices)
        return prices.error();
    return contentOf(explained.value(), prices.value(), now);
}

} // namespace

InventoryPage::InventoryPage(StoreService* service, QWidget* parent)
    : Page(QStringLiteral("inventory"), service, parent)
    , m_stockModel(new InventoryGridModel(this))
    , m_priceModel(new PriceDeltaModel(this))
    , m_stockProxy(new QSortFilterProxyModel(this))
    , m_priceProxy(new QSortFilterProxyModel(this))
    , m_measure(new QComboBox(this))
    , m_sku(new QLineEdit(this))
    , m_node(new QComboBox(this))
    , m_system(new QComboBox(this))
    , m_minDelta(new QSpinBox(this))
    , m_mismatchesOnly(new QCheckBox(tr("Only counts that disagree"), this))
    , m_unexplainedOnly(new QCheckBox(tr("Unexplained only"), this))
    , m_staleOnly(new QCheckBox(tr("Stale only"), this))
    , m_heatmap(new MismatchHeatmapView(this))
    , m_table(makeTableView(this))
    , m_detail(new DetailPane(this))
    , m_causes(new DeltaCausesList(this))
    , m_refresh(new SystemsRefreshBar(this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    QString rulesError;
    m_rules = DeltaRules::load(&rulesError);
    if (!rulesError.isEmpty())
        qWarning("%s", qPrintable(rulesError));
    m_measure->addItem(tr("Stock counts"), Stock);
    m_measure->addItem(tr("Prices"), Prices);
    m_sku->setPlaceholderText(tr("SKU"));
    m_sku->setClearButtonEnabled(true);
    m_node->addItem(tr("All nodes"), QString());
    m_system->addItem(tr("All systems"), QString());
    m_system->setToolTip(tr("Only rows where this system's count differs from the authority's"));
    m_minDelta->setRange(0, 1'000'000);
    m_minDelta->setPrefix(tr("|Δ| ≥ "));
    m_minDelta->setToolTip(tr("Only differences at least this large"));
    m_table->setObjectName(QStringLiteral("positions"));
    m_mismatchesOnly->setChecked(true);
    m_unexplainedOnly->setObjectName(QStringLiteral("unexplainedOnly"));
    m_unexplainedOnly->setToolTip(tr("Only differences some part of which no message explains"));
    m_staleOnly->setToolTip(tr("Only rows with a figure older than the rules allow"));
    connect(m_measure, &QComboBox::currentIndexChanged, this, &InventoryPage::showMeasure);
    connect(m_sku, &QLineEdit::textChanged, this, &InventoryPage::applyFilter);
    connect(m_node, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilter);
    connect(m_system, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilter);
    connect(m_minDelta, &QSpinBox::valueChanged, this, &InventoryPage::applyFilter);
    connect(m_mismatchesOnly, &QCheckBox::toggled, this, &InventoryPage::reload); // decides what is read
    connect(m_unexplainedOnly, &QCheckBox::toggled, this, &InventoryPage::applyFilter);
    connect(m_staleOnly, &QCheckBox::toggled, this, &InventoryPage::applyFilter);
    m_stockProxy->setSourceModel(m_stockModel);
    m_stockProxy->setSortRole(InventoryGridModel::SortRole);
    m_priceProxy->setSourceModel(m_priceModel);
    m_priceProxy->setSortRole(PriceDeltaModel::SortRole);
    m_table->setModel(m_stockProxy);
    m_table->sortByColumn(InventoryGridModel::Delta, Qt::DescendingOrder);
    setColumnWidths(m_table, kStockWidths);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::showSelected);

    connect(m_causes, &DeltaCausesList::openCorrelation, this, &Page::openCorrelation);
    connect(m_causes, &DeltaCausesList::openFailure, this,
            [this](const QString& correlationId) { Q_EMIT openPage(QStringLiteral("exceptions"), correlationId); });
    m_refresh->setSelection([this] { return selectedCells(); }, {Measure::Inventory});
    connect(m_refresh, &SystemsRefreshBar::refreshed, this, &Page::refresh);
    connect(m_heatmap, &MismatchHeatmapView::cellChosen, this, &InventoryPage::chooseCell);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_measure);
    filters->addWidget(m_sku, 1);
    filters->addWidget(m_node);
    filters->addWidget(m_system);
    filters->addWidget(m_minDelta);
    filters->addWidget(m_mismatchesOnly);
    filters->addWidget(m_unexplainedOnly);
    filters->addWidget(m_staleOnly);
    filters->addStretch(1);
    auto* split = makeMasterDetail(m_table, m_detail, m_causes, 1, this);
    m_stack->addWidget(m_state);
    m_stack->addWidget(split);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_refresh, 1);
    actions->addWidget(m_heatmap->measureChooser());
    layout->addLayout(actions);
    layout->addWidget(m_heatmap);
    layout->addWidget(m_stack, 1);
}

bool InventoryPage::showingPrices() const
{
    return m_measure->currentData().toInt() == Prices;
}

void InventoryPage::focusOn(const QString& filter)
{
    m_sku->setText(filter);
}

void InventoryPage::setRefresher(PositionRefresher* refresher)
{
    m_refresh->setRefresher(refresher);
}

QList<PositionCell> InventoryPage::selectedCells() const
{
    QList<PositionCell> cells;
    QSet<QString> seen;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QString sku = index.siblingAtColumn(0).data().toString();
        const QString node = index.siblingAtColumn(1).data().toString();
        if (!seen.contains(sku + QLatin1Char('@') + node)) {
            seen.insert(sku + QLatin1Char('@') + node);
            cells.append({sku, node});
        }
    }
    return cells;
}

void InventoryPage::reload()
{
    markLoading();
    if (!isQuiet()) {
        m_state->showLoading(tr("Reading inventory positions and the messages behind their differences…"));
        m_stack->setCurrentWidget(m_state);
    }
    DeltaFilter stock;
    stock.minDelta = m_mismatchesOnly->isChecked() ? 1 : 0;
    stock.wholeCells = true; // a row shows every system's count
    // Opened or asked for: the counts show first; their explanations and the prices follow. A refresh
    // in place reads everything at once, so that what is shown does not blink away and back.
    const bool inSteps = !isQuiet();
    load<Content>(
        [stock, rules = m_rules, inSteps](TelemetryStore& store) -> Expected<Content> {
            const Timestamp now = Timestamp::now();
            auto differences = readInventoryDifferences(store, rules, stock, now);
            if (!differences)
                return differences.error();
            if (!inSteps)
                return explainedContent(store, rules, differences.value(), now);
            Content counts = contentOf(differences.value(), {}, now); // off the GUI thread
            counts.pricesRead = false;
            return counts;
        },
        [this](const Expected<Content>& content) {
            if (!content) {
                showReadError(content.error());
                return;
            }
            show(content.value());
            if (content.value().pricesRead) { // read at once: nothing follows
                markReady();
                return;
            }
            markFirstData();
            explain();
        });
}

void InventoryPage::explain()
{
    QList<InventoryDelta> deltas;
    for (const InventoryRow& r : std::as_const(m_content.stock))
        deltas += r.deltas;
    load<Content>(
        [deltas, now = m_content.now, rules = m_rules](TelemetryStore& store) {
            return explainedContent(store, rules, deltas, now);
        },
        [this](const Expected<Content>& content) {
            if (!content) {
                showReadError(content.error());
                return;
            }
            show(content.value());
            markReady();
        });
}

void InventoryPage::showReadError(const StoreError& error)
{
    m_state->showError(tr("Inventory positions cannot be read"), error.text);
    m_stack->setCurrentWidget(m_state);
    setKeyFigures({});
    markReady();
}

void InventoryPage::show(const Content& content)
{
    m_content = content;
    QSet<QString> nodes, systems;
    qint64 disagree = 0, unexplained = 0;
    bool explaining = false;
    for (const InventoryRow& r : content.stock) {
        explaining = explaining || r.explaining();
        nodes.insert(r.node);
        for (auto it = r.bySystem.cbegin(); it != r.bySystem.cend(); ++it)
            systems.insert(it.key());
        disagree += r.largestDelta != 0;
        unexplained += r.unexplained();
    }
    for (const PriceDelta& p : content.prices) {
        nodes.insert(p.node);
        systems.insert(p.system);
    }
    fillChoices(m_node, nodes);
    fillChoices(m_system, systems);
    m_heatmap->setHeatmap(content.heatmap);
    const QLocale locale;
    setKeyFigures({{locale.toString(disagree), tr("SKU × node counts disagree"), disagree ? UiStatus::Warning : UiStatus::Ok},
                   explaining ? KeyFigure(QStringLiteral("…"), tr("not explained by any message"), std::nullopt,
                                          tr("Reading the messages behind the differences…"))
                              : KeyFigure(locale.toString(unexplained), tr("not explained by any message"),
                                          unexplained ? UiStatus::Failed : UiStatus::Ok),
                   content.pricesRead ? KeyFigure(locale.toString(content.prices.size()), tr("prices differ from the ERP's"),
                                                  content.prices.isEmpty() ? UiStatus::Ok : UiStatus::Warning)
                                      : KeyFigure(QStringLiteral("…"), tr("prices differ from the ERP's"), std::nullopt,
                                                  tr("Reading the prices the stores and channels show…"))},
                  int(disagree));
    if (content.stock.isEmpty() && content.prices.isEmpty() && content.pricesRead && !m_mismatchesOnly->isChecked()) {
        m_state->showEmpty(tr("No inventory positions"),
                           tr("Positions arrive from the ERP, warehouses, stores and the web shop."));
        return;
    }
    m_stack->setCurrentIndex(1);
    applyFilter();
}

void InventoryPage::showMeasure()
{
    const bool prices = showingPrices();
    m_mismatchesOnly->setVisible(!prices);
    m_heatmap->setVisible(!prices);
    m_heatmap->measureChooser()->setVisible(!prices);
    m_minDelta->setVisible(!prices);
    m_refresh->setMeasures({prices ? Measure::Prices : Measure::Inventory});
    m_table->setModel(prices ? m_priceProxy : m_stockProxy);
    if (prices) {
        m_table->sortByColumn(PriceDeltaModel::Delta, Qt::DescendingOrder);
        setColumnWidths(m_table, kPriceWidths);
    } else {
        m_table->sortByColumn(InventoryGridModel::Delta, Qt::DescendingOrder);
        setColumnWidths(m_table, kStockWidths);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::showSelected,
            Qt::UniqueConnection);
    applyFilter();
}

void InventoryPage::applyFilter()
{
    const QString sku = m_sku->text().trimmed();
    const QString node = m_node->currentData().toString();
    const QString system = m_system->currentData().toString();
    // While the messages are being read, a difference may yet prove unexplained: it stays in view.
    const auto keep = [&](const QString& rowSku, const QString& rowNode, bool unexplained, bool stale) {
        return (node.isEmpty() || rowNode == node) && (sku.isEmpty() || rowSku.contains(sku, Qt::CaseInsensitive))
            && (!m_unexplainedOnly->isChecked() || unexplained) && (!m_staleOnly->isChecked() || stale);
    };
    if (showingPrices()) {
        QList<PriceDelta> shown;
        for (const PriceDelta& p : std::as_const(m_content.prices)) {
            if (keep(p.sku, p.node, p.unexplained(), p.stale) && (system.isEmpty() || p.system == system))
                shown.append(p);
        }
        m_priceModel->setRows(shown);
    } else {
        QList<InventoryRow> shown;
        for (const InventoryRow& r : std::as_const(m_content.stock)) {
            if (keep(r.sku, r.node, r.unexplained() || r.explaining(), r.stale) && r.differsBy(system, m_minDelta->value()))
                shown.append(r);
        }
        m_stockModel->setRows(shown);
    }
    if (m_table->model()->rowCount() > 0) {
        selectFirstRowUnlessSelected(m_table);
        showSelected();
    } else {
        m_detail->showPlaceholder(!showingPrices()              ? tr("No position matches the filters.")
                                  : m_content.pricesRead ? tr("No price differs from the ERP's as asked.")
                                                         : tr("Reading the prices the stores and channels show…"));
        m_causes->clear();
    }
}

void InventoryPage::chooseCell(const QString& node, const QString& system)
{
    const QSignalBlocker blockNode(m_node), blockSystem(m_system); // one filtering for both choices
    m_node->setCurrentIndex(std::max(0, m_node->findData(node)));
    m_system->setCurrentIndex(std::max(0, m_system->findData(system)));
    applyFilter();
}

void InventoryPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (showingPrices())
        showPrice(m_priceModel->rowAt(m_priceProxy->mapToSource(current).row()));
    else
        showStock(m_stockModel->rowAt(m_stockProxy->mapToSource(current).row()));
}

void InventoryPage::showStock(const InventoryRow& r)
{
    m_detail->clear();
    m_detail->setTitle(r.sku + QStringLiteral(" @ ") + r.node);
    const Timestamp now = Timestamp::now();
    for (auto it = r.bySystem.cbegin(); it != r.bySystem.cend(); ++it) {
        const qint64 delta = it.value() - r.authoritative;
        QString text = QLocale().toString(it.value());
        if (it.key() == r.authoritativeSystem)
            text += tr("  (authority)");
        else if (delta != 0)
            text += QString::asprintf("  (%+lld)", delta);
        if (const Timestamp asOf = r.asOfFor(it.key()); !asOf.isNull())
            text += QStringLiteral("  · ") + tr("counted %1").arg(relativeTime(asOf, now));
        m_detail->addRow(it.key(), text);
    }
    m_detail->addRow(tr("Newest figure"), absoluteTime(r.asOf) + (r.stale ? tr("  (a figure is stale)") : QString()));
    if (r.unitCostMinor > 0)
        m_detail->addRow(tr("Unit cost"), priceText(r.unitCostMinor, r.costCurrency)
                                              + (r.largestDelta ? tr("  (the largest difference: %1)").arg(priceText(r.valueAtCostMinor(), r.costCurrency)) : QString()));
    m_causes->clear();
    if (r.explaining()) {
        m_causes->setTitle(tr("Reading the messages behind the difference…"));
        return;
    }
    QStringList residuals;
    for (const InventoryDelta& d : r.deltas) {
        if (d.residual != 0)
            residuals << tr("%1: %2 not explained by any message").arg(d.system, QString::asprintf("%+lld", d.residual));
        for (const DeltaCause& c : d.causes)
            m_causes->addCause(QStringLiteral("%1 vs %2: ").arg(d.system, d.authoritativeSystem), c, false);
    }
    QString title = r.largestDelta == 0 ? tr("Every system agrees.")
                    : m_causes->count() == 0
                        ? tr("No message explains the difference.")
                        : tr("%n transaction(s) explain the difference; Enter opens one on the Lineage page.", "", m_causes->count());
    if (!residuals.isEmpty())
        title += QLatin1Char(' ') + residuals.join(QStringLiteral("; ")) + QLatin1Char('.');
    m_causes->setTitle(title);
}

void InventoryPage::showPrice(const PriceDelta& p)
{
    m_detail->clear();
    m_detail->setTitle(QStringLiteral("%1 @ %2 (%3)").arg(p.sku, p.node, p.system));
    const auto shown = [](qint64 minor, const QString& currency, const QString& promotion) -> QString {
        return priceText(minor, currency) + QStringLiteral("  ") + (promotion.isEmpty() ? tr("(base price)") : QStringLiteral("(%1)").arg(promotion));
    };
    m_detail->addRow(p.system, shown(p.priceMinor, p.currency, p.promotionId));
    if (!p.noReference)
        m_detail->addRow(QStringLiteral("%1 %2").arg(p.referenceSystem, p.referenceNode),
                         shown(p.referencePriceMinor, p.currency, p.referencePromotionId) + tr("  (authority)"));
    m_detail->addRow(tr("As of"), absoluteTime(p.asOf) + (p.stale ? tr("  (stale)") : QString()));
    m_causes->clear();
    for (const DeltaCause& c : p.causes)
        m_causes->addCause(QString(), c, true);
    m_causes->setTitle(p.causes.isEmpty() ? tr("No campaign message explains the difference: the price is wrong where "
                                                   "it is shown, or mapped wrongly.")
                                              : tr("The campaign behind the difference; Enter opens it on the Lineage page."));
}

} // namespace ct
