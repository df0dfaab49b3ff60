#include "tableview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace ct {

void TableView::setModel(QAbstractItemModel* model)
{
    if (QAbstractItemModel* old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_holding = false;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { holdPlace(); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { holdPlace(); });
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this](const QList<QPersistentModelIndex>&, QAbstractItemModel::LayoutChangeHint hint) { holdPlace(hint); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableView::restorePlace);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableView::restorePlace);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableView::restorePlace);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_holding = false; });
}

void TableView::holdPlace(QAbstractItemModel::LayoutChangeHint hint)
{
    if (m_holding || hint == QAbstractItemModel::VerticalSortHint)
        return;
    m_atTop = verticalScrollBar()->value() == 0;
    m_top = indexAt(QPoint(1, 1));
    m_holding = true;
}

void TableView::restorePlace()
{
    if (!m_holding)
        return;
    m_holding = false;
    if (m_atTop)
        verticalScrollBar()->setValue(0);
    else if (m_top.isValid())
        scrollTo(m_top, QAbstractItemView::PositionAtTop);
}

QTableView* makeTableView(QWidget* parent)
{
    auto* table = new TableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(26);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void setColumnWidths(QTableView* table, const QList<int>& widths)
{
    for (int i = 0; i < widths.size(); ++i)
        table->setColumnWidth(i, widths.at(i));
}

void selectFirstRowUnlessSelected(QTableView* table)
{
    if (!table->currentIndex().isValid() && table->model() && table->model()->rowCount() > 0)
        table->selectRow(0);
}

} // namespace ct
