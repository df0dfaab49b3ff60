#include "inventorypage.h"

#include "detailpane.h"
#include "flowlibrary.h"
#include "inventorydeltaquery.h"
#include "inventorygridmodel.h"
#include "pagelayout.h"
#include "pricedeltamodel.h"
#include "stateview.h"
#include "storeservice.h"
#include "tableview.h"
#include "timeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

namespace ct {
namespace {

enum Measure { Stock, Prices };

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
    , m_mismatchesOnly(new QCheckBox(tr("Only counts that disagree"), this))
    , m_unexplainedOnly(new QCheckBox(tr("Unexplained only"), this))
    , m_staleOnly(new QCheckBox(tr("Stale only"), this))
    , m_table(makeTableView(this))
    , m_detail(new DetailPane(this))
    , m_causesTitle(new QLabel(this))
    , m_causes(new QListWidget(this))
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
    m_mismatchesOnly->setChecked(true);
    m_unexplainedOnly->setToolTip(tr("Only differences some part of which no message explains"));
    m_staleOnly->setToolTip(tr("Only rows with a figure older than the rules allow"));
    connect(m_measure, &QComboBox::currentIndexChanged, this, &InventoryPage::showMeasure);
    connect(m_sku, &QLineEdit::textChanged, this, &InventoryPage::applyFilter);
    connect(m_node, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilter);
    connect(m_mismatchesOnly, &QCheckBox::toggled, this, &InventoryPage::reload); // decides what is read
    connect(m_unexplainedOnly, &QCheckBox::toggled, this, &InventoryPage::applyFilter);
    connect(m_staleOnly, &QCheckBox::toggled, this, &InventoryPage::applyFilter);
    m_stockProxy->setSourceModel(m_stockModel);
    m_stockProxy->setSortRole(InventoryGridModel::SortRole);
    m_priceProxy->setSourceModel(m_priceModel);
    m_priceProxy->setSortRole(PriceDeltaModel::SortRole);
    m_table->setModel(m_stockProxy);
    m_table->sortByColumn(InventoryGridModel::Delta, Qt::DescendingOrder);
    setColumnWidths(m_table, {120, 90, 150, 90, 90, 110, 100});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::showSelected);

    m_causesTitle->setTextFormat(Qt::PlainText);
    m_causesTitle->setWordWrap(true);
    m_causes->setWordWrap(true);
    m_causes->setToolTip(tr("Enter or a double click opens the transaction on the Lineage page."));
    connect(m_causes, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString id = item->data(Qt::UserRole).toString(); !id.isEmpty())
            Q_EMIT openCorrelation(id);
    });
    auto* below = new QWidget(this);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_causesTitle);
    belowLayout->addWidget(m_causes, 1);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_measure);
    filters->addWidget(m_sku, 1);
    filters->addWidget(m_node);
    filters->addWidget(m_mismatchesOnly);
    filters->addWidget(m_unexplainedOnly);
    filters->addWidget(m_staleOnly);
    filters->addStretch(1);
    auto* split = makeMasterDetail(m_table, m_detail, below, 1, this);
    m_stack->addWidget(m_state);
    m_stack->addWidget(split);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
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
    const DeltaRules rules = m_rules;
    load<Content>(
        [stock, rules](TelemetryStore& store) -> Expected<Content> {
            QString error;
            const FlowLibrary& flows = FlowLibrary::builtIn(&error);
            if (!error.isEmpty())
                return StoreError::make(StoreError::Code::Corrupt, error);
            const Timestamp now = Timestamp::now();
            auto deltas = readInventoryDeltas(store, flows, rules, stock, now);
            if (!deltas)
                return deltas.error();
            auto prices = readPriceDeltas(store, flows, rules, DeltaFilter(), now);
            if (!prices)
                return prices.error();
            return Content{inventoryRows(deltas.value()), prices.value()}; // off the GUI thread
        },
        [this](const Expected<Content>& content) {
            if (!content) {
                m_state->showError(tr("Inventory positions cannot be read"), content.error().text);
                setKeyFigures({});
            } else {
                show(content.value());
            }
            markReady();
        });
}

void InventoryPage::show(const Content& content)
{
    m_content = content;
    QSet<QString> nodes;
    qint64 disagree = 0, unexplained = 0;
    for (const InventoryRow& r : content.stock) {
        nodes.insert(r.node);
        disagree += r.largestDelta != 0;
        unexplained += r.unexplained();
    }
    for (const PriceDelta& p : content.prices)
        nodes.insert(p.node);
    QStringList sorted(nodes.cbegin(), nodes.cend());
    sorted.sort();
    const QString chosen = m_node->currentData().toString();
    {
        const QSignalBlocker block(m_node);
        while (m_node->count() > 1)
            m_node->removeItem(1);
        for (const QString& n : std::as_const(sorted))
            m_node->addItem(n, n);
        m_node->setCurrentIndex(std::max(0, m_node->findData(chosen)));
    }
    const QLocale locale;
    setKeyFigures({{locale.toString(disagree), tr("SKU × node counts disagree"), disagree ? UiStatus::Warning : UiStatus::Ok},
                   {locale.toString(unexplained), tr("not explained by any message"), unexplained ? UiStatus::Failed : UiStatus::Ok},
                   {locale.toString(content.prices.size()), tr("prices differ from the ERP's"),
                    content.prices.isEmpty() ? UiStatus::Ok : UiStatus::Warning}},
                  int(disagree));
    if (content.stock.isEmpty() && content.prices.isEmpty() && !m_mismatchesOnly->isChecked()) {
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
    m_table->setModel(prices ? m_priceProxy : m_stockProxy);
    if (prices) {
        m_table->sortByColumn(PriceDeltaModel::Delta, Qt::DescendingOrder);
        setColumnWidths(m_table, {120, 110, 80, 100, 110, 100, 110, 90});
    } else {
        m_table->sortByColumn(InventoryGridModel::Delta, Qt::DescendingOrder);
        setColumnWidths(m_table, {120, 90, 150, 90, 90, 110, 100});
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::showSelected,
            Qt::UniqueConnection);
    applyFilter();
}

void InventoryPage::applyFilter()
{
    const QString sku = m_sku->text().trimmed();
    const QString node = m_node->currentData().toString();
    const auto keep = [&](const QString& rowSku, const QString& rowNode, bool unexplained, bool stale) {
        return (node.isEmpty() || rowNode == node) && (sku.isEmpty() || rowSku.contains(sku, Qt::CaseInsensitive))
            && (!m_unexplainedOnly->isChecked() || unexplained) && (!m_staleOnly->isChecked() || stale);
    };
    if (showingPrices()) {
        QList<PriceDelta> shown;
        for (const PriceDelta& p : std::as_const(m_content.prices)) {
            if (keep(p.sku, p.node, p.unexplained(), p.stale))
                shown.append(p);
        }
        m_priceModel->setRows(shown);
    } else {
        QList<InventoryRow> shown;
        for (const InventoryRow& r : std::as_const(m_content.stock)) {
            if (keep(r.sku, r.node, r.unexplained(), r.stale))
                shown.append(r);
        }
        m_stockModel->setRows(shown);
    }
    if (m_table->model()->rowCount() > 0) {
        selectFirstRowUnlessSelected(m_table);
        showSelected();
    } else {
        m_detail->showPlaceholder(showingPrices() ? tr("No price differs from the ERP's as asked.")
                                                  : tr("No position matches the filters."));
        m_causes->clear();
        m_causesTitle->clear();
    }
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
    for (auto it = r.bySystem.cbegin(); it != r.bySystem.cend(); ++it) {
        const qint64 delta = it.value() - r.authoritative;
        QString text = QLocale().toString(it.value());
        if (it.key() == r.authoritativeSystem)
            text += tr("  (authority)");
        else if (delta != 0)
            text += QString::asprintf("  (%+lld)", delta);
        m_detail->addRow(it.key(), text);
    }
    m_detail->addRow(tr("As of"), absoluteTime(r.asOf) + (r.stale ? tr("  (stale)") : QString()));
    m_causes->clear();
    QStringList residuals;
    for (const InventoryDelta& d : r.deltas) {
        if (d.residual != 0)
            residuals << tr("%1: %2 not explained by any message").arg(d.system, QString::asprintf("%+lld", d.residual));
        for (const DeltaCause& c : d.causes)
            addCause(QStringLiteral("%1 vs %2: ").arg(d.system, d.authoritativeSystem), c, false);
    }
    QString title = r.largestDelta == 0 ? tr("Every system agrees.")
                    : m_causes->count() == 0
                        ? tr("No message explains the difference.")
                        : tr("%n transaction(s) explain the difference; Enter opens one on the Lineage page.", "", m_causes->count());
    if (!residuals.isEmpty())
        title += QLatin1Char(' ') + residuals.join(QStringLiteral("; ")) + QLatin1Char('.');
    m_causesTitle->setText(title);
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
        addCause(QString(), c, true);
    m_causesTitle->setText(p.causes.isEmpty() ? tr("No campaign message explains the difference: the price is wrong where "
                                                   "it is shown, or mapped wrongly.")
                                              : tr("The campaign behind the difference; Enter opens it on the Lineage page."));
}

void InventoryPage::addCause(const QString& prefix, const DeltaCause& c, bool price)
{
    auto* item = new QListWidgetItem(prefix + describeCause(c, &absoluteTime, price ? &signedPrice : nullptr), m_causes);
    item->setData(Qt::UserRole, c.correlationId);
    item->setToolTip(tr("Open %1 on the Lineage page (Enter)").arg(c.correlationId));
}

} // namespace ct
