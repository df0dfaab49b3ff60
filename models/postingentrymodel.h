#pragma once

#include "postingledger.h"

#include "keyedtablemodel.h"

namespace ct {

// The postings behind a figure of the Posting page, one row each: when, kind, state, correlation and
// business id, amount and tax in the locale with the currency, how long ago, the reason of a rejection.
class PostingEntryModel : public KeyedTableModel<PostingEntry> {
    Q_OBJECT
public:
    enum Column { At, Kind, State, CorrelationId, BusinessId, Amount, Tax, Age, Reason, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, CorrelationRole };
    enum class Status { Posted, Awaiting, Rejected };

    explicit PostingEntryModel(QObject* parent = nullptr);
    // Oldest first; `now` is what ages are measured from.
    void setEntries(QList<PostingEntry> entries, Timestamp now);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const PostingEntry& e) const override
    {
        return e.kind + QLatin1Char('\x1f') + e.correlationId + QLatin1Char('\x1f') + QString::number(e.at.micros());
    }

private:
    Timestamp m_now;
};

} // namespace ct
