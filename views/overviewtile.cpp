#include "overviewtile.h"

#include "fitlabel.h"

#include "plainlabel.h"
#include "statusproperty.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace ct {

OverviewTile::OverviewTile(const QString& pageId, QWidget* parent)
    : QFrame(parent)
    , m_pageId(pageId)
    , m_title(makePlainLabel(QString(), QStringLiteral("tileTitle"), this))
    , m_value(new FitLabel(QStringLiteral("tileValue"), this))
    , m_detail(makePlainLabel(QString(), QStringLiteral("muted"), this))
{
    setObjectName(QStringLiteral("tile"));
    setCursor(pageId.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    m_detail->hide();  // a hidden label takes no room, not even the spacing above it
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void OverviewTile::setFigure(const TileFigure& figure)
{
    setLabelText(m_title, figure.title);
    setLabelText(m_value, figure.value);
    setLabelText(m_detail, figure.detail);
    if (m_detail->isHidden() != figure.detail.isEmpty())
        m_detail->setVisible(!figure.detail.isEmpty());
    setStatus(figure.status);
}

void OverviewTile::setStatus(std::optional<UiStatus> status)
{
    m_status = status;
    setStatusProperty(m_value, status);
}

void OverviewTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pageId.isEmpty() && event->button() == Qt::LeftButton)
        Q_EMIT activated(m_pageId);
}

} // namespace ct
