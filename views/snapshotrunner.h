#pragma once

#include <QObject>
#include <QString>

namespace ct {

class MainWindow;
class Page;

// Renders the whole window once per page to DIR/<page id>.png, each as soon as that page reports
// ready (no nested event loop), and each of a page's other views to DIR/<page id>-<view>.png; then
// emits finished(ok).
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
    void captureWhenReady(Page* page);

    MainWindow* m_window;
    QString m_directory;
    int m_index = -1;
    int m_view = -1;  // the page's view captured next: -1 its usual one, else an index of snapshotViews()
    QStringList m_written;
};

} // namespace ct
