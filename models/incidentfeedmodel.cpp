#include "incidentfeedmodel.h"

#include "incidentjson.h"
#include "timeformat.h"

namespace ct {

IncidentFeedModel::IncidentFeedModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IncidentFeedModel::setIncidents(QList<Incident> incidents, Timestamp now)
{
    beginResetModel();
    m_incidents = std::move(incidents);
    sortNewestFirst(m_incidents);
    m_now = now;
    endResetModel();
}

int IncidentFeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentFeedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentFeedModel::whatOf(const Incident& i)
{
    switch (i.kind) {
    case IncidentKind::SlaBreachBurst:
        return tr("SLA breach burst: %1").arg(i.filter());
    case IncidentKind::DlqSpike:
        return tr("Dead-letter spike: %1").arg(i.filter());
    case IncidentKind::SilentSystem:
        return tr("Silent system: %1").arg(i.filter());
    case IncidentKind::BacklogGrowth:
        return tr("Backlog growing: %1").arg(i.filter());
    }
    return i.filter();
}

QVariant IncidentFeedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_incidents.size())
        return {};
    const Incident& i = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case What:
            return whatOf(i);
        case Since:
            return i.closedAt ? tr("%1, closed %2").arg(relativeTime(i.openedAt, m_now), relativeTime(*i.closedAt, m_now))
                              : tr("%1, open").arg(relativeTime(i.openedAt, m_now));
        case Impact:
            return i.summary;
        }
        return {};
    case Qt::ToolTipRole:
        // A summary quotes names from the store: escaped, so that a tooltip never reads it as markup.
        return index.column() == Since    ? absoluteTime(i.openedAt).toHtmlEscaped()
               : index.column() == Impact ? i.summary.toHtmlEscaped()
                                          : QVariant();
    case SortRole:
        switch (index.column()) {
        case What:
            return whatOf(i);
        case Since:
            return i.openedAt.micros();
        case Impact:
            return i.summary;
        }
        return {};
    case StatusRole:
        return i.isOpen() ? 1 : 0;
    case PageRole:
        return incidentPageName(i.page());
    case FilterRole:
        return i.filter();
    default:
        return {};
    }
}

QVariant IncidentFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What:
        return tr("What");
    case Since:
        return tr("Since");
    case Impact:
        return tr("Impact");
    }
    return {};
}

} // namespace ct
