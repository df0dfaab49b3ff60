// The orders in flight on both SQL engines, in two statements: their events and their failed messages.
// Which orders are in flight is the in-flight rollup's definition (a first-stage event since the window's
// start, no event at the last stage), found through the events' time index and probed by correlation id.
#include "eventcolumns.h"
#include "failedmessagecolumns.h"
#include "sqlstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ct {

Expected<OpenOrders> SqlStore::openOrders(const QList<FlowSpan>& spans, Timestamp since)
{
    OpenOrders open;
    if (spans.isEmpty())
        return open;
    QStringList inFlight;
    for (qsizetype i = 0; i < spans.size(); ++i)
        inFlight << QStringLiteral("SELECT f.correlation_id FROM events f WHERE f.occurred_at >= ? AND f.flow = ? "
                                   "AND f.stage = ? AND NOT EXISTS (SELECT 1 FROM events l WHERE "
                                   "l.correlation_id = f.correlation_id AND l.flow = f.flow AND l.stage = ?)");
    const QString candidates = inFlight.join(QStringLiteral(" UNION "));
    const auto bindSpans = [&](QSqlQuery& q) {
        for (const FlowSpan& s : spans) {
            q.addBindValue(since.micros());
            q.addBindValue(s.flow);
            q.addBindValue(s.firstStage);
            q.addBindValue(s.lastStage);
        }
    };

    QSqlQuery events(m_db);
    events.setForwardOnly(true);
    events.prepare(QStringLiteral("SELECT %1 FROM events WHERE correlation_id IN (%2)")
                       .arg(QLatin1String(VerdictEventColumns::names()), candidates));
    bindSpans(events);
    if (!events.exec())
        return errorFrom(events.lastError(), QStringLiteral("reading the orders in flight"));
    while (events.next())
        open.events.append(VerdictEventColumns::read(events));

    QSqlQuery failed(m_db);
    failed.setForwardOnly(true);
    failed.prepare(QStringLiteral("SELECT %1 FROM failed_messages WHERE correlation_id IN (%2)")
                       .arg(QLatin1String(FailedMessageColumns::names()), candidates));
    bindSpans(failed);
    if (!failed.exec())
        return errorFrom(failed.lastError(), QStringLiteral("reading the failed messages of the orders in flight"));
    while (failed.next())
        open.failedMessages.append(FailedMessageColumns::read(failed));
    return open;
}

} // namespace ct
