#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QTableView>

namespace ct {

// A table that keeps its place while its model updates in place: the row at the top stays at the
// top when rows arrive or go above it, and a table scrolled to the very top stays there (showing
// what is new). A sort the user asks for scrolls as usual.
class TableView : public QTableView {
    Q_OBJECT
public:
    using QTableView::QTableView;
    void setModel(QAbstractItemModel* model) override;

private:
    void holdPlace(QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void restorePlace();

    QPersistentModelIndex m_top;
    bool m_holding = false;
    bool m_atTop = false;
};

// A table set up the way every page wants it: whole-row selection, sorting, fixed row height
// (never resize-to-contents: it takes seconds on large tables), last column stretched.
QTableView* makeTableView(QWidget* parent);
void setColumnWidths(QTableView* table, const QList<int>& widths);
// Selects the first row when none is current (a refresh keeps the user's choice).
void selectFirstRowUnlessSelected(QTableView* table);

} // namespace ct
