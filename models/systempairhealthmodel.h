#pragma once

#include "integrationoverview.h"
#include "keyedtablemodel.h"

namespace ct {

// One row per system pair: from, to, messages, p50 and p95 sync latency, errors, integrity rate.
// A re-read updates in place, so the selected pair stays selected.
class SystemPairHealthModel : public KeyedTableModel<PairHealth> {
    Q_OBJECT
public:
    enum Column { From, To, Messages, P50, P95, Errors, Integrity, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, KeyRole };

    explicit SystemPairHealthModel(QObject* parent = nullptr);
    void setPairs(const QList<PairHealth>& pairs);
    // The row of the pair with this key (pairKey()), or -1.
    int rowOf(const QString& key) const;
    static QString pairKey(const PairHealth& pair) { return pair.from + QLatin1Char('\x1f') + pair.to; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const PairHealth& pair) const override { return pairKey(pair); }
};

} // namespace ct
