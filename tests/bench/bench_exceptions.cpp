// The Exceptions table over a million failed messages: first rows, every row's position, a jump to
// any row, and the memory the table holds per row, next to a QStandardItemModel of the same rows
// (ARCHITECTURE.md §9: <= 64 bytes per row held, first rows < 100 ms; QStandardItemModel ~1.7 KB a row).
// Run: ./dev bench exceptions [--rows N] [--runs N] [--no-postgres]   (not part of ctest)
#include "failedmessagemodel.h"
#include "failuregroups.h"
#include "failuresignature.h"
#include "median.h"
#include "store/storefactory.h"
#include "storeservice.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <malloc.h>

using namespace ct;
using bench::median;

namespace {

const Timestamp kNow = Timestamp::now();

FailedMessage failedMessage(int i)
{
    FailedMessage m;
    m.messageId = QStringLiteral("msg-%1").arg(i);
    m.correlationId = QStringLiteral("ORD-2026-%1").arg(i, 7, 10, QLatin1Char('0'));
    m.source = i % 3 == 0 ? QStringLiteral("erp") : QStringLiteral("oms");
    m.queue = QStringLiteral("queue-%1.dlq").arg(i % 40);
    m.errorClass = errorClassNames().at(i % errorClassNames().size());
    m.errorText = QStringLiteral("Account %1 is blocked for posting in company code %2").arg(140000 + i % 977).arg(i % 7);
    m.firstDeathAt = m.lastDeathAt = kNow.plusSeconds(-double(i) * 0.5);
    m.deathReason = QStringLiteral("rejected");
    m.headers = QByteArrayLiteral("{\"x-death\":[{\"count\":1,\"queue\":\"work\",\"reason\":\"rejected\"}]}");
    m.contentType = QStringLiteral("application/json");
    m.payload = QStringLiteral("{\"order_id\":\"ORD-2026-%1\",\"amount_minor\":%2,\"currency\":\"EUR\"}")
                    .arg(i)
                    .arg(1000 + i % 5000)
                    .toUtf8();
    return m;
}

bool fill(const QString& url, int rows)
{
    auto store = openStore(url, OpenMode::ReadWrite);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().text));
        return false;
    }
    for (int at = 0; at < rows; at += 10'000) {
        IngestBatch batch;
        for (int i = at; i < qMin(rows, at + 10'000); ++i)
            batch.failedMessages.append(failedMessage(i));
        if (auto r = store.value()->ingest(batch); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().text));
            return false;
        }
    }
    return true;
}

qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

// Runs the event loop until `done` holds (or 120 s pass).
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer limit;
    limit.start();
    while (!done() && limit.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

struct TableRun {
    double firstRowsMs = 0;
    double firstRowsAllStatesMs = 0;  // the lists that lead with the records: every state, one signature
    double firstRowsSignatureMs = 0;
    double allPositionsMs = 0;
    double jumpMs = 0;        // median time from asking for a far row to its columns on hand
    double bytesPerRow = 0;   // measured on the heap, cache included
    double indexBytesPerRow = 0;
};

// From asking for `q` to its first rows on hand, in a table of its own.
double firstRowsMs(const QString& url, const FailedMessageQuery& q)
{
    StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
    FailedMessageModel model(&service);
    bool loaded = false;
    QObject::connect(&model, &FailedMessageModel::loaded, [&] { loaded = true; });
    QElapsedTimer t;
    t.start();
    model.setQuery(q);
    waitFor([&] { return loaded; });
    return double(t.nsecsElapsed()) / 1e6;
}

TableRun measureTable(const QString& url)
{
    TableRun run;
    StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
    QCoreApplication::processEvents();
    malloc_trim(0);
    const qint64 before = heapInUse();
    auto model = std::make_unique<FailedMessageModel>(&service);
    bool loaded = false, completed = false;
    QObject::connect(model.get(), &FailedMessageModel::loaded, [&] { loaded = true; });
    QObject::connect(model.get(), &FailedMessageModel::completed, [&] { completed = true; });
    QElapsedTimer t;
    t.start();
    FailedMessageQuery q;
    q.state = FailedMessageState::Open;  // what the page opens on
    model->setQuery(q);
    waitFor([&] { return loaded; });
    run.firstRowsMs = double(t.nsecsElapsed()) / 1e6;
    waitFor([&] { return completed; });
    run.allPositionsMs = double(t.nsecsElapsed()) / 1e6;
    QList<double> jumps;
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < 21; ++i) {
        const int row = int(random->bounded(model->rowCount()));
        QElapsedTimer jump;
        jump.start();
        model->data(model->index(row, FailedMessageModel::Queue));
        waitFor([&] { return model->cachedMessage(row) != nullptr; });
        jumps << double(jump.nsecsElapsed()) / 1e6;
    }
    run.jumpMs = median(jumps);
    const double rows = qMax(1, model->rowCount());
    run.bytesPerRow = double(heapInUse() - before) / rows;
    run.indexBytesPerRow = double(model->bytesHeld()) / rows;
    model.reset();
    run.firstRowsAllStatesMs = firstRowsMs(url, {});
    FailedMessageQuery oneSignature;
    oneSignature.signature = failureSignature(failedMessage(0).errorText);
    run.firstRowsSignatureMs = firstRowsMs(url, oneSignature);
    return run;
}

// The baseline: the same rows' columns as standard items, per row (measured on `rows` rows).
double standardItemBytesPerRow(const QString& url, int rows)
{
    auto store = openStore(url, OpenMode::ReadOnly);
    if (!store)
        return -1;
    FailedMessageQuery q;
    q.withBodies = false;
    q.limit = rows;
    const auto messages = store.value()->failedMessages(q);
    if (!messages)
        return -1;
    malloc_trim(0);
    const qint64 before = heapInUse();
    {
        QStandardItemModel model(0, FailedMessageModel::ColumnCount);
        for (const FailedMessage& m : messages.value()) {
            model.appendRow({new QStandardItem(m.lastDeathAt.toIso()), new QStandardItem(m.queue),
                             new QStandardItem(m.errorClass), new QStandardItem(m.errorText),
                             new QStandardItem(m.correlationId), new QStandardItem(QString::number(m.deathCount)),
                             new QStandardItem(failedMessageStateName(m.state)), new QStandardItem(m.assignee),
                             new QStandardItem(m.messageId)});
        }
        return double(heapInUse() - before) / double(qMax<qsizetype>(1, messages->size()));
    }
}

// Reading every matching row's columns (what a table without keyset positions would need).
double readEveryRowMs(const QString& url)
{
    auto store = openStore(url, OpenMode::ReadOnly);
    if (!store)
        return -1;
    FailedMessageQuery q;
    q.state = FailedMessageState::Open;
    q.withBodies = false;
    q.limit = std::numeric_limits<int>::max();
    QElapsedTimer t;
    t.start();
    const auto all = store.value()->failedMessages(q);
    return all ? double(t.nsecsElapsed()) / 1e6 : -1;
}

void report(const char* engine, const QList<TableRun>& runs, double readAllMs)
{
    QList<double> first, allStates, signature, all, jump, bytes, index;
    for (const TableRun& r : runs) {
        first << r.firstRowsMs;
        allStates << r.firstRowsAllStatesMs;
        signature << r.firstRowsSignatureMs;
        all << r.allPositionsMs;
        jump << r.jumpMs;
        bytes << r.bytesPerRow;
        index << r.indexBytesPerRow;
    }
    std::printf("  %s\n", engine);
    std::printf("    %-46s %9.1f ms   (budget < 100 ms)\n", "first rows on screen", median(first));
    std::printf("    %-46s %9.1f ms\n", "first rows, every state", median(allStates));
    std::printf("    %-46s %9.1f ms\n", "first rows, one failure signature", median(signature));
    std::printf("    %-46s %9.1f ms\n", "every row's position (keyset pages)", median(all));
    std::printf("    %-46s %9.1f ms   (baseline, same run)\n", "reading every row's columns at once", readAllMs);
    std::printf("    %-46s %9.2f ms   (median of 21 random rows)\n", "a jump to any row: its columns on hand", median(jump));
    std::printf("    %-46s %9.1f B    (budget <= 64; the index alone %.1f B)\n", "held per row (heap, cache included)",
                median(bytes), median(index));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Failed messages (default 1,000,000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs (default 3)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("no-postgres"), QStringLiteral("SQLite only.")});
    parser.process(app);
    const int rows = parser.isSet(QStringLiteral("rows")) ? parser.value(QStringLiteral("rows")).toInt() : 1'000'000;
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 3;
    QString why;
    const bool postgres = !parser.isSet(QStringLiteral("no-postgres")) && !test::postgresServerUrl(&why).isEmpty();

    QTemporaryDir dir;
    const QString sqlite = dir.filePath(QStringLiteral("exceptions.db"));
    std::fprintf(stderr, "storing %d failed messages in SQLite…\n", rows);
    if (!fill(sqlite, rows))
        return 1;
    QList<TableRun> sqliteRuns;
    for (int run = 0; run < runs; ++run) {
        std::fprintf(stderr, "SQLite run %d of %d\n", run + 1, runs);
        sqliteRuns << measureTable(sqlite);
    }
    const double sqliteReadAll = readEveryRowMs(sqlite);
    const double standardBytes = standardItemBytesPerRow(sqlite, qMin(rows, 100'000));

    std::unique_ptr<test::ScratchDatabase> scratch;
    QList<TableRun> pgRuns;
    double pgReadAll = 0;
    if (postgres) {
        scratch = std::make_unique<test::ScratchDatabase>();
        std::fprintf(stderr, "storing %d failed messages in PostgreSQL…\n", rows);
        if (!fill(scratch->url(), rows))
            return 1;
        for (int run = 0; run < runs; ++run) {
            std::fprintf(stderr, "PostgreSQL run %d of %d\n", run + 1, runs);
            pgRuns << measureTable(scratch->url());
        }
        pgReadAll = readEveryRowMs(scratch->url());
    }

    std::printf("\nExceptions table, %d open failed messages, median of %d runs\n", rows, runs);
    std::printf("  %-48s %9.1f B    (baseline, same run, on %d rows)\n", "QStandardItemModel of the same columns, per row",
                standardBytes, qMin(rows, 100'000));
    report("SQLite", sqliteRuns, sqliteReadAll);
    if (postgres)
        report("PostgreSQL", pgRuns, pgReadAll);
    else
        std::printf("  PostgreSQL skipped: %s\n", qPrintable(why));
    return 0;
}
