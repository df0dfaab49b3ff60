#include "dataqualityviolationmodel.h"

#include "plaintext.h"
#include "timeformat.h"

namespace ct {

DataQualityViolationModel::DataQualityViolationModel(QObject* parent)
    : KeyedTableModel<DataQualityViolation>(parent)
{
}

void DataQualityViolationModel::setViolations(const QList<DataQualityViolation>& violations)
{
    updateRows(violations);
}

int DataQualityViolationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataQualityViolationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataQualityViolation& v = rowAt(index.row());
    switch (role) {
    case CorrelationRole:
        return v.correlationId;
    case SortRole:
        return index.column() == At ? QVariant(v.occurredAt.micros()) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case At:
            return absoluteTime(v.occurredAt);
        case Stage:
            return v.flow;
        case Detail:
            // Data from the event: a tooltip that looked like markup would render as rich text.
            return plainToolTip(v.detail);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case At:
            return absoluteTime(v.occurredAt);
        case CorrelationId:
            return v.correlationId;
        case Source:
            return v.source;
        case Stage:
            return v.stage;
        case Detail:
            return v.detail;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant DataQualityViolationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case At:
        return tr("At");
    case CorrelationId:
        return tr("Correlation id");
    case Source:
        return tr("Source");
    case Stage:
        return tr("Stage");
    case Detail:
        return tr("What is wrong");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
