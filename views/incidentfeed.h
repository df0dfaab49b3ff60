#pragma once

#include "incident.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace ct {

class IncidentFeedModel;
class IncidentNotifier;

// The Overview's incident feed: newest first, what broke, since when, the impact; activating one opens
// the page it names, filtered to it (the SLA, the queue, the system, the backlog). An incident that
// opens while the app runs is announced on the desktop (IncidentNotifier), per kind as the user chose.
class IncidentFeed : public QWidget {
    Q_OBJECT
public:
    explicit IncidentFeed(QWidget* parent = nullptr);

    void setIncidents(const QList<Incident>& incidents, Timestamp now);
    // While the incidents are being detected (the feed shown so far stays until they are).
    void showLoading();
    // Detection failed: the reason in one line, the feed emptied.
    void showError(const QString& reason);
    IncidentFeedModel* model() const { return m_model; }
    IncidentNotifier* notifier() const { return m_notifier; }

Q_SIGNALS:
    void openPage(const QString& pageId, const QString& filter);

private:
    void showNote(const QString& text);

    IncidentFeedModel* m_model;
    IncidentNotifier* m_notifier;
    QLabel* m_empty;
    QTreeView* m_view;
};

} // namespace ct
