#include "postingentrymodel.h"

#include "moneytext.h"
#include "timeformat.h"

#include <QLocale>


namespace ct {

PostingEntryModel::PostingEntryModel(QObject* parent)
    : KeyedTableModel<PostingEntry>(parent)
{
}

void PostingEntryModel::setEntries(QList<PostingEntry> entries, Timestamp now)
{
    m_now = now;
    resetRows(oldestFirst(std::move(entries)));
}

int PostingEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingEntryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostingEntry& e = rowAt(index.row());
    const qint64 ageMicros = m_now.micros() - e.at.micros();
    switch (role) {
    case StatusRole:
        return int(e.state == PostingState::Rejected  ? Status::Rejected
                   : e.state == PostingState::Awaiting ? Status::Awaiting
                                                       : Status::Posted);
    case CorrelationRole:
        return e.correlationId;
    case SortRole:
        switch (Column(index.column())) {
        case At:
            return e.at.micros();
        case Amount:
            return e.amountMinor;
        case Tax:
            return e.taxMinor ? QVariant(*e.taxMinor) : QVariant();
        case Age:
            return ageMicros;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() == Amount || index.column() == Tax || index.column() == Age
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        return index.column() == At || index.column() == Age ? absoluteTime(e.at) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case At:
            return absoluteTime(e.at);
        case Kind:
            return e.kind;
        case State:
            return e.state == PostingState::Rejected  ? tr("rejected")
                 : e.state == PostingState::Awaiting ? tr("awaiting")
                                                     : tr("posted");
        case CorrelationId:
            return e.correlationId;
        case BusinessId:
            return e.subject;
        case Amount:
            return moneyText(e.amountMinor, e.currency, QLocale());
        case Tax:
            return e.taxMinor ? moneyText(*e.taxMinor, e.currency, QLocale()) : QString();
        case Age:
            return formatDuration(double(ageMicros) / 1e6);
        case Reason:
            return e.reason;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant PostingEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case At:
        return tr("At");
    case Kind:
        return tr("Kind");
    case State:
        return tr("State");
    case CorrelationId:
        return tr("Correlation id");
    case BusinessId:
        return tr("Business id");
    case Amount:
        return tr("Amount");
    case Tax:
        return tr("Tax");
    case Age:
        return tr("Age");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
