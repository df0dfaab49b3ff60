#pragma once

#include <QList>

class QTableView;
class QWidget;

namespace ct {

// A table set up the way every page wants it: whole-row selection, sorting, fixed row height
// (never resize-to-contents: it takes seconds on large tables), last column stretched.
QTableView* makeTableView(QWidget* parent);
void setColumnWidths(QTableView* table, const QList<int>& widths);
// Selects the first row when none is current (a refresh keeps the user's choice).
void selectFirstRowUnlessSelected(QTableView* table);

} // namespace ct
