#include "failuregroupmodel.h"

#include "plaintext.h"
#include "storeservice.h"

#include <QLocale>

namespace ct {
namespace {

// A grouping row's internal id; a group's is the row of its grouping.
constexpr quintptr kTop = ~quintptr(0);

} // namespace

FailureGroupModel::FailureGroupModel(StoreService* service, QObject* parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
}

QString FailureGroupModel::groupingName(FailureGrouping by)
{
    switch (by) {
    case FailureGrouping::Queue:
        return tr("Queue");
    case FailureGrouping::ErrorClass:
        return tr("Error class");
    case FailureGrouping::Source:
        return tr("Source system");
    case FailureGrouping::Age:
        return tr("Age");
    case FailureGrouping::Signature:
        return tr("Failure signature");
    }
    return {};
}

QString FailureGroupModel::valueLabel(FailureGrouping by, const QString& value)
{
    if (by == FailureGrouping::Age)
        return ageBucketLabel(value.toInt());
    return value.isEmpty() ? tr("(none)") : value;
}

void FailureGroupModel::refresh(const FailedMessageQuery& scope, Timestamp now)
{
    if (m_reading) {
        m_pending = {scope, now};
        return;
    }
    reload(scope, now);
}

void FailureGroupModel::reload(const FailedMessageQuery& scope, Timestamp now)
{
    m_pending.reset();
    m_reading = true;
    m_read = m_service->read<Groups>(
        this,
        [scope, now](TelemetryStore& store) -> Expected<Groups> {
            Groups all;
            for (FailureGrouping by : kFailureGroupings) {
                auto groups = store.failedMessageGroups(scope, by, now);
                if (!groups)
                    return groups.error();
                all.append(groups.value());
            }
            return all;
        },
        [this](const Expected<Groups>& groups) {
            m_reading = false;
            if (groups) {
                apply(groups.value());
                Q_EMIT reloaded();
            } else {
                Q_EMIT failed(groups.error());
            }
            if (m_pending)
                reload(m_pending->first, m_pending->second);
        });
}

void FailureGroupModel::apply(const Groups& groups)
{
    for (int g = 0; g < kGroupings && g < groups.size(); ++g) {
        replaceChildren(g, groups.at(g));
        const QModelIndex heading = index(g, 0);
        Q_EMIT dataChanged(heading, heading);
    }
}

// In place: the rows beyond the new count removed, new ones added at the end, the rest changed.
void FailureGroupModel::replaceChildren(int grouping, const QList<FailureGroup>& next)
{
    QList<FailureGroup>& rows = m_groups[std::size_t(grouping)];
    const QModelIndex parent = index(grouping, 0);
    const int before = int(rows.size());
    const int after = int(next.size());
    if (after < before) {
        beginRemoveRows(parent, after, before - 1);
        rows.resize(after);
        endRemoveRows();
    }
    const int kept = qMin(before, after);
    for (int row = 0; row < kept; ++row)
        rows[row] = next.at(row);
    if (kept > 0)
        Q_EMIT dataChanged(index(0, 0, parent), index(kept - 1, 1, parent));
    if (after > before) {
        beginInsertRows(parent, before, after - 1);
        rows.append(next.mid(before));
        endInsertRows();
    }
}

QModelIndex FailureGroupModel::indexOf(FailureGrouping by, const QString& value) const
{
    const int g = int(std::find(std::begin(kFailureGroupings), std::end(kFailureGroupings), by) - std::begin(kFailureGroupings));
    const QList<FailureGroup>& rows = m_groups[std::size_t(g)];
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).value == value)
            return index(row, 0, index(g, 0));
    }
    return {};
}

QModelIndex FailureGroupModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTop);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FailureGroupModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId()), 0, kTop);
}

int FailureGroupModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kGroupings;
    if (parent.internalId() == kTop && parent.column() == 0)
        return int(m_groups[std::size_t(parent.row())].size());
    return 0;
}

int FailureGroupModel::columnCount(const QModelIndex&) const
{
    return 2;  // the group, and how many messages it has
}

Qt::ItemFlags FailureGroupModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A grouping is a heading to open, not a group to pick.
    return index.internalId() == kTop ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant FailureGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTop) {
        const FailureGrouping by = kFailureGroupings[index.row()];
        if (role == GroupingRole)
            return int(by);
        if (role == Qt::DisplayRole && index.column() == 0) {
            const int n = int(m_groups[std::size_t(index.row())].size());
            return tr("%1 (%n group(s))", nullptr, n).arg(groupingName(by));
        }
        return {};
    }
    const int g = int(index.internalId());
    const FailureGrouping by = kFailureGroupings[g];
    const FailureGroup& group = m_groups[std::size_t(g)].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? valueLabel(by, group.value) : QLocale().toString(group.count);
    case Qt::ToolTipRole:
        return index.column() == 0 ? plainToolTip(valueLabel(by, group.value)) : QVariant();  // reasons come from outside
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case GroupingRole:
        return int(by);
    case ValueRole:
        return group.value;
    case CountRole:
        return group.count;
    default:
        return {};
    }
}

} // namespace ct
