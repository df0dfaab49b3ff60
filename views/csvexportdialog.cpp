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

QString askCsvPath(QWidget* parent, const QString& title, const QString& suggestedName)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName,
                                        QCoreApplication::translate("ct::CsvExport", "CSV files (*.csv);;All files (*)"));
}

void warnExportFailed(QWidget* parent, const QString& failure, const QString& path, const QString& error)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("ct::CsvExport", "Export failed"),
                    failure.arg(path, error), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);  // a path and an error text, never markup
    box.exec();
}

void askAndExportCsv(QWidget* parent, const QString& title, const QString& suggestedName, const QString& failure,
                     const std::function<bool(const QString& path, QString* error)>& write)
{
    const QString path = askCsvPath(parent, title, suggestedName);
    if (path.isEmpty())
        return;
    QString error;
    if (!write(path, &error))
        warnExportFailed(parent, failure, path, error);
}

} // namespace ct
