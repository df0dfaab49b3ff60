// The Inventory page's refresh from the systems (StorePositionRefresher) against the mock system APIs
// over real HTTP, writing through a real store's StoreService: the selected cells come back exactly as
// the systems hold them; progress comes before done; cancel answers with what was written; a missing
// systems file, a selection no system serves, a second refresh and a store that refuses the write each
// answer with one clear sentence.
#include "apiprocess.h"
#include "servedsystems.h"

#include "positionapi/storepositionrefresher.h"
#include "store/storefactory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ct;
using namespace ct::test;

namespace {

// What one refresh answered.
struct Answer {
    QList<RefreshProgress> progress;
    std::optional<Expected<RefreshOutcome>> done;
};

SystemsSource fixedSystems(const Expected<SystemsAccess>& access)
{
    return [access](std::function<void(const Expected<SystemsAccess>&)> done) { done(access); };
}

void start(PositionRefresher& refresher, const QList<PositionCell>& cells, const QList<Measure>& measures, Answer& answer)
{
    refresher.refresh(
        cells, measures, [&answer](const RefreshProgress& p) { answer.progress.append(p); },
        [&answer](const Expected<RefreshOutcome>& o) { answer.done = o; });
}

// The rows of `table` at the cells, from a "|"-joined tableRows() list.
QStringList atCells(const QStringList& rows, const QList<PositionCell>& cells)
{
    QStringList out;
    for (const QString& row : rows) {
        for (const PositionCell& c : cells) {
            if (row.section(QLatin1Char('|'), 0, 0) == c.sku && row.section(QLatin1Char('|'), 1, 1) == c.node)
                out << row;
        }
    }
    out.sort();
    return out;
}

} // namespace

class TestStorePositionRefresher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refreshWritesTheSelectedCells();
    void cancelAnswersWithWhatWasWritten();
    void whyNothingWasAsked();
    void aStoreThatRefusesTheWriteIsAnError();

private:
    QString freshStore(const QString& name);
    SystemsConfig config(int maxConcurrency = 4) const;

    QTemporaryDir m_dir;
    QString m_demoStore;
    QList<PositionCell> m_cells;   // a DC's and a store's SKU
    std::unique_ptr<ApiProcess> m_api;
};

void TestStorePositionRefresher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demoStore = m_dir.filePath(QStringLiteral("demo.db"));
    const auto filled = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), m_demoStore} + kEstate);
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    m_api = std::make_unique<ApiProcess>(kEstate + kWellBehaved);
    QVERIFY2(m_api->port() != 0, m_api->everything().constData());
    QString dcSku, storeSku;
    for (const QString& row : tableRows(m_demoStore, QStringLiteral("inventory_positions"))) {
        const QStringList c = row.split(QLatin1Char('|'));
        if (c.at(2) == QLatin1String("wms") && c.at(1) == QLatin1String("DC-EAST") && dcSku.isEmpty())
            dcSku = c.at(0);
        if (c.at(2) == QLatin1String("pos") && c.at(1) == QLatin1String("ST-002") && storeSku.isEmpty())
            storeSku = c.at(0);
    }
    QVERIFY(!dcSku.isEmpty() && !storeSku.isEmpty());
    m_cells = {{dcSku, QStringLiteral("DC-EAST")}, {storeSku, QStringLiteral("ST-002")}};
}

QString TestStorePositionRefresher::freshStore(const QString& name)
{
    const QString path = m_dir.filePath(name);
    const auto made = runCtower({QStringLiteral("migrate"), QStringLiteral("--store"), path});
    return made.exitCode == 0 ? path : QString();
}

SystemsConfig TestStorePositionRefresher::config(int maxConcurrency) const
{
    return configOf(systemsJson(m_api->port(), [=](QJsonObject& s) {
        s.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("none")}});
        s.insert(QStringLiteral("max_concurrency"), maxConcurrency);
    }));
}

void TestStorePositionRefresher::refreshWritesTheSelectedCells()
{
    const QString path = freshStore(QStringLiteral("cells.db"));
    QVERIFY(!path.isEmpty());
    StoreServiceOptions options;
    options.openReader = [path] { return openStore(path, OpenMode::ReadOnly); };
    options.openWriter = [path] { return openStore(path, OpenMode::ReadWrite); };
    StoreService service(std::move(options));
    StorePositionRefresher refresher(&service, fixedSystems(SystemsAccess{config(), {}}), DeltaRules());
    Answer answer;
    start(refresher, m_cells, {Measure::Inventory, Measure::Prices}, answer);
    QVERIFY(refresher.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(answer.done.has_value(), 120'000);
    QVERIFY(!refresher.isRunning());
    QVERIFY2(answer.done->ok(), qPrintable(answer.done->error().text));
    const RefreshOutcome& outcome = answer.done->value();
    QCOMPARE(outcome.progress.errors(), 0);
    QVERIFY(!outcome.progress.cancelled);
    QVERIFY(!answer.progress.isEmpty());
    for (const RefreshProgress& p : std::as_const(answer.progress)) {
        for (const SystemProgress& s : p.systems)
            QVERIFY(s.done <= s.total);
    }
    // Every position of the two cells, stock and prices, as the systems hold them - and nothing else.
    const QStringList stock = atCells(tableRows(m_demoStore, QStringLiteral("inventory_positions")), m_cells);
    const QStringList prices = atCells(tableRows(m_demoStore, QStringLiteral("price_positions")), m_cells);
    QVERIFY(stock.size() >= 4);
    QCOMPARE(atCells(tableRows(path, QStringLiteral("inventory_positions")), m_cells), stock);
    QCOMPARE(tableRows(path, QStringLiteral("inventory_positions")).size(), stock.size());
    QCOMPARE(atCells(tableRows(path, QStringLiteral("price_positions")), m_cells), prices);
    QCOMPARE(outcome.written, qint64(stock.size() + tableRows(path, QStringLiteral("price_positions")).size()));
}

void TestStorePositionRefresher::cancelAnswersWithWhatWasWritten()
{
    // Every ERP answer is slow, one at a time: the refresh of many cells is still under way when cancelled.
    ApiProcess slow(kEstate + kWellBehaved + QStringList{QStringLiteral("--api-fault"), QStringLiteral("slow=/erp")});
    QVERIFY2(slow.port() != 0, slow.everything().constData());
    const SystemsConfig config = configOf(systemsJson(slow.port(), [](QJsonObject& s) {
        s.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("none")}});
        s.insert(QStringLiteral("max_concurrency"), 1);
    }));
    QList<PositionCell> cells;
    for (const QString& row : tableRows(m_demoStore, QStringLiteral("inventory_positions"))) {
        if (row.section(QLatin1Char('|'), 2, 2) == QLatin1String("erp"))
            cells.append({row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1, 1)});
    }
    QVERIFY(cells.size() > 20);
    const QString path = freshStore(QStringLiteral("cancel.db"));
    StoreServiceOptions options;
    options.openReader = [path] { return openStore(path, OpenMode::ReadOnly); };
    options.openWriter = [path] { return openStore(path, OpenMode::ReadWrite); };
    StoreService service(std::move(options));
    StorePositionRefresher refresher(&service, fixedSystems(SystemsAccess{config, {}}), DeltaRules());
    Answer answer;
    start(refresher, cells, {Measure::Inventory}, answer);
    // A second refresh while one runs is refused at once, and the first goes on.
    Answer second;
    start(refresher, cells, {Measure::Inventory}, second);
    QVERIFY(second.done && !second.done->ok());
    QCOMPARE(second.done->error().code, StoreError::Code::Refused);
    QTRY_VERIFY_WITH_TIMEOUT(!answer.progress.isEmpty(), 60'000);
    refresher.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(answer.done.has_value(), 60'000);
    QVERIFY2(answer.done->ok(), qPrintable(answer.done->error().text));
    QVERIFY(answer.done->value().progress.cancelled);
    const qint64 stored = tableRows(path, QStringLiteral("inventory_positions")).size();
    QCOMPARE(answer.done->value().written, stored);
    QVERIFY(stored < qint64(cells.size()) * 3);  // not every cell's every system was asked
    QVERIFY(!refresher.isRunning());
}

void TestStorePositionRefresher::whyNothingWasAsked()
{
    StoreService service([this] { return openStore(m_demoStore, OpenMode::ReadOnly); });
    // No systems file: the source's sentence comes through as it is.
    StorePositionRefresher missing(&service,
                                   fixedSystems(StoreError::make(StoreError::Code::NotFound, QStringLiteral("no systems file: x"))),
                                   DeltaRules());
    Answer answer;
    start(missing, m_cells, {Measure::Inventory}, answer);
    QTRY_VERIFY(answer.done.has_value());
    QVERIFY(!answer.done->ok());
    QCOMPARE(answer.done->error().text, QStringLiteral("no systems file: x"));
    QVERIFY(!missing.isRunning());

    // A systems file with no system that serves the measure asked for.
    SystemsConfig stockOnly = config();
    for (SystemApi& s : stockOnly.systems)
        s.prices = PositionEndpoints();
    StorePositionRefresher noPrices(&service, fixedSystems(SystemsAccess{stockOnly, {}}), DeltaRules());
    Answer none;
    start(noPrices, m_cells, {Measure::Prices}, none);
    QTRY_VERIFY(none.done.has_value());
    QVERIFY(!none.done->ok());
    QVERIFY(none.done->error().text.startsWith(QLatin1String("no system in the systems file serves")));
}

void TestStorePositionRefresher::aStoreThatRefusesTheWriteIsAnError()
{
    StoreService readOnly([this] { return openStore(m_demoStore, OpenMode::ReadOnly); }); // no writer
    StorePositionRefresher refresher(&readOnly, fixedSystems(SystemsAccess{config(), {}}), DeltaRules());
    Answer answer;
    start(refresher, m_cells, {Measure::Inventory}, answer);
    QTRY_VERIFY_WITH_TIMEOUT(answer.done.has_value(), 120'000);
    QVERIFY(!answer.done->ok());
    QVERIFY2(answer.done->error().text.startsWith(QLatin1String("the positions read could not be written to the store: ")),
             qPrintable(answer.done->error().text));
    QVERIFY(!refresher.isRunning());
}

QTEST_GUILESS_MAIN(TestStorePositionRefresher)
#include "tst_storepositionrefresher.moc"
