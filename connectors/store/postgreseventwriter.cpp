#include "postgreseventwriter.h"

#include "eventcolumns.h"
#include "postgresconnection.h"
#include "postgrescopywriter.h"

#include <QHash>

namespace ct {
namespace {

// The statements, made once from the events' columns and the partition key after them.
struct Statements {
    const QByteArray columns = EventColumns::names() + ", day";
    // Made from the store's table, so types and collations match; emptied at every commit.
    const QByteArray createStaging =
        "CREATE TEMP TABLE IF NOT EXISTS ct_staging_events ON COMMIT DELETE ROWS AS SELECT " + columns
        + ", false AS other_day FROM ctower.events WITH NO DATA";
    const QByteArray copyUnseen = "COPY ctower.events (" + columns + ") FROM STDIN";
    const QByteArray copyStaged = "COPY pg_temp.ct_staging_events (" + columns + ", other_day) FROM STDIN";
    // The unique indexes (id, source, day) and (key, day) skip what the table holds on the same day.
    const QByteArray insertStaged = "INSERT INTO ctower.events (" + columns + ") SELECT " + columns
                                    + " FROM pg_temp.ct_staging_events WHERE NOT other_day ON CONFLICT DO NOTHING "
                                      "RETURNING source, id";
    // Events whose (source, id) was committed lately under another day: a redelivery if the table still
    // holds it on another day. The recent ids are only a hint (another connection may have cleared the
    // store, and they compare 64-bit fingerprints); these rows are rare, so probing every day is cheap.
    const QByteArray insertStagedOtherDay =
        "INSERT INTO ctower.events (" + columns + ") SELECT " + columns
        + " FROM pg_temp.ct_staging_events s WHERE s.other_day AND NOT EXISTS (SELECT 1 FROM ctower.events e "
          "WHERE e.id = s.id AND e.source = s.source AND e.day <> s.day) ON CONFLICT DO NOTHING RETURNING source, id";
};

const Statements& statements()
{
    static const Statements made;
    return made;
}

constexpr char kUniqueViolation[] = "23505";

const QString& doing()
{
    static const QString text = QStringLiteral("storing events");
    return text;
}

qint32 dayOf(const Event& e)
{
    return qint32(e.occurredAt.epochDay());
}

} // namespace

PostgresEventWriter::PostgresEventWriter(PostgresConnection& connection, PostgresCopyText& buffer)
    : m_connection(connection)
    , m_buffer(buffer)
{
}

StoreError PostgresEventWriter::prepare(const QList<Event>& events)
{
    if (!m_stagingReady) {
        if (auto r = m_connection.command(statements().createStaging.constData(), doing()); !r)
            return r.error();
        m_stagingReady = true;
    }
    QList<qint32> days;
    for (const Event& e : events) {
        const qint32 day = dayOf(e);
        if ((days.isEmpty() || days.constLast() != day) && !days.contains(day))
            days.append(day);
    }
    return m_partitions.ensure(m_connection, days);
}

void PostgresEventWriter::committed(const QList<Event>& events)
{
    for (const Event& e : events)
        m_recent.remember(e.source, e.id, dayOf(e));
}

void PostgresEventWriter::rolledBack()
{
    m_partitions.forget();  // the failure may have been a partition dropped behind our back
}

void PostgresEventWriter::encodeEvent(PostgresCopyText& row, const Event& e)
{
    EventColumns::write(e, row);
    row.integer(dayOf(e));
}

Expected<bool> PostgresEventWriter::copyUnseen(const QList<Event>& events, Plan* plan)
{
    if (auto r = m_connection.command("SAVEPOINT ct_direct_copy", doing()); !r)
        return r.error();
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(statements().copyUnseen.constData(), doing()); e.isError())
        return e;
    // Sorting the batch out while the rows stream lets the server insert one chunk while the next
    // is classified and encoded.
    QHash<size_t, qsizetype> firstInBatch;
    firstInBatch.reserve(events.size());
    plan->unseen.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event& e = events.at(i);
        // A repeat inside the batch is dropped here, exactly: the table would see it on the same day only.
        const size_t hash = qHashMulti(0, e.source, e.id);
        const auto first = firstInBatch.constFind(hash);
        if (first == firstInBatch.cend()) {
            firstInBatch.insert(hash, i);
        } else {
            const Event& earlier = events.at(*first);
            if (earlier.source == e.source && earlier.id == e.id)
                continue;  // the first one stands
        }
        if (m_recent.dayOf(e.source, e.id)) {
            plan->seen.append(i);
            continue;
        }
        plan->unseen.append(i);
        encodeEvent(copy.row(), e);
        copy.row().endRow();
        if (auto error = copy.rowDone(); error.isError())
            return error;
    }
    const StoreError copied = copy.finish();
    if (copied.isError() && copy.sqlState() != kUniqueViolation)
        return copied;
    if (copied.isError()) {
        if (auto r = m_connection.command("ROLLBACK TO SAVEPOINT ct_direct_copy", doing()); !r)
            return r.error();
    }
    if (auto r = m_connection.command("RELEASE SAVEPOINT ct_direct_copy", doing()); !r)
        return r.error();
    return !copied.isError();
}

Expected<qint64> PostgresEventWriter::insertStaged(const QList<Event>& events, const QList<qsizetype>& rows,
                                                   QList<qsizetype>* inserted)
{
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(statements().copyStaged.constData(), doing()); e.isError())
        return e;
    bool anyOtherDay = false;
    QHash<QPair<QString, QString>, qsizetype> rowOf;
    rowOf.reserve(rows.size());
    for (const qsizetype i : rows) {
        const Event& e = events.at(i);
        rowOf.insert({e.source, e.id}, i);
        const bool otherDay = m_recent.isDuplicateAcrossDays(e.source, e.id, dayOf(e));
        anyOtherDay = anyOtherDay || otherDay;
        encodeEvent(copy.row(), e);
        copy.row().boolean(otherDay);
        copy.row().endRow();
        if (auto error = copy.rowDone(); error.isError())
            return error;
    }
    if (auto e = copy.finish(); e.isError())
        return e;
    // The rows the table took, by (source, id): the rollups count those and only those.
    const auto take = [&](const PostgresResult& r) {
        for (int row = 0; row < r.rows(); ++row)
            inserted->append(rowOf.value({r.text(row, 0), r.text(row, 1)}, -1));
        return qint64(r.rows());
    };
    auto staged = m_connection.exec(statements().insertStaged.constData(), doing());
    if (!staged)
        return staged.error();
    qint64 n = take(staged.value());
    if (!anyOtherDay)
        return n;
    auto more = m_connection.exec(statements().insertStagedOtherDay.constData(), doing());
    if (!more)
        return more.error();
    return n + take(more.value());
}

StoreError PostgresEventWriter::write(const QList<Event>& events, IngestResult* result, QList<qsizetype>* inserted)
{
    if (events.isEmpty())
        return {};
    Plan plan;
    auto copied = copyUnseen(events, &plan);
    if (!copied)
        return copied.error();
    qint64 n = copied.value() ? plan.unseen.size() : 0;
    if (copied.value())
        *inserted += plan.unseen;
    else
        plan.seen += plan.unseen;  // the table held one of them already: the staging table sorts it out
    if (!plan.seen.isEmpty()) {
        auto staged = insertStaged(events, plan.seen, inserted);
        if (!staged)
            return staged.error();
        n += staged.value();
    }
    inserted->removeAll(-1);
    result->eventsInserted += n;
    result->eventsDuplicate += events.size() - n;
    return {};
}

} // namespace ct
