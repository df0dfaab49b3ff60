#include "postingagingmodel.h"

#include "moneytext.h"
#include "timeformat.h"

#include <QLocale>

namespace ct {

PostingAgingModel::PostingAgingModel(QObject* parent)
    : KeyedTableModel<PostingAgingRow>(parent)
{
}

void PostingAgingModel::setRows(const QList<PostingAgingRow>& rows, Timestamp now)
{
    m_now = now;
    updateRows(rows);
}

QString PostingAgingModel::bucketLabel(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::UnderHour:
        return tr("< 1 h");
    case AgingBucket::OneToFourHours:
        return tr("1–4 h");
    case AgingBucket::FourHoursToDay:
        return tr("4–24 h");
    case AgingBucket::OverDay:
        return tr("> 1 day");
    }
    return {};
}

int PostingAgingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingAgingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostingAgingRow& r = rowAt(index.row());
    switch (role) {
    case BucketRole:
        return int(r.bucket);
    case SortRole:
        switch (Column(index.column())) {
        case Bucket:
            return int(r.bucket);
        case Count:
            return r.count;
        case Amount:
            return r.amountMinor;
        case Oldest:
            return r.oldestAt.micros();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() == Count || index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Oldest ? absoluteTime(r.oldestAt) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Bucket:
            return bucketLabel(r.bucket);
        case Currency:
            return r.currency;
        case Count:
            return QLocale().toString(r.count);
        case Amount:
            return moneyText(r.amountMinor, r.currency, QLocale());
        case Oldest:
            return relativeTime(r.oldestAt, m_now);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant PostingAgingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Bucket:
        return tr("Waiting");
    case Currency:
        return tr("Currency");
    case Count:
        return tr("Postings");
    case Amount:
        return tr("Amount");
    case Oldest:
        return tr("Oldest");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
