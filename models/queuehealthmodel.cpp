#include "queuehealthmodel.h"

#include <QLocale>

namespace ct {

QueueHealthModel::QueueHealthModel(QObject* parent)
    : KeyedTableModel<QueueHealth>(parent)
{
}

void QueueHealthModel::setQueues(const QList<QueueHealth>& queues)
{
    updateRows(queues);
}

int QueueHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueHealthModel::verdictText(QueueHealth::Verdict verdict)
{
    switch (verdict) {
    case QueueHealth::Verdict::Ok:
        return tr("ok");
    case QueueHealth::Verdict::Idle:
        return tr("idle");
    case QueueHealth::Verdict::DeadLetters:
        return tr("dead letters");
    case QueueHealth::Verdict::NoConsumers:
        return tr("no consumers");
    case QueueHealth::Verdict::FallingBehind:
        return tr("falling behind");
    }
    return {};
}

QVariant QueueHealthModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QueueHealth& q = rowAt(index.row());
    const auto raw = [&q](int column) -> QVariant {
        switch (Column(column)) {
        case Queue:
            return q.name;
        case Messages:
            return q.messages;
        case Ready:
            return q.ready;
        case Unacknowledged:
            return q.unacknowledged;
        case Consumers:
            return q.consumers;
        case PublishRate:
            return q.publishRate;
        case DeliverRate:
            return q.deliverRate;
        case AckRate:
            return q.ackRate;
        case Verdict:
            return int(q.verdict);
        case ColumnCount:
            break;
        }
        return {};
    };
    switch (role) {
    case StatusRole:
        return int(q.verdict);
    case SortRole:
        return raw(index.column());
    case Qt::TextAlignmentRole:
        return index.column() > Queue && index.column() < Verdict ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Verdict ? QVariant(q.summary) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Queue:
            return q.name;
        case PublishRate:
        case DeliverRate:
        case AckRate:
            return tr("%1/s").arg(QLocale().toString(raw(index.column()).toDouble(), 'f', 1));
        case Verdict:
            return QString(verdictText(q.verdict) + QStringLiteral(" \u2014 ") + q.summary);
        default:
            return QLocale().toString(raw(index.column()).toLongLong());
        }
    default:
        return {};
    }
}

QVariant QueueHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Queue:
        return tr("Queue");
    case Messages:
        return tr("Depth");
    case Ready:
        return tr("Ready");
    case Unacknowledged:
        return tr("Unacked");
    case Consumers:
        return tr("Consumers");
    case PublishRate:
        return tr("Publish");
    case DeliverRate:
        return tr("Deliver");
    case AckRate:
        return tr("Ack");
    case Verdict:
        return tr("Verdict");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
