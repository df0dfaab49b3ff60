#include "snapshotrunner.h"

#include "mainwindow.h"
#include "page.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>

namespace ct {

SnapshotRunner::SnapshotRunner(MainWindow* window, const QString& directory, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
}

void SnapshotRunner::start()
{
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT finished(false, tr("cannot create the folder %1").arg(m_directory));
        return;
    }
    m_window->resize(1440, 900);
    m_window->show();
    waitForPages();
}

void SnapshotRunner::waitForPages()
{
    // Every page loads at start; the status bar and badges are complete once all of them are ready.
    for (Page* page : m_window->pages()) {
        if (!page->isReady()) {
            connect(page, &Page::ready, this, &SnapshotRunner::waitForPages, Qt::SingleShotConnection);
            return;
        }
    }
    next();
}

void SnapshotRunner::next()
{
    if (m_index >= 0) {
        Page* shown = m_window->pages().at(m_index);
        if (++m_view < shown->snapshotViews().size()) {
            shown->showSnapshotView(shown->snapshotViews().at(m_view));
            captureWhenReady(shown);
            return;
        }
        if (m_view > 0)
            shown->showSnapshotView(QString());
    }
    m_view = -1;
    ++m_index;
    const QList<Page*> pages = m_window->pages();
    if (m_index >= pages.size()) {
        Q_EMIT finished(true, tr("wrote %1").arg(m_written.join(QStringLiteral(", "))));
        return;
    }
    Page* page = pages.at(m_index);
    m_window->showPage(page->pageId());
    captureWhenReady(page);
}

void SnapshotRunner::captureWhenReady(Page* page)
{
    if (page->isReady()) {
        QTimer::singleShot(0, this, &SnapshotRunner::capture);
    } else {
        // Queued: widgets a page adds while it becomes ready are shown by events posted before this one.
        connect(page, &Page::ready, this, &SnapshotRunner::capture,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
}

void SnapshotRunner::capture()
{
    Page* page = m_window->pages().at(m_index);
    const QString name = m_view < 0 ? page->pageId() : page->pageId() + QLatin1Char('-') + page->snapshotViews().at(m_view);
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    // A label whose text just grew asks its layouts again, each by a posted request, the inner ones
    // posting to the outer: lay them all out before the picture, as the screen would before painting.
    for (int depth = 0; depth < 8; ++depth)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!m_window->grab().save(path)) {
        Q_EMIT finished(false, tr("cannot write %1").arg(path));
        return;
    }
    m_written << QDir(m_directory).relativeFilePath(path);
    QTimer::singleShot(0, this, &SnapshotRunner::next);
}

} // namespace ct
