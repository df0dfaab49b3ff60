#pragma once

#include "postingledger.h"

#include "keyedtablemodel.h"

namespace ct {

// The awaiting postings by how long they wait (< 1 h, 1–4 h, 4–24 h, > 1 day) and currency: count,
// amount and the oldest, youngest bucket first (postingAging()).
class PostingAgingModel : public KeyedTableModel<PostingAgingRow> {
    Q_OBJECT
public:
    enum Column { Bucket, Currency, Count, Amount, Oldest, ColumnCount };
    enum Role { SortRole = Qt::UserRole, BucketRole };

    explicit PostingAgingModel(QObject* parent = nullptr);
    void setRows(const QList<PostingAgingRow>& rows, Timestamp now);

    // "< 1 h", "1–4 h", "4–24 h", "> 1 day".
    static QString bucketLabel(AgingBucket bucket);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const PostingAgingRow& r) const override
    {
        return agingBucketCode(r.bucket) + QLatin1Char('\x1f') + r.currency;
    }

private:
    Timestamp m_now;
};

} // namespace ct
