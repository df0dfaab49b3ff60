#include "rejectionreasonmodel.h"

#include "moneytext.h"
#include "timeformat.h"

#include <QLocale>

namespace ct {

RejectionReasonModel::RejectionReasonModel(QObject* parent)
    : KeyedTableModel<RejectionReasonRow>(parent)
{
}

void RejectionReasonModel::setRows(const QList<RejectionReasonRow>& rows, Timestamp now)
{
    m_now = now;
    updateRows(rows);
}

int RejectionReasonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionReasonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectionReasonRow& r = rowAt(index.row());
    switch (role) {
    case SortRole:
        switch (Column(index.column())) {
        case Count:
            return r.count;
        case Amount:
            return r.amountMinor;
        case Newest:
            return r.newestAt.micros();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() == Count || index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Newest ? absoluteTime(r.newestAt) : index.column() == Reason ? r.reason : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Reason:
            return r.reason.isEmpty() ? tr("(no reason recorded)") : r.reason;
        case Kind:
            return r.kind;
        case Currency:
            return r.currency;
        case Count:
            return QLocale().toString(r.count);
        case Amount:
            return moneyText(r.amountMinor, r.currency, QLocale());
        case Newest:
            return relativeTime(r.newestAt, m_now);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant RejectionReasonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Reason:
        return tr("Reason");
    case Kind:
        return tr("Kind");
    case Currency:
        return tr("Currency");
    case Count:
        return tr("Postings");
    case Amount:
        return tr("Amount");
    case Newest:
        return tr("Latest");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
