#include "failedmessagemodel.h"

#include "plaintext.h"
#include "storeservice.h"
#include "timeformat.h"

namespace ct {
FailedMessageModel::FailedMessageModel(StoreService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FailedMessageModel::refresh);
}

void FailedMessageModel::setQuery(const FailedMessageQuery& query)
{
    m_query = query;
    m_query.afterDeathAt = {};
    m_query.afterKey.clear();
    m_refs.cancel();
    m_count.cancel();
    m_block.cancel();
    beginResetModel();
    m_index.clear();
    m_next.clear();
    m_cache.clear();
    m_stale.clear();
    m_wantedBlocks.clear();
    m_blockInFlight = false;
    m_rowCount = 0;
    m_total = 0;
    m_counted = false;
    m_complete = false;
    m_refreshing = false;
    m_refreshPending = false;
    m_refreshTimer.stop();
    m_lastRefreshMs = 0;  // another list: its cost is not known yet
    endResetModel();
    readFirstRows(false);
}

void FailedMessageModel::refresh()
{
    if (!m_complete || m_refreshing) {
        m_refreshPending = true;  // after the read under way
        return;
    }
    // Paced by what the last one cost: a list of a million rows takes a second or two to read again,
    // and a live store changes many times a second. Reading it back to back would keep a connection
    // busy for good; twice its cost apart, a small list still follows at once.
    const qint64 wait = 2 * m_lastRefreshMs - (m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : 0);
    if (wait > 0) {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start(int(qMin<qint64>(wait, 60'000)));
        return;
    }
    m_refreshStarted.start();
    m_refreshing = true;
    m_next.clear();
    readFirstRows(true);
}

void FailedMessageModel::readFirstRows(bool refreshing)
{
    FailedMessageQuery q = m_query;
    q.withBodies = false;
    q.limit = m_firstRows;
    if (!refreshing) {
        // Counted on another connection at the same time: a count of a million rows takes longer
        // than the first rows, which need not wait for it.
        m_count = m_service->read<qint64>(
            this, [q](TelemetryStore& store) { return store.countFailedMessages(q); },
            [this](const Expected<qint64>& total) {
                if (!total)
                    return fail(total.error());
                if (!m_complete)  // else the list itself is the count
                    setTotal(total.value());
            });
    }
    m_refs = m_service->read<QList<FailedMessage>>(
        this, [q](TelemetryStore& store) { return store.failedMessages(q); },
        [this, refreshing](const Expected<QList<FailedMessage>>& first) {
            if (!first)
                return fail(first.error());
            if (!refreshing)
                return applyFirstRows(first.value());
            for (const FailedMessage& m : first.value())
                m_next.append({m.lastDeathAt, m.key});
            if (first->size() < m_firstRows)
                swapIn();
            else
                readMoreRefs();
        });
}

void FailedMessageModel::setTotal(qint64 total)
{
    m_total = total;
    m_counted = true;
    Q_EMIT counted();
}

void FailedMessageModel::applyFirstRows(const QList<FailedMessage>& first)
{
    if (!first.isEmpty()) {
        beginInsertRows({}, 0, int(first.size()) - 1);
        for (const FailedMessage& m : first)
            m_index.append({m.lastDeathAt, m.key});
        m_rowCount = int(m_index.size());
        endInsertRows();
        m_cache.insert(0, first);
    }
    Q_EMIT loaded();
    if (first.size() < m_firstRows)
        finishIndex();
    else
        readMoreRefs();
}

void FailedMessageModel::finishIndex()
{
    m_complete = true;
    m_count.cancel();
    setTotal(m_index.size());
    Q_EMIT completed();
    if (std::exchange(m_refreshPending, false))
        refresh();
}

void FailedMessageModel::readMoreRefs()
{
    const FailedMessageIndex& target = m_refreshing ? m_next : m_index;
    FailedMessageQuery q = m_query;
    const FailedMessageRef last = target.refAt(target.size() - 1);
    q.afterDeathAt = last.lastDeathAt;
    q.afterKey = last.key;
    q.limit = m_positionsPerRead;
    m_refs = m_service->read<QList<FailedMessageRef>>(
        this, [q](TelemetryStore& store) { return store.failedMessageRefs(q); },
        [this](const Expected<QList<FailedMessageRef>>& refs) {
            if (!refs)
                return fail(refs.error());
            const bool done = refs->size() < m_positionsPerRead;
            if (m_refreshing) {
                for (const FailedMessageRef& r : refs.value())
                    m_next.append(r);
                return done ? swapIn() : readMoreRefs();
            }
            if (!refs->isEmpty()) {
                beginInsertRows({}, m_rowCount, m_rowCount + int(refs->size()) - 1);
                m_index.reserve(m_index.size() + refs->size());
                for (const FailedMessageRef& r : refs.value())
                    m_index.append(r);
                m_rowCount = int(m_index.size());
                endInsertRows();
            }
            if (!done)
                return readMoreRefs();
            finishIndex();
        });
}

void FailedMessageModel::swapIn()
{
    const int oldCount = m_rowCount;
    const int newCount = int(m_next.size());
    if (newCount > oldCount) {  // room first: a layout change keeps the row count
        beginInsertRows({}, oldCount, newCount - 1);
        m_rowCount = newCount;
        endInsertRows();
    }
    // What was on screen stays there, marked for reading again, until its block arrives.
    m_stale = m_cache.byKey();
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        const qsizetype row = index.isValid() && index.row() < m_index.size() ? m_next.rowOf(m_index.refAt(index.row())) : -1;
        to.append(row >= 0 ? this->index(int(row), index.column()) : QModelIndex());
    }
    std::swap(m_index, m_next);
    m_next.clear();
    m_cache.clear();
    m_block.cancel();
    m_blockInFlight = false;
    m_wantedBlocks.clear();
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rowCount = newCount;
        endRemoveRows();
    }
    setTotal(m_index.size());
    m_now = Timestamp::now();
    m_refreshing = false;
    m_lastRefreshMs = m_refreshStarted.elapsed();
    m_sinceRefresh.start();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
    Q_EMIT refreshed();
    if (std::exchange(m_refreshPending, false))
        refresh();
}

void FailedMessageModel::wantBlock(int block) const
{
    m_wantedBlocks.insert(block);
    if (std::exchange(m_blockRequestQueued, true))
        return;
    // After the paint that asked: every block it needs goes in one read.
    QMetaObject::invokeMethod(const_cast<FailedMessageModel*>(this), &FailedMessageModel::requestWantedBlocks,
                              Qt::QueuedConnection);
}

void FailedMessageModel::requestWantedBlocks()
{
    m_blockRequestQueued = false;
    if (m_blockInFlight || m_wantedBlocks.isEmpty())
        return;  // asked again when the read under way arrives
    QList<int> blocks(m_wantedBlocks.cbegin(), m_wantedBlocks.cend());
    m_wantedBlocks.clear();
    FailedMessageQuery q;
    q.withBodies = false;
    QList<std::pair<int, QStringList>> keysByBlock;
    for (int block : std::as_const(blocks)) {
        QStringList keys;
        const qsizetype first = qsizetype(block) * FailedMessageRowCache::kBlockRows;
        for (qsizetype row = first; row < qMin(m_index.size(), first + FailedMessageRowCache::kBlockRows); ++row)
            keys.append(m_index.keyAt(row));
        q.keys += keys;
        keysByBlock.append({block, keys});
    }
    q.limit = int(q.keys.size());
    if (q.keys.isEmpty())
        return;
    m_blockInFlight = true;
    m_block = m_service->read<QList<FailedMessage>>(
        this, [q](TelemetryStore& store) { return store.failedMessages(q); },
        [this, keysByBlock](const Expected<QList<FailedMessage>>& rows) {
            m_blockInFlight = false;
            if (!rows)
                return fail(rows.error());
            QHash<QString, FailedMessage> byKey;
            for (const FailedMessage& m : rows.value())
                byKey.insert(m.key, m);
            for (const auto& [block, keys] : keysByBlock) {
                QList<FailedMessage> blockRows;
                blockRows.reserve(keys.size());
                for (const QString& key : keys)
                    blockRows.append(byKey.value(key));  // gone since: an empty row until the next refresh
                m_cache.insert(block, std::move(blockRows));
                const int first = block * FailedMessageRowCache::kBlockRows;
                const int last = qMin(m_rowCount, first + FailedMessageRowCache::kBlockRows) - 1;
                if (last >= first)
                    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
            }
            requestWantedBlocks();
        });
}

void FailedMessageModel::fail(const StoreError& error)
{
    m_refreshing = false;
    m_refreshPending = false;
    Q_EMIT failed(error);
}

QString FailedMessageModel::keyAt(int row) const
{
    return row >= 0 && row < m_index.size() ? m_index.keyAt(row) : QString();
}

int FailedMessageModel::rowOfKey(const QString& key) const
{
    return int(m_index.findKey(key));
}

const FailedMessage* FailedMessageModel::cachedMessage(int row) const
{
    if (row < 0 || row >= m_index.size())
        return nullptr;
    if (const FailedMessage* m = m_cache.find(row))
        return m;
    wantBlock(FailedMessageRowCache::blockOf(row));
    const auto stale = m_stale.constFind(m_index.keyAt(row));
    return stale == m_stale.cend() ? nullptr : &*stale;
}

int FailedMessageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int FailedMessageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedMessageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == KeyRole)
        return keyAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole && role != StatusRole)
        return {};
    const FailedMessage* found = cachedMessage(index.row());
    if (!found)
        return role == Qt::DisplayRole && index.column() == Age ? QVariant(QStringLiteral("…")) : QVariant();
    const FailedMessage& m = *found;
    switch (role) {
    case StatusRole:
        switch (m.state) {
        case FailedMessageState::Open:
        case FailedMessageState::Quarantined:
        case FailedMessageState::Unconfirmed:
            return int(Status::Open);
        case FailedMessageState::Replaying:
        case FailedMessageState::Replayed:
            return int(Status::InProgress);
        case FailedMessageState::Verified:
        case FailedMessageState::Resolved:
        case FailedMessageState::Discarded:
            break;
        }
        return int(Status::Closed);
    case SortRole:
        if (index.column() == Age)
            return m.lastDeathAt.micros();
        if (index.column() == Deaths)
            return m.deathCount;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Age)
            return absoluteTime(m.lastDeathAt);
        if (index.column() == Reason)
            return plainToolTip(m.errorText);
        return {};
    default:
        break;
    }
    switch (Column(index.column())) {
    case Age:
        return relativeTime(m.lastDeathAt, m_now);
    case Queue:
        return m.queue;
    case ErrorClass:
        return m.errorClass;
    case CorrelationId:
        return m.correlationId;
    case MessageId:
        return m.messageId;
    case Reason:
        return m.errorText;
    case Deaths:
        return m.deathCount;
    case State:
        return m.snoozedUntil > m_now ? tr("%1, snoozed").arg(failedMessageStateName(m.state))
                                      : failedMessageStateName(m.state);
    case Assignee:
        return m.assignee;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FailedMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Age:
        return tr("Failed");
    case Queue:
        return tr("Queue");
    case ErrorClass:
        return tr("Error class");
    case CorrelationId:
        return tr("Correlation id");
    case MessageId:
        return tr("Message id");
    case Reason:
        return tr("Reason");
    case Deaths:
        return tr("Deaths");
    case State:
        return tr("State");
    case Assignee:
        return tr("Assignee");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
