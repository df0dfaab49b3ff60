#include "postgrespartitions.h"

#include "postgresconnection.h"
#include "writetransaction.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace ct {
namespace {

const QString& doingCreate()
{
    static const QString doing = QStringLiteral("creating the day partitions of the events");
    return doing;
}

qint64 boundValue(QString text)
{
    text.remove(QLatin1Char('\''));  // negative bounds come quoted: FROM ('-5')
    if (text == QLatin1String("MINVALUE"))
        return std::numeric_limits<qint64>::min();
    if (text == QLatin1String("MAXVALUE"))
        return std::numeric_limits<qint64>::max();
    return text.toLongLong();
}

} // namespace

QString PostgresPartitions::nameFor(qint32 day)
{
    const QDate date = QDate(1970, 1, 1).addDays(day);
    if (date.year() >= 1 && date.year() <= 9999)
        return QStringLiteral("events_d") + date.toString(u"yyyyMMdd");
    return QStringLiteral("events_day_") + (day < 0 ? QStringLiteral("m%1").arg(-qint64(day)) : QString::number(day));
}

bool PostgresPartitions::covers(qint32 day) const
{
    if (m_hasDefault)
        return true;
    for (const auto& [from, to] : m_ranges) {
        if (from <= day && day < to)
            return true;
    }
    return false;
}

StoreError PostgresPartitions::load(PostgresConnection& connection)
{
    auto bounds = connection.exec("SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i "
                                  "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'ctower.events'::regclass",
                                  QStringLiteral("reading the day partitions of the events"));
    if (!bounds)
        return bounds.error();
    static const QRegularExpression range(QStringLiteral(R"(FROM \(([^)]+)\) TO \(([^)]+)\))"));
    m_ranges.clear();
    m_hasDefault = false;
    for (int row = 0; row < bounds->rows(); ++row) {
        const QString bound = bounds->text(row, 0);
        if (bound == QLatin1String("DEFAULT")) {
            m_hasDefault = true;
            continue;
        }
        const QRegularExpressionMatch m = range.match(bound);
        if (m.hasMatch())
            m_ranges.append({boundValue(m.captured(1)), boundValue(m.captured(2))});
    }
    m_loaded = true;
    return {};
}

StoreError PostgresPartitions::ensure(PostgresConnection& connection, const QList<qint32>& days)
{
    if (!m_loaded) {
        if (auto e = load(connection); e.isError())
            return e;
    }
    if (std::all_of(days.cbegin(), days.cend(), [this](qint32 day) { return covers(day); }))
        return {};

    const auto run = [&connection](const char* sql, const QString& doing) {
        auto r = connection.command(sql, doing);
        return r ? StoreError{} : r.error();
    };
    WriteTransaction tx(run);
    tx.onRollback([this] { m_loaded = false; });  // the ranges may name partitions that were never made
    if (auto e = tx.begin("BEGIN", doingCreate()); e.isError())
        return e;
    // Under the lock the catalog shows what other writers created meanwhile, so no two create one day.
    if (auto e = connection.lockForTransaction(AdvisoryLock::Partitions, doingCreate()); e.isError())
        return e;
    if (auto e = load(connection); e.isError())
        return e;
    for (const qint32 day : days) {
        if (covers(day))
            continue;
        // The day and the name are numbers computed here, never text from outside.
        // The schema owner's function (migration 13): the ingest role may not create tables itself.
        const QString sql = QStringLiteral("SELECT ctower.create_event_partition('%1', %2)").arg(nameFor(day)).arg(day);
        if (auto e = run(sql.toUtf8().constData(), doingCreate()); e.isError())
            return e;
        m_ranges.append({day, qint64(day) + 1});
    }
    return tx.commit(doingCreate());
}

} // namespace ct
