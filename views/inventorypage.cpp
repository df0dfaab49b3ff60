#include "inventorypage.h"

#include "detailpane.h"
#include "flowlibrary.h"
#include "inventorydeltaquery.h"
#include "inventorygridmodel.h"
#include "pagelayout.h"
#include "stateview.h"
#include "storeservice.h"
#include "tableview.h"
#include "timeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

namespace ct {

InventoryPage::InventoryPage(StoreService* service, QWidget* parent)
    : Page(QStringLiteral("inventory"), service, parent)
    , m_model(new InventoryGridModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_sku(new QLineEdit(this))
    , m_node(new QComboBox(this))
    , m_mismatchesOnly(new QCheckBox(tr("Only counts that disagree"), this))
    , m_table(makeTableView(this))
    , m_detail(new DetailPane(this))
    , m_causesTitle(new QLabel(this))
    , m_causes(new QListWidget(this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    m_sku->setPlaceholderText(tr("SKU"));
    m_sku->setClearButtonEnabled(true);
    m_node->addItem(tr("All nodes"), QString());
    m_mismatchesOnly->setChecked(true);
    connect(m_sku, &QLineEdit::textChanged, this, &InventoryPage::applyFilter);
    connect(m_node, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilter);
    connect(m_mismatchesOnly, &QCheckBox::toggled, this, &InventoryPage::applyFilter);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InventoryGridModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(InventoryGridModel::Delta, Qt::DescendingOrder);
    setColumnWidths(m_table, {120, 90, 150, 90, 90, 110});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::showSelected);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_sku, 1);
    filters->addWidget(m_node);
    filters->addWidget(m_mismatchesOnly);
    filters->addStretch(2);
    QString rulesError;
    m_rules = DeltaRules::load(&rulesError);
    if (!rulesError.isEmpty())
        qWarning("%s", qPrintable(rulesError));
    m_causesTitle->setTextFormat(Qt::PlainText);
    m_causesTitle->setWordWrap(true);
    m_causes->setWordWrap(true);
    m_causes->setUniformItemSizes(false);
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
    auto* split = makeMasterDetail(m_table, m_detail, below, 1, this);
    m_stack->addWidget(m_state);
    m_stack->addWidget(split);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
}

void InventoryPage::focusOn(const QString& filter)
{
    m_sku->setText(filter);
}

void InventoryPage::reload()
{
    markLoading();
    if (!isQuiet()) {
        m_state->showLoading(tr("Reading inventory positions…"));
        m_stack->setCurrentWidget(m_state);
    }
    load<QList<InventoryRow>>(
        [](TelemetryStore& store) -> Expected<QList<InventoryRow>> {
            auto positions = store.inventoryPositions(QString());
            if (!positions)
                return positions.error();
            return pivotInventory(positions.value());  // pivoted off the GUI thread
        },
        [this](const Expected<QList<InventoryRow>>& rows) {
            if (!rows) {
                m_state->showError(tr("Inventory positions cannot be read"), rows.error().text);
                setKeyFigures({});
            } else {
                show(rows.value());
            }
            markReady();
        });
}

void InventoryPage::show(const QList<InventoryRow>& rows)
{
    m_all = rows;
    QStringList nodes;
    qint64 mismatches = 0;
    for (const InventoryRow& r : rows) {
        if (!nodes.contains(r.node))
            nodes << r.node;
        mismatches += r.largestDelta != 0;
    }
    const QSignalBlocker block(m_node);
    while (m_node->count() > 1)
        m_node->removeItem(1);
    nodes.sort();
    for (const QString& n : std::as_const(nodes))
        m_node->addItem(n, n);
    const QLocale locale;
    setKeyFigures({{locale.toString(mismatches), tr("SKU × node counts disagree"),
                    mismatches ? UiStatus::Warning : UiStatus::Ok},
                   {locale.toString(rows.size()), tr("SKU × node positions")},
                   {locale.toString(nodes.size()), tr("nodes")}},
                  int(mismatches));
    if (rows.isEmpty()) {
        m_state->showEmpty(tr("No inventory positions"),
                           tr("Positions arrive from the ERP, warehouses, stores and the web shop."));
        return;
    }
    m_stack->setCurrentIndex(1);
    applyFilter();
}

void InventoryPage::applyFilter()
{
    const QString sku = m_sku->text().trimmed();
    const QString node = m_node->currentData().toString();
    QList<InventoryRow> shown;
    for (const InventoryRow& r : std::as_const(m_all)) {
        if ((m_mismatchesOnly->isChecked() && r.largestDelta == 0) || (!node.isEmpty() && r.node != node)
            || (!sku.isEmpty() && !r.sku.contains(sku, Qt::CaseInsensitive)))
            continue;
        shown.append(r);
    }
    m_model->setRows(shown);
    if (m_model->rowCount() > 0)
        selectFirstRowUnlessSelected(m_table);
    else
        m_detail->showPlaceholder(tr("No position matches the filters."));
}

void InventoryPage::showSelected()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return;
    const InventoryRow& r = m_model->rowAt(index.row());
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
    m_detail->addRow(tr("As of"), absoluteTime(r.asOf));
    explainSelected(r);
}

void InventoryPage::explainSelected(const InventoryRow& row)
{
    m_causes->clear();
    if (row.largestDelta == 0) {
        m_causesTitle->setText(tr("Every system agrees."));
        return;
    }
    m_causesTitle->setText(tr("Finding the messages behind the difference…"));
    const StockCell cell{row.sku, row.node};
    const DeltaRules rules = m_rules;
    m_explaining = service()->read<QList<InventoryDelta>>(
        this, [cell, rules](TelemetryStore& store) -> Expected<QList<InventoryDelta>> {
            QString error;
            const FlowLibrary& flows = FlowLibrary::builtIn(&error);
            if (!error.isEmpty())
                return StoreError::make(StoreError::Code::Corrupt, error);
            return readCellDeltas(store, flows, rules, cell, Timestamp::now());
        },
        [this, cell](const Expected<QList<InventoryDelta>>& deltas) {
            const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
            if (!index.isValid() || m_model->rowAt(index.row()).sku != cell.sku || m_model->rowAt(index.row()).node != cell.node)
                return; // another row was selected meanwhile
            if (!deltas) {
                m_causesTitle->setText(tr("The messages behind the difference cannot be read: %1").arg(deltas.error().text));
                return;
            }
            showCauses(deltas.value());
        });
}

void InventoryPage::showCauses(const QList<InventoryDelta>& deltas)
{
    QStringList residuals;
    int causes = 0;
    for (const InventoryDelta& d : deltas) {
        if (!d.disagrees())
            continue;
        if (d.residual != 0)
            residuals << tr("%1: %2 not explained by any message").arg(d.system, QString::asprintf("%+lld", d.residual));
        for (const DeltaCause& c : d.causes) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 vs %2: %3").arg(d.system, d.authoritativeSystem, describeCause(c, &absoluteTime)), m_causes);
            item->setData(Qt::UserRole, c.correlationId);
            item->setToolTip(tr("Open %1 on the Lineage page (Enter)").arg(c.correlationId));
            ++causes;
        }
    }
    QString title = causes == 0 ? tr("No message explains the difference.")
                                : tr("%n transaction(s) explain the difference; Enter opens one on the Lineage page.", "", causes);
    if (!residuals.isEmpty())
        title += QLatin1Char(' ') + residuals.join(QStringLiteral("; ")) + QLatin1Char('.');
    m_causesTitle->setText(title);
}

} // namespace ct
