#include "page.h"

#include <utility>

namespace ct {

Page::Page(const QString& pageId, StoreService* service, QWidget* parent)
    : QWidget(parent)
    , m_pageId(pageId)
    , m_service(service)
{
    setObjectName(pageId);
}

QIcon Page::icon() const
{
    return QIcon(QStringLiteral(":/controltower/icons/%1.svg").arg(m_pageId));
}

void Page::setKeyFigures(const QList<KeyFigure>& figures, int badge)
{
    m_figures = figures;
    m_badge = badge;
    Q_EMIT keyFiguresChanged();
}

void Page::markFirstData()
{
    if (std::exchange(m_firstData, true))
        return;
    Q_EMIT firstDataShown();
}

void Page::markReady()
{
    markFirstData();
    m_ready = true;
    m_quiet = false;
    Q_EMIT ready();
    if (std::exchange(m_refreshPending, false))
        refresh();
}

void Page::refresh()
{
    m_stale = false;
    if (!m_ready) {
        m_refreshPending = true;
        return;
    }
    m_quiet = true;
    reload();
}

} // namespace ct
