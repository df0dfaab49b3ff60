#pragma once

#include "posting.h"

#include "keyedtablemodel.h"

namespace ct {

// Postings per business day, kind and currency: awaiting, posted, rejected, counts and amounts.
class PostingSummaryModel : public KeyedTableModel<PostingDay> {
    Q_OBJECT
public:
    enum Column { Day, Kind, Currency, Awaiting, AwaitingAmount, Posted, PostedAmount, PostedTax, Rejected, RejectedAmount,
                  OldestAwaiting, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };
    enum class Status { Clear, Awaiting, Rejected };

    explicit PostingSummaryModel(QObject* parent = nullptr);
    void setDays(const QList<PostingDay>& days, Timestamp now);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1,234.56": minor units in the user's locale, two decimals.
    static QString formatMoney(qint64 minor);

protected:
    QString rowKey(const PostingDay& d) const override
    {
        return QString::number(d.day) + QLatin1Char('\x1f') + d.kind + QLatin1Char('\x1f') + d.currency;
    }

private:
    Timestamp m_now;
};

} // namespace ct
