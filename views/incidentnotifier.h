#pragma once

#include "incident.h"

#include <QObject>
#include <QSet>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace ct {

// A desktop notification (system tray) when an incident opens, for each kind the user has not turned
// off (remembered in QSettings under incidents/notify/KIND). The first feed only learns what is open:
// starting the app does not announce what was already going on. No tray, no notification.
class IncidentNotifier : public QObject {
    Q_OBJECT
public:
    explicit IncidentNotifier(QObject* parent = nullptr);

    // Returns the incidents it announced: those open now, unseen before, of a kind left on.
    QList<Incident> update(const QList<Incident>& incidents);

    static bool isEnabled(IncidentKind kind);
    static void setEnabled(IncidentKind kind, bool on);
    // A checkable entry per kind, for the feed's menu.
    QMenu* makeMenu(QWidget* parent);

private:
    QSystemTrayIcon* m_tray = nullptr;
    QSet<QString> m_seen;
    bool m_primed = false;
};

} // namespace ct
