#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

namespace ct {

// Writes `bytes` to `path` all at once (QSaveFile: a failed write never leaves half a file in place of
// an earlier one); false with *error set on failure.
bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

// Asks where to save a CSV file (a save dialog titled `title`, suggesting `suggestedName`); empty when
// the user cancels.
QString askCsvPath(QWidget* parent, const QString& title, const QString& suggestedName);

// Shows `failure` ("… could not be written to %1: %2", the path and the error) in a warning box, as
// plain text.
void warnExportFailed(QWidget* parent, const QString& failure, const QString& path, const QString& error);

// A page's "Export CSV…": asks where (a save dialog titled `title`, suggesting `suggestedName`), writes
// through `write`, and on failure shows `failure` ("… could not be written to %1: %2", the path and the
// error) in a warning box as plain text. Nothing happens when the user cancels.
void askAndExportCsv(QWidget* parent, const QString& title, const QString& suggestedName, const QString& failure,
                     const std::function<bool(const QString& path, QString* error)>& write);

} // namespace ct
