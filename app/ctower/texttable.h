#pragma once

#include <QList>
#include <QStringList>

namespace ct::cli {

// Rows of cells as aligned text: every column but the last padded to its widest cell, two spaces
// between columns, no trailing blanks. The first row is usually a header.
QString textTable(const QList<QStringList>& rows);

} // namespace ct::cli
