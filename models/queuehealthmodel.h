#pragma once

#include "queuehealth.h"

#include "keyedtablemodel.h"

namespace ct {

// Broker health, one row per queue: depth, consumers, rates and the verdict with its sentence.
// StatusRole is the row's QueueHealth::Verdict as an int; a refresh updates the rows in place.
class QueueHealthModel : public KeyedTableModel<QueueHealth> {
    Q_OBJECT
public:
    enum Column { Queue, Messages, Ready, Unacknowledged, Consumers, PublishRate, DeliverRate, AckRate, Verdict, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };

    explicit QueueHealthModel(QObject* parent = nullptr);
    void setQueues(const QList<QueueHealth>& queues);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "no consumers", "falling behind", ...: the verdict in words of the user's language.
    static QString verdictText(QueueHealth::Verdict verdict);

protected:
    QString rowKey(const QueueHealth& q) const override { return q.name; }
};

} // namespace ct
