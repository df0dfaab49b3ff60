#pragma once

#include <QObject>
#include <QString>

namespace ct {

class MainWindow;

// Renders the whole window once per page to DIR/<page id>.png, each as soon as that page reports
// ready (no nested event loop), then emits finished(ok).
class SnapshotRunner : public QObject {
    Q_OBJECT
public:
    SnapshotRunner(MainWindow* window, const QString& directory, QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void waitForPages();
    void next();
    void capture();

    MainWindow* m_window;
    QString m_directory;
    int m_index = -1;
    QStringList m_written;
};

} // namespace ct
