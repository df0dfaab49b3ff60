#include "failedmessagemodel.h"

#include "plaintext.h"
#include "storeservice.h"
#include "timeformat.h"

namespace ct {
FailedMessageModel::FailedMessageModel(StoreService* service, QObject* parent)
    : KeyedTableModel(parent)
    , m_service(service)
{
}

void FailedMessageModel::setQuery(const FailedMessageQuery& query)
{
    m_query = query;
    m_query.afterDeathAt = {};
    m_query.afterKey.clear();
    m_total = 0;
    m_fetching = true;  // before the reset: a view asks for more as soon as it hears of it
    m_refreshPending = false;
    resetRows({});
    m_more.cancel();
    m_first = readFirstPage(m_query, [this](const FirstPage& page) {
        m_total = page.total;
        appendRows(page.rows);
        settle();  // only now: a view may ask for more while the rows go in
        Q_EMIT loaded();
    });
}

void FailedMessageModel::refresh()
{
    if (m_fetching) {
        m_refreshPending = true;  // after the answer under way
        return;
    }
    FailedMessageQuery q = m_query;
    q.limit = qMax(m_query.limit, int(m_rows.size()));
    m_fetching = true;
    m_first = readFirstPage(q, [this](const FirstPage& page) {
        m_total = page.total;
        m_now = Timestamp::now();
        updateRows(page.rows);
        settle();
        Q_EMIT refreshed();
    });
}

void FailedMessageModel::settle()
{
    m_fetching = false;
    if (std::exchange(m_refreshPending, false))
        refresh();
}

StoreTicket FailedMessageModel::readFirstPage(const FailedMessageQuery& query, std::function<void(const FirstPage&)> apply)
{
    return m_service->read<FirstPage>(
        this,
        [query](TelemetryStore& store) -> Expected<FirstPage> {
            auto total = store.countFailedMessages(query);
            if (!total)
                return total.error();
            auto rows = store.failedMessages(query);
            if (!rows)
                return rows.error();
            return FirstPage{total.value(), rows.value()};
        },
        [this, apply = std::move(apply)](const Expected<FirstPage>& page) {
            if (!page) {
                settle();
                Q_EMIT failed(page.error());
                return;
            }
            apply(page.value());
        });
}

bool FailedMessageModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && !m_rows.isEmpty() && m_rows.size() < m_total;
}

void FailedMessageModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    FailedMessageQuery q = m_query;
    q.afterDeathAt = m_rows.constLast().lastDeathAt;
    q.afterKey = m_rows.constLast().key;
    m_more = m_service->read<QList<FailedMessage>>(
        this, [q](TelemetryStore& store) { return store.failedMessages(q); },
        [this](const Expected<QList<FailedMessage>>& page) {
            if (page)
                appendRows(page.value());
            settle();
            if (!page)
                Q_EMIT failed(page.error());
        });
}

int FailedMessageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedMessageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FailedMessage& m = rowAt(index.row());
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
    case Qt::DisplayRole:
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
            return failedMessageStateName(m.state);
        case Assignee:
            return m.assignee;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
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
