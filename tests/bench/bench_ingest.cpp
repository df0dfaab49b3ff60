// Ingest benchmark (ARCHITECTURE.md §9): the simulated estate written through the store, next to
// baselines measured in the same run on the same data:
//   SQLite   store with its indexes  vs  the same code path without indexes  vs  raw sqlite3 C API inserts
//   PostgreSQL store (COPY) with its indexes  vs  the same code path without indexes
// Run: ./dev bench [--passes N] [--no-postgres]     (not part of ctest: it measures, tests assert)
#include "simulator/retailsimulator.h"
#include "simulator/simulationconfig.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace ct;

namespace {

struct Dataset {
    QList<IngestBatch> batches;
    qint64 events = 0;
};

// The default estate; a later pass simulates the following week, as a store grows in production.
Dataset generate(int pass)
{
    QString error;
    SimulationConfig config = SimulationConfig::withDefaults(&error);
    config.until = config.until.plusSeconds(double(pass - 1) * 7 * 86400);
    Dataset data;
    // The simulator numbers its transactions from 1 in every run: a later week gets ids of its own, as
    // a store that keeps growing would (the same ids would join last week's transactions instead).
    const QString week = pass > 1 ? QStringLiteral("W%1-").arg(pass) : QString();
    RetailSimulator(config).run([&](IngestBatch& batch) {
        if (!week.isEmpty()) {
            for (Event& e : batch.events)
                e.correlationId.prepend(week);
            for (FailedMessage& m : batch.failedMessages)
                m.correlationId.prepend(week);
            for (InjectedFault& f : batch.faults)
                f.correlationId.prepend(week);
        }
        data.events += batch.events.size();
        data.batches.append(std::move(batch));
        batch.clear();
        return true;
    });
    return data;
}

// Events per second through a store; -1 on failure (printed).
double ingestRate(TelemetryStore& store, const Dataset& data)
{
    QElapsedTimer t;
    t.start();
    for (const IngestBatch& batch : data.batches) {
        auto r = store.ingest(batch);
        if (!r) {
            std::fprintf(stderr, "ingest failed: %s\n", qPrintable(r.error().text));
            return -1;
        }
    }
    return double(data.events) / (double(t.nsecsElapsed()) / 1e9);
}

std::unique_ptr<TelemetryStore> freshStore(const QString& url)
{
    auto s = openStore(url, OpenMode::ReadWrite);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().text));
        return nullptr;
    }
    return std::move(s).value();
}

bool dropIndexes(const QString& url, const QStringList& statements)
{
    for (const QString& sql : statements) {
        const QString error = test::execRaw(url, sql);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(error));
            return false;
        }
    }
    return true;
}

// The limit: prepared inserts of the same rows through the bare C API, no indexes, same batching.
double rawSqliteRate(const QString& path, const Dataset& data)
{
    sqlite3* db = nullptr;
    sqlite3_open(qPrintable(path), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
    sqlite3_exec(db,
                 "CREATE TABLE events (seq INTEGER PRIMARY KEY, key TEXT, id TEXT, source TEXT, correlation_id TEXT, "
                 "causation_id TEXT, flow TEXT, stage TEXT, type TEXT, node TEXT, subject TEXT, status TEXT, "
                 "occurred_at INTEGER, recorded_at INTEGER, sku TEXT, quantity INTEGER, amount_minor INTEGER, "
                 "currency TEXT, content_type TEXT, payload BLOB, attributes TEXT)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO events (key, id, source, correlation_id, causation_id, flow, stage, type, node, "
                       "subject, status, occurred_at, recorded_at, sku, quantity, amount_minor, currency, content_type, "
                       "payload, attributes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    for (const IngestBatch& batch : data.batches) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const Event& e : batch.events) {
            QByteArray text[16] = {e.key.toUtf8(),  e.id.toUtf8(),    e.source.toUtf8(), e.correlationId.toUtf8(),
                                   e.causationId.toUtf8(), e.flow.toUtf8(), e.stage.toUtf8(), e.type.toUtf8(),
                                   e.node.toUtf8(), e.subject.toUtf8(), QByteArrayLiteral("ok"), e.sku.toUtf8(),
                                   e.currency.toUtf8(), e.contentType.toUtf8(), e.attributes, {}};
            int i = 1;
            for (int k = 0; k < 11; ++k)
                sqlite3_bind_text(st, i++, text[k].constData(), int(text[k].size()), SQLITE_STATIC);
            sqlite3_bind_int64(st, i++, e.occurredAt.micros());
            sqlite3_bind_int64(st, i++, e.recordedAt.micros());
            sqlite3_bind_text(st, i++, text[11].constData(), int(text[11].size()), SQLITE_STATIC);
            e.quantity ? sqlite3_bind_int64(st, i++, *e.quantity) : sqlite3_bind_null(st, i++);
            e.amountMinor ? sqlite3_bind_int64(st, i++, *e.amountMinor) : sqlite3_bind_null(st, i++);
            sqlite3_bind_text(st, i++, text[12].constData(), int(text[12].size()), SQLITE_STATIC);
            sqlite3_bind_text(st, i++, text[13].constData(), int(text[13].size()), SQLITE_STATIC);
            sqlite3_bind_blob(st, i++, e.payload.constData(), int(e.payload.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, i++, text[14].constData(), int(text[14].size()), SQLITE_STATIC);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double rate = double(data.events) / (double(t.nsecsElapsed()) / 1e9);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rate;
}

void row(const char* what, double rate, double baseline, const char* budget)
{
    std::printf("  %-44s %10.0f events/s   %5.2f of baseline   %s\n", what, rate, baseline > 0 ? rate / baseline : 0.0,
                budget);
}

const char* verdict(bool ok)
{
    return ok ? "within budget" : "OVER BUDGET";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ingest benchmark of the telemetry store."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("passes"), QStringLiteral("Estates ingested one after another into the growing "
                                                               "SQLite store (default 3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("no-postgres"), QStringLiteral("Skip the PostgreSQL part.")});
    parser.process(app);
    const int passes = qMax(1, parser.value(QStringLiteral("passes")).toInt());

    std::printf("Generating the default simulated estate...\n");
    QElapsedTimer t;
    t.start();
    const Dataset data = generate(1);
    std::printf("  %lld events in %lld batches, generated in %.2f s (%.0f events/s)\n\n", data.events,
                qint64(data.batches.size()), double(t.elapsed()) / 1000, double(data.events) / (double(t.elapsed()) / 1000));

    QTemporaryDir dir(QStringLiteral("/tmp/ctower-bench.XXXXXX"));
    std::printf("SQLite (WAL, one transaction per batch):\n");
    const double raw = rawSqliteRate(dir.filePath(QStringLiteral("raw.db")), data);
    const QString noIndexUrl = dir.filePath(QStringLiteral("noindex.db"));
    auto noIndex = freshStore(noIndexUrl);
    // The rollups read a batch's transactions back through the correlation index, so the baseline keeps
    // that one: without it every lookup would scan the table (the ratio then prices the other index).
    if (!noIndex || !dropIndexes(noIndexUrl, {QStringLiteral("DROP INDEX events_day_source_id"),
                                              QStringLiteral("DROP INDEX events_recent")}))
        return 1;
    const double bare = ingestRate(*noIndex, data);
    auto indexed = freshStore(dir.filePath(QStringLiteral("indexed.db")));
    if (!indexed)
        return 1;
    const double withIndexes = ingestRate(*indexed, data);
    row("raw sqlite3 C API, no indexes (limit)", raw, raw, "");
    row("store, same code path, correlation index only", bare, raw, "");
    row("store with its indexes", withIndexes, raw, "");
    std::printf("  with indexes / without: %.2f (budget >= 0.60: %s); absolute: %.0f/s (budget >= 150000: %s)\n",
                withIndexes / bare, verdict(withIndexes / bare >= 0.6), withIndexes, verdict(withIndexes >= 150000));
    std::printf("  with indexes and rollups / raw inserts without either: %.2f\n", withIndexes / raw);

    std::printf("\nSQLite as the store grows (each pass the following week, with indexes):\n");
    qint64 stored = data.events;
    for (int pass = 2; pass <= passes; ++pass) {
        const Dataset more = generate(pass);
        std::printf("  pass %d at %lld events: %.0f events/s\n", pass, stored, ingestRate(*indexed, more));
        std::fflush(stdout);
        stored += more.events;
    }

    if (parser.isSet(QStringLiteral("no-postgres")))
        return 0;
    std::printf("\nPostgreSQL (COPY into staging, INSERT ... ON CONFLICT DO NOTHING, one transaction per batch):\n");
    test::ScratchDatabase pgBare;
    test::ScratchDatabase pgIndexed;
    if (!pgBare.isValid() || !pgIndexed.isValid()) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(pgBare.error()));
        return 1;
    }
    auto pgNoIndex = freshStore(pgBare.url());
    if (!pgNoIndex)
        return 1;
    if (!dropIndexes(pgBare.url(), {QStringLiteral("DROP INDEX ctower.events_key"),
                                     QStringLiteral("DROP INDEX ctower.events_source_id"),
                                     QStringLiteral("DROP INDEX ctower.events_recent")}))
        return 1;
    const double pgNo = ingestRate(*pgNoIndex, data);
    auto pgWith = freshStore(pgIndexed.url());
    if (!pgWith)
        return 1;
    const double pgYes = ingestRate(*pgWith, data);
    row("store, same code path, correlation index only", pgNo, pgNo, "");
    row("store with its indexes", pgYes, pgNo, "");
    std::printf("  with indexes / without: %.2f (budget >= 0.35: %s)\n", pgYes / pgNo, verdict(pgYes / pgNo >= 0.35));
    return 0;
}
