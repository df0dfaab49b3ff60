#pragma once

#include "failedmessage.h"
#include "failedmessagequery.h"
#include "storeerror.h"
#include "storeticket.h"

#include <QAbstractTableModel>

namespace ct {

class StoreService;

// Failed messages matching a query, newest failure first, fetched from the store a page at a time
// as the view scrolls (canFetchMore/fetchMore); replies to an older query are dropped.
class FailedMessageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Age, Queue, ErrorClass, Reason, CorrelationId, Deaths, State, Assignee, MessageId, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };
    enum class Status { Open, InProgress, Closed };

    explicit FailedMessageModel(StoreService* service, QObject* parent = nullptr);

    void setQuery(const FailedMessageQuery& query);
    const FailedMessageQuery& query() const { return m_query; }
    qint64 totalCount() const { return m_total; }
    const FailedMessage& messageAt(int row) const { return m_rows.at(row); }
    void setReferenceTime(Timestamp now) { m_now = now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loaded();                       // the first page of a query arrived
    void failed(const ct::StoreError& error);

private:
    void appendPage(const QList<FailedMessage>& page);

    StoreService* m_service;
    StoreTicket m_first;
    StoreTicket m_more;
    FailedMessageQuery m_query;
    QList<FailedMessage> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
    Timestamp m_now = Timestamp::now();
};

} // namespace ct
