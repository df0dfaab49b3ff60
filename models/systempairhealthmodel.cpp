#include "systempairhealthmodel.h"

#include "plaintext.h"
#include "timeformat.h"

#include <QLocale>

namespace ct {

SystemPairHealthModel::SystemPairHealthModel(QObject* parent)
    : KeyedTableModel<PairHealth>(parent)
{
}

void SystemPairHealthModel::setPairs(const QList<PairHealth>& pairs)
{
    updateRows(pairs);
}

int SystemPairHealthModel::rowOf(const QString& key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (pairKey(rowAt(row)) == key)
            return row;
    }
    return -1;
}

int SystemPairHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemPairHealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PairHealth& p = rowAt(index.row());
    switch (role) {
    case StatusRole:
        return int(pairStatus(p));
    case KeyRole:
        return pairKey(p);
    case SortRole:
        switch (Column(index.column())) {
        case Messages:
            return p.messages;
        case P50:
            return p.count > 0 ? QVariant(p.p50) : QVariant(-1.0);
        case P95:
            return p.count > 0 ? QVariant(p.p95) : QVariant(-1.0);
        case Errors:
            return p.errors;
        case Integrity:
            return p.messages > 0 ? QVariant(p.integrityRate()) : QVariant(2.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() >= Messages ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == P50 || index.column() == P95)
            return tr("%n change(s) crossed with a measured latency", nullptr, int(qMin<qint64>(p.count, INT_MAX)));
        if (index.column() == Integrity || index.column() == Messages || index.column() == Errors)
            return plainToolTip(tr("Messages received by %1 in the range, and those that failed").arg(p.to));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case From:
            return p.from;
        case To:
            return p.to;
        case Messages:
            return QLocale().toString(p.messages);
        case P50:
            return p.count > 0 ? formatDuration(p.p50) : tr("–");
        case P95:
            return p.count > 0 ? formatDuration(p.p95) : tr("–");
        case Errors:
            return QLocale().toString(p.errors);
        case Integrity:
            return p.messages > 0 ? QLocale().toString(100.0 * p.integrityRate(), 'f', 2) + QLatin1Char('%') : tr("–");
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant SystemPairHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Messages:
        return tr("Messages");
    case P50:
        return tr("p50");
    case P95:
        return tr("p95");
    case Errors:
        return tr("Errors");
    case Integrity:
        return tr("Integrity");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
