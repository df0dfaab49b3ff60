#pragma once

#include "failedmessage.h"
#include "failedmessagequery.h"
#include "storeerror.h"
#include "storeticket.h"

#include "keyedtablemodel.h"

namespace ct {

class StoreService;

// Failed messages matching a query, newest failure first, fetched from the store a page at a time
// as the view scrolls (canFetchMore/fetchMore); replies to an older query are dropped.
class FailedMessageModel : public KeyedTableModel<FailedMessage> {
    Q_OBJECT
public:
    enum Column { Age, Queue, ErrorClass, Reason, CorrelationId, Deaths, State, Assignee, MessageId, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };
    enum class Status { Open, InProgress, Closed };

    explicit FailedMessageModel(StoreService* service, QObject* parent = nullptr);

    void setQuery(const FailedMessageQuery& query);
    // Reads the same query again, as far as the rows already fetched, and updates them in place.
    void refresh();
    const FailedMessageQuery& query() const { return m_query; }
    qint64 totalCount() const { return m_total; }
    const FailedMessage& messageAt(int row) const { return rowAt(row); }
    void setReferenceTime(Timestamp now) { m_now = now; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loaded();                       // the first page of a query arrived
    void refreshed();                    // a refresh() arrived
    void failed(const ct::StoreError& error);

protected:
    QString rowKey(const FailedMessage& m) const override { return m.key; }

private:
    struct FirstPage {
        qint64 total = 0;
        QList<FailedMessage> rows;
    };
    void settle();
    StoreTicket readFirstPage(const FailedMessageQuery& query, std::function<void(const FirstPage&)> apply);

    StoreService* m_service;
    StoreTicket m_first;
    StoreTicket m_more;
    FailedMessageQuery m_query;
    qint64 m_total = 0;
    bool m_fetching = false;
    bool m_refreshPending = false;
    Timestamp m_now = Timestamp::now();
};

} // namespace ct
