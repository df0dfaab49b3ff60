#pragma once

#include "postingledger.h"

#include "keyedtablemodel.h"

namespace ct {

// The postings the ERP rejected, by reason, kind and currency (rejectionReasons()): the most frequent
// first. A reason is the ERP's own text, shown as plain text.
class RejectionReasonModel : public KeyedTableModel<RejectionReasonRow> {
    Q_OBJECT
public:
    enum Column { Reason, Kind, Currency, Count, Amount, Newest, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit RejectionReasonModel(QObject* parent = nullptr);
    void setRows(const QList<RejectionReasonRow>& rows, Timestamp now);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const RejectionReasonRow& r) const override
    {
        return r.reason + QLatin1Char('\x1f') + r.kind + QLatin1Char('\x1f') + r.currency;
    }

private:
    Timestamp m_now;
};

} // namespace ct
