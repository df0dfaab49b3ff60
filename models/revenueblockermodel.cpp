#include "revenueblockermodel.h"

#include "moneytext.h"
#include "timeformat.h"

#include <QLocale>

namespace ct {

void RevenueBlockerModel::setBlockers(QList<RevenueBlocker> blockers, Timestamp now)
{
    m_now = now;
    updateRows(std::move(blockers));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Since), index(rowCount() - 1, Since));  // "since" moves on with now
}

QVariant RevenueBlockerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RevenueBlocker& b = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Order:
            return b.order.isEmpty() ? b.correlationId : b.order;
        case Amount:
            return moneyText(b.amountMinor, b.currency, QLocale());
        case Where:
            return b.system.isEmpty() ? b.stageName : tr("%1 (%2)").arg(b.stageName, b.system);
        case Since:
            if (b.since.isNull())
                return QString();
            return b.verdict == Verdict::Failed ? tr("failed %1").arg(relativeTime(b.since, m_now))
                                                : tr("overdue %1").arg(formatDuration(qMax<qint64>(0, m_now.micros() - b.since.micros()) / 1e6));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Since && !b.since.isNull())
            return absoluteTime(b.since);
        if (index.column() == Where && !b.reason.isEmpty())
            return b.reason.toHtmlEscaped();  // a tooltip that looks like HTML is rendered as such
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Order:
            return b.order.isEmpty() ? b.correlationId : b.order;
        case Amount:
            return b.amountMinor;
        case Where:
            return b.stageName;
        case Since:
            return b.since.micros();
        default:
            return {};
        }
    case StatusRole:
        return int(b.verdict == Verdict::Failed ? Failed : Stuck);
    case CorrelationRole:
        return b.correlationId;
    default:
        return {};
    }
}

QVariant RevenueBlockerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("Order");
    case Amount:
        return tr("Amount");
    case Where:
        return tr("Stopped at");
    case Since:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace ct
