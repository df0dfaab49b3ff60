#pragma once

#include "failedmessage.h"
#include "failedmessageindex.h"
#include "failedmessagequery.h"
#include "failedmessagerowcache.h"
#include "storeerror.h"
#include "storeticket.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

namespace ct {

class StoreService;

// Failed messages matching a query, newest failure first, for a table that stays smooth at a million
// rows. The first rows come in one read, the count in another beside it; then the position of every matching row
// (FailedMessageIndex, 24 bytes a row) arrives in keyset pages, and the columns of only the rows on
// screen are read, a block at a time, into a small cache. refresh() reads the list again and swaps
// it in at once, moving the selection with its messages.
class FailedMessageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Age, Queue, ErrorClass, Reason, CorrelationId, Deaths, State, Assignee, MessageId, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, KeyRole };
    enum class Status { Open, InProgress, Closed };

    explicit FailedMessageModel(StoreService* service, QObject* parent = nullptr);

    void setQuery(const FailedMessageQuery& query);
    // Reads the same query again and applies it in place.
    void refresh();
    const FailedMessageQuery& query() const { return m_query; }
    // How many match: known once counted() (which the first rows do not wait for).
    qint64 totalCount() const { return m_total; }
    bool isCounted() const { return m_counted; }
    // Whether every matching row's position has arrived.
    bool isComplete() const { return m_complete; }
    QString keyAt(int row) const;
    // The row of the message with this key; -1 when it is not in the list (or not yet known).
    int rowOfKey(const QString& key) const;
    // The row's columns when they have been read (no headers or payload); nullptr until then.
    const FailedMessage* cachedMessage(int row) const;
    void setReferenceTime(Timestamp now) { m_now = now; }
    // How many rows come with the count, and how many positions each later read brings.
    void setPaging(int firstRows, int positionsPerRead)
    {
        m_firstRows = firstRows;
        m_positionsPerRead = positionsPerRead;
    }
    // What the model holds for its rows, in bytes (the index; the cache is bounded).
    qsizetype bytesHeld() const { return m_index.bytesHeld(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();                       // the first rows of a query arrived
    void counted();                      // totalCount() is known, or changed
    void refreshed();                    // a refresh() was applied
    void completed();                    // every row's position has arrived
    void failed(const ct::StoreError& error);

private:
    void readFirstRows(bool refreshing);
    void setTotal(qint64 total);
    void finishIndex();
    void readMoreRefs();
    void applyFirstRows(const QList<FailedMessage>& first);
    void swapIn();
    void requestWantedBlocks();
    void wantBlock(int block) const;
    void fail(const StoreError& error);

    StoreService* m_service;
    FailedMessageQuery m_query;
    FailedMessageIndex m_index;        // what the table shows
    FailedMessageIndex m_next;         // a refresh being read
    bool m_refreshing = false;
    bool m_refreshPending = false;
    bool m_complete = false;
    qint64 m_total = 0;
    bool m_counted = false;
    qint64 m_nextTotal = 0;
    int m_rowCount = 0;
    StoreTicket m_refs;
    StoreTicket m_count;
    StoreTicket m_block;
    bool m_blockInFlight = false;
    mutable FailedMessageRowCache m_cache;
    QHash<QString, FailedMessage> m_stale;  // what was on screen before a refresh, until re-read
    mutable QSet<int> m_wantedBlocks;
    mutable bool m_blockRequestQueued = false;
    Timestamp m_now = Timestamp::now();
    QTimer m_refreshTimer;          // a refresh asked for too soon after the last
    QElapsedTimer m_refreshStarted;
    QElapsedTimer m_sinceRefresh;   // since the last refresh was applied
    qint64 m_lastRefreshMs = 0;
    int m_firstRows = FailedMessageRowCache::kBlockRows;
    // A million rows in twenty reads, each short enough not to hold up other pages' reads for long.
    int m_positionsPerRead = 50'000;
};

} // namespace ct
