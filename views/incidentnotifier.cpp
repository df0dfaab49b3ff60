#include "incidentnotifier.h"

#include "incidentfeedmodel.h"

#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace ct {
namespace {

QString settingsKey(IncidentKind kind)
{
    return QStringLiteral("incidents/notify/") + incidentKindName(kind);
}

QString kindTitle(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::SlaBreachBurst:
        return IncidentNotifier::tr("SLA breach bursts");
    case IncidentKind::DlqSpike:
        return IncidentNotifier::tr("Dead-letter spikes");
    case IncidentKind::SilentSystem:
        return IncidentNotifier::tr("Silent systems");
    case IncidentKind::BacklogGrowth:
        return IncidentNotifier::tr("Growing ERP backlogs");
    }
    return {};
}

} // namespace

IncidentNotifier::IncidentNotifier(QObject* parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/controltower/icons/controltower.svg")), this);
        m_tray->setToolTip(tr("Control Tower"));
        m_tray->show();
    }
}

bool IncidentNotifier::isEnabled(IncidentKind kind)
{
    return QSettings().value(settingsKey(kind), true).toBool();
}

void IncidentNotifier::setEnabled(IncidentKind kind, bool on)
{
    QSettings().setValue(settingsKey(kind), on);
}

QList<Incident> IncidentNotifier::update(const QList<Incident>& incidents)
{
    QList<Incident> announced;
    for (const Incident& i : incidents) {
        if (!i.isOpen() || m_seen.contains(i.key()))
            continue;
        m_seen.insert(i.key());
        if (!m_primed || !isEnabled(i.kind))
            continue;
        announced.append(i);
        // The tray shows plain text: the summary is never read as markup.
        if (m_tray)
            m_tray->showMessage(IncidentFeedModel::whatOf(i), i.summary, QSystemTrayIcon::Warning);
    }
    m_primed = true;
    return announced;
}

QMenu* IncidentNotifier::makeMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Notify me of"), parent);
    for (int k = 0; k < kIncidentKinds; ++k) {
        const auto kind = IncidentKind(k);
        QAction* action = menu->addAction(kindTitle(kind));
        action->setCheckable(true);
        action->setChecked(isEnabled(kind));
        connect(action, &QAction::toggled, this, [kind](bool on) { setEnabled(kind, on); });
    }
    return menu;
}

} // namespace ct
