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
    , m_empty(makePlainLabel(QString(), QStringLiteral("muted"), this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(IncidentFeedModel::What, 250);
    m_view->setColumnWidth(IncidentFeedModel::Since, 180);
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
    showLoading();
}

void IncidentFeed::setIncidents(const QList<Incident>& incidents, Timestamp now)
{
    m_model->setIncidents(incidents, now);
    m_notifier->update(incidents);
    if (incidents.isEmpty())
        showNote(tr("No incident in the last 24 hours: no SLA breach burst, silent system or growing ERP backlog."));
    else
        m_empty->hide();
    m_view->setVisible(!incidents.isEmpty());
}

void IncidentFeed::showLoading()
{
    if (m_model->rowCount() == 0)
        showNote(tr("Looking for incidents in the last 24 hours…"));
}

void IncidentFeed::showError(const QString& reason)
{
    m_model->setIncidents({}, Timestamp());
    m_view->hide();
    showNote(tr("Incidents cannot be detected: %1").arg(reason));
}

void IncidentFeed::showNote(const QString& text)
{
    setLabelText(m_empty, text);
    m_empty->show();
}

} // namespace ct
