#include "postingsummarymodel.h"

#include "timeformat.h"

#include <QLocale>

namespace ct {

PostingSummaryModel::PostingSummaryModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

void PostingSummaryModel::setDays(const QList<PostingDay>& days, Timestamp now)
{
    m_now = now;
    updateRows(days);
}

QString PostingSummaryModel::formatMoney(qint64 minor)
{
    return QLocale().toString(double(minor) / 100.0, 'f', 2);
}

int PostingSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostingDay& d = rowAt(index.row());
    const auto raw = [&d](int column) -> QVariant {
        switch (Column(column)) {
        case Day:
            return d.day;
        case Kind:
            return d.kind;
        case Currency:
            return d.currency;
        case Awaiting:
            return d.awaitingCount;
        case AwaitingAmount:
            return d.awaitingMinor;
        case Posted:
            return d.postedCount;
        case PostedAmount:
            return d.postedMinor;
        case PostedTax:
            return d.postedTaxed > 0 ? QVariant(d.postedTaxMinor) : QVariant();
        case Rejected:
            return d.rejectedCount;
        case RejectedAmount:
            return d.rejectedMinor;
        case OldestAwaiting:
            return d.oldestAwaiting.micros();
        case ColumnCount:
            break;
        }
        return {};
    };
    switch (role) {
    case StatusRole:
        return int(d.rejectedCount ? Status::Rejected : d.awaitingCount ? Status::Awaiting : Status::Clear);
    case SortRole:
        return raw(index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Awaiting && index.column() <= RejectedAmount
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Day:
            return Timestamp::fromSeconds(d.day * 86400).toDateTime().date().toString(Qt::ISODate);
        case AwaitingAmount:
        case PostedAmount:
        case RejectedAmount:
            return formatMoney(raw(index.column()).toLongLong());
        case PostedTax:
            return d.postedTaxed > 0 ? formatMoney(d.postedTaxMinor) : QString();
        case Awaiting:
        case Posted:
        case Rejected:
            return QLocale().toString(raw(index.column()).toLongLong());
        case OldestAwaiting:
            return d.oldestAwaiting.isNull() ? QString() : relativeTime(d.oldestAwaiting, m_now);
        default:
            return raw(index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == OldestAwaiting && !d.oldestAwaiting.isNull())
            return absoluteTime(d.oldestAwaiting);
        if (index.column() == PostedTax && d.postedTaxed > 0 && d.postedTaxed < d.postedCount)
            return tr("%1 of %2 posted state their tax").arg(QLocale().toString(d.postedTaxed), QLocale().toString(d.postedCount));
        return {};
    default:
        return {};
    }
}

QVariant PostingSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == PostedTax)
        return tr("The tax included in the posted amount, as the postings state it; empty when none states it");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Day:
        return tr("Business day");
    case Kind:
        return tr("Kind");
    case Currency:
        return tr("Currency");
    case Awaiting:
        return tr("Awaiting");
    case AwaitingAmount:
        return tr("Awaiting amount");
    case Posted:
        return tr("Posted");
    case PostedAmount:
        return tr("Posted amount");
    case PostedTax:
        return tr("Posted tax");
    case Rejected:
        return tr("Rejected");
    case RejectedAmount:
        return tr("Rejected amount");
    case OldestAwaiting:
        return tr("Oldest awaiting");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
