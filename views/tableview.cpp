#include "tableview.h"

#include <QHeaderView>
#include <QTableView>

namespace ct {

QTableView* makeTableView(QWidget* parent)
{
    auto* table = new QTableView(parent);
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
