#include "audittrailmodel.h"

#include "timeformat.h"

namespace ct {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

void AuditTrailModel::setEntries(const QList<AuditEntry>& entries)
{
    m_verification = verifyAuditChain(entries);
    QList<AuditRow> rows;
    rows.reserve(entries.size());
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {  // newest first
        const bool verified = m_verification.verdicts.at(i) == AuditBreak::None;
        const bool several = !entries.at(i).targets.isEmpty();
        const QList<AuditEntry> parts = entries.at(i).perTarget();
        for (qsizetype p = parts.size() - 1; p >= 0; --p)
            rows.append({parts.at(p), verified, several ? int(p) : -1, int(parts.size())});
    }
    updateRows(std::move(rows));
}

const AuditEntry& AuditTrailModel::entryAt(int row) const
{
    return rowAt(row).entry;
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = rowAt(index.row()).entry;
    switch (role) {
    case StatusRole:
        return int(rowAt(index.row()).verified ? ChainStatus::Verified : ChainStatus::Broken);
    case SortRole:
        if (index.column() == At)
            return e.at.micros();
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case At:
            return absoluteTime(e.at);
        case Actor:
            return e.actor;
        case Role:
            return e.role;
        case Action:
            return e.action;
        case Target:
            return e.target;
        case Result:
            return e.result;
        case Detail:
            return e.detail;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == At)
            return e.at.toIso();
        return {};
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case At:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
