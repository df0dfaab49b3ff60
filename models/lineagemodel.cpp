#include "lineagemodel.h"

#include "plaintext.h"
#include "timeformat.h"

namespace ct {

LineageModel::LineageModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

void LineageModel::setGraph(const LineageGraph& graph)
{
    const bool sameTransaction = graph.correlationId == m_graph.correlationId;
    m_graph = graph;
    if (sameTransaction)
        updateRows(graph.hops);
    else
        resetRows(graph.hops);
}

int LineageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LineageHop& hop = rowAt(index.row());
    const Event& e = hop.event;
    switch (role) {
    case StatusRole:
        return int(e.status);
    case DepthRole:
        return hop.depth;
    case SortRole:
        switch (Column(index.column())) {
        case Time:
            return e.occurredAt.micros();
        case Latency:
            return hop.latencySeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return absoluteTime(e.occurredAt);
        if (index.column() == Latency && hop.recordedBeforeCause)
            return tr("Recorded before its cause: an out-of-sequence delivery");
        if (index.column() == Latency && hop.causeMissing)
            return plainToolTip(tr("Its cause (%1) is not among the events of this transaction").arg(e.causationId));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            // The time of day fits the column; a hop on another day than the first says its date.
            return e.occurredAt.toDateTime().toLocalTime().date() == m_graph.firstAt().toDateTime().toLocalTime().date()
                       ? clockTime(e.occurredAt)
                       : e.occurredAt.toDateTime().toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss"));
        case Stage:
            return QString(QString(hop.depth * 2, QLatin1Char(' ')) + e.stage);
        case Type:
            return e.type;
        case Source:
            return e.source;
        case Node:
            return e.node;
        case Status:
            return eventStatusName(e.status);
        case Latency:
            if (hop.causeMissing)
                return tr("cause missing");
            return hop.depth == 0 ? QString() : QStringLiteral("+") + formatDuration(hop.latencySeconds);
        case EventId:
            return e.id;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant LineageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Occurred");
    case Stage:
        return tr("Stage");
    case Type:
        return tr("Event type");
    case Source:
        return tr("Source");
    case Node:
        return tr("Node");
    case Status:
        return tr("Status");
    case Latency:
        return tr("After cause");
    case EventId:
        return tr("Event id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
