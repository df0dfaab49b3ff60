#include "csvexportdialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace ct {

bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void askAndExportCsv(QWidget* parent, const QString& title, const QString& suggestedName, const QString& failure,
                     const std::function<bool(const QString& path, QString* error)>& write)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, title, suggestedName, QCoreApplication::translate("ct::CsvExport", "CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (write(path, &error))
        return;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("ct::CsvExport", "Export failed"),
                    failure.arg(path, error), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);  // a path and an error text, never markup
    box.exec();
}

} // namespace ct
