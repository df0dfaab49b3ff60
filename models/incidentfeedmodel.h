#pragma once

#include "incident.h"

#include <QAbstractTableModel>
#include <QList>

namespace ct {

// The incident feed of the Overview, newest first: what broke, since when (and until when), the
// impact in one sentence. Each row knows the page and filter it opens. StatusRole is 1 for an open
// incident and 0 for a closed one; the view maps it to its palette.
class IncidentFeedModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { What, Since, Impact, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, PageRole, FilterRole };

    explicit IncidentFeedModel(QObject* parent = nullptr);

    // Replaces the rows in one reset; `now` is what "since" is relative to.
    void setIncidents(QList<Incident> incidents, Timestamp now);
    const Incident& incident(int row) const { return m_incidents.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Silent system: erp", "SLA breach burst: erp-posting".
    static QString whatOf(const Incident& incident);

private:
    QList<Incident> m_incidents;
    Timestamp m_now;
};

} // namespace ct
