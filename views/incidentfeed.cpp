#include "incidentfeed.h"

#include "incidentfeedmodel.h"
#include "incidentnotifier.h"
#include "plainlabel.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ct {

IncidentFeed::IncidentFeed(QWidget* parent)
    : QWidget(parent)
    , m_model(new IncidentFeedModel(this))
    , m_notifier(new IncidentNotifier(this))
    , m_empty(makePlainLabel(tr("No incident in the last 24 hours: no SLA breach burst, silent system or growing "
                                "ERP backlog."),
                             QStringLiteral("muted"), this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(IncidentFeedModel::What, 260);
    m_view->setColumnWidth(IncidentFeedModel::Since, 220);
    m_view->setToolTip(tr("Double-click or press Enter to open the page of an incident."));
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openPage(index.data(IncidentFeedModel::PageRole).toString(), index.data(IncidentFeedModel::FilterRole).toString());
    });
    auto* title = makePlainLabel(tr("Incidents"), QStringLiteral("sectionTitle"), this);
    auto* notify = new QToolButton(this);
    notify->setText(tr("Notifications"));
    notify->setToolTip(tr("Which incidents open a desktop notification"));
    notify->setPopupMode(QToolButton::InstantPopup);
    notify->setMenu(m_notifier->makeMenu(notify));
    auto* heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addStretch(1);
    heading->addWidget(notify);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    m_view->hide();
}

void IncidentFeed::setIncidents(const QList<Incident>& incidents, Timestamp now)
{
    m_model->setIncidents(incidents, now);
    m_notifier->update(incidents);
    m_empty->setVisible(incidents.isEmpty());
    m_view->setVisible(!incidents.isEmpty());
}

} // namespace ct
