#include "slabreachmodel.h"

#include "timeformat.h"

namespace ct {

QVariant SlaBreachModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SlaBreach& b = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CorrelationId:
            return b.correlationId;
        case At:
            return clockTime(b.at);
        case Took:
            return formatDuration(b.seconds);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == At)
        return absoluteTime(b.at);
    if (role == Qt::TextAlignmentRole && index.column() == Took)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return b.correlationId;
    return {};
}

QVariant SlaBreachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CorrelationId:
        return tr("Transaction");
    case At:
        return tr("Completed");
    case Took:
        return tr("Took");
    default:
        return {};
    }
}

QString SlaBreachModel::rowKey(const SlaBreach& row) const
{
    return row.correlationId + QLatin1Char('\x1f') + QString::number(row.at.micros());
}

} // namespace ct
