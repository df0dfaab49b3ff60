// Inventory and price deltas with their explanations (issue 15; ARCHITECTURE.md §9: pages read what
// they need, never the whole store): `ctower deltas` over the estate of 50k SKUs at 20 nodes (3 DCs
// and 17 stores, every DC and part of every store stocking each SKU: about 1.3M positions), next to
// a plain SQL GROUP BY that only finds the SKU x node cells whose systems disagree, measured in the
// same run on the same store. Budget: < 500 ms. Median of several runs, SQLite and PostgreSQL.
// Run: ./dev bench deltas [--runs N] [--skus N] [--no-postgres]      (not part of ctest)
#include "flowlibrary.h"
#include "inventorydeltaquery.h"
#include "median.h"
#include "simulator/demorun.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace ct;
using bench::median;

namespace {

struct Figures {
    QList<double> groupBy, deltas, prices;
    qsizetype rows = 0, causes = 0, residual = 0, cells = 0, priceRows = 0;
};

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The baseline: the cells that disagree, by SQL alone, through a connection of its own.
qsizetype groupBy(const QString& url, const QString& name)
{
    QSqlDatabase db;
    if (url.startsWith(QLatin1String("postgres"))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl u(url);
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url);
    }
    if (!db.open())
        return -1;
    QSqlQuery q(db);
    const QString table = url.startsWith(QLatin1String("postgres")) ? QStringLiteral("ctower.inventory_positions")
                                                                      : QStringLiteral("inventory_positions");
    if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT sku, node FROM %1 GROUP BY sku, node "
                               "HAVING min(on_hand) <> max(on_hand)) AS d").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool measure(const QString& url, int runs, Figures* f)
{
    auto store = openStore(url, OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().text));
        return false;
    }
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    const DeltaRules rules;
    const DeltaFilter differences; // |delta| >= 1, as `ctower deltas` and the page ask
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        f->cells = groupBy(url, QStringLiteral("bench-groupby-%1").arg(run));
        f->groupBy << msSince(t);
        QSqlDatabase::removeDatabase(QStringLiteral("bench-groupby-%1").arg(run));

        t.start();
        auto deltas = readInventoryDeltas(*store.value(), flows, rules, differences, Timestamp::now());
        f->deltas << msSince(t);
        if (!deltas) {
            std::fprintf(stderr, "%s\n", qPrintable(deltas.error().text));
            return false;
        }
        f->rows = deltas->size();
        f->causes = f->residual = 0;
        for (const InventoryDelta& d : deltas.value()) {
            f->causes += d.causes.size();
            f->residual += d.residual != 0;
        }
        t.start();
        auto prices = readPriceDeltas(*store.value(), flows, rules, differences, Timestamp::now());
        f->prices << msSince(t);
        if (!prices)
            return false;
        f->priceRows = prices->size();
    }
    return true;
}

void print(const char* engine, const Figures& f)
{
    std::printf("  %s\n", engine);
    std::printf("    %-58s %8.1f ms   (baseline: %lld cells disagree)\n", "plain SQL GROUP BY of the cells that disagree",
                median(f.groupBy), qlonglong(f.cells));
    std::printf("    %-58s %8.1f ms   %.2fx the GROUP BY (budget < 500 ms)\n",
                "deltas with their explanations (ctower deltas)", median(f.deltas), median(f.deltas) / median(f.groupBy));
    std::printf("    %-58s %lld rows, %lld causes, %lld with a residual\n", "", qlonglong(f.rows), qlonglong(f.causes),
                qlonglong(f.residual));
    std::printf("    %-58s %8.1f ms   (%lld rows)\n", "price deltas with their campaigns (--measure price)", median(f.prices),
                qlonglong(f.priceRows));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs (default 5); medians shown."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("skus"), QStringLiteral("SKUs of the estate (default 50000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("no-postgres"), QStringLiteral("SQLite only.")});
    parser.process(app);
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 5;
    QString error;
    SimulationConfig config = SimulationConfig::withDefaults(&error);
    config.skus = parser.isSet(QStringLiteral("skus")) ? parser.value(QStringLiteral("skus")).toInt() : 50000;
    config.stores = 17; // and 3 DCs: 20 nodes

    QStringList urls;
    QTemporaryDir dir;
    urls << dir.filePath(QStringLiteral("deltas.db"));
    std::unique_ptr<test::ScratchDatabase> scratch;
    if (!parser.isSet(QStringLiteral("no-postgres")) && !test::postgresServerUrl(&error).isEmpty()) {
        scratch = std::make_unique<test::ScratchDatabase>();
        urls << scratch->url();
    }
    qint64 positions = 0;
    for (const QString& url : urls) {
        std::fprintf(stderr, "filling %s with the estate (%d SKUs, 20 nodes)…\n", url.startsWith(QLatin1String("postgres")) ? "PostgreSQL" : "SQLite",
                     config.skus);
        auto store = openStore(url, OpenMode::ReadWrite);
        auto filled = store ? fillWithDemo(*store.value(), config, true) : Expected<DemoOutcome>(store.error());
        if (!filled) {
            std::fprintf(stderr, "%s\n", qPrintable(filled.error().text));
            return 1;
        }
        positions = filled->ingested.inventoryUpserted;
    }
    std::printf("\ninventory deltas over %lld positions (%d SKUs x 20 nodes x their systems), median of %d runs\n",
                qlonglong(positions), config.skus, runs);
    for (const QString& url : urls) {
        Figures f;
        if (!measure(url, runs, &f))
            return 1;
        print(url.startsWith(QLatin1String("postgres")) ? "PostgreSQL" : "SQLite", f);
    }
    return 0;
}
