#include "dataqualitycountmodel.h"

#include "plaintext.h"

#include <QLocale>

namespace ct {

DataQualityCountModel::DataQualityCountModel(QObject* parent)
    : KeyedTableModel<DataQualityCount>(parent)
{
}

void DataQualityCountModel::setCounts(const QList<DataQualityCount>& counts, const DataQualityRules& rules)
{
    m_ruleNames.clear();
    for (const DataQualityRule& r : rules.rules())
        m_ruleNames.insert(r.id, r.name);
    updateRows(counts);
}

int DataQualityCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataQualityCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataQualityCount& c = rowAt(index.row());
    switch (role) {
    case RuleRole:
        return c.rule;
    case SystemRole:
        return c.system;
    case SortRole:
        return index.column() == Violations ? QVariant(c.count) : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == Violations ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Rule ? QVariant(plainToolTip(m_ruleNames.value(c.rule, c.rule) + QLatin1Char('\n') + c.rule))
                                      : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Rule:
            return m_ruleNames.value(c.rule, c.rule);
        case System:
            return c.system;
        case Violations:
            return QLocale().toString(c.count);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant DataQualityCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Rule:
        return tr("Rule");
    case System:
        return tr("System");
    case Violations:
        return tr("Violations");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
