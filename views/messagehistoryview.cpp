#include "messagehistoryview.h"

#include "timeformat.h"

#include <QHeaderView>

namespace ct {

MessageHistoryView::MessageHistoryView(QWidget* parent)
    : QTableWidget(0, 5, parent)
{
    setObjectName(QStringLiteral("messageHistory"));
    setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Result"), tr("Detail")});
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
}

void MessageHistoryView::showHistory(const QList<HistoryItem>& items)
{
    setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const HistoryItem& h = items.at(row);
        const QStringList cells{h.at.isNull() ? QString() : absoluteTime(h.at), h.what, h.who, h.result, h.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));  // plain text, whatever it holds
            item->setToolTip(QString());
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents();  // a handful of rows
    setColumnWidth(4, qMax(columnWidth(4), 200));
}

} // namespace ct
