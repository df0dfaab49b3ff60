// The HTTP position connector against the mock system APIs (`ctower demo --serve-apis`) over real HTTP:
// `ctower refresh` writes exactly what `ctower demo --store` writes for the same estate; the POS layout
// is mapped by pointers; a selection asks only the systems at each node; 429, 503 and random 5xx are
// waited out; malformed JSON, a redirect to another origin, a timeout and a wrong token are errors of
// their system that name the path and never the token; cancel stops the refresh.
#include "apiprocess.h"
#include "servedsystems.h"

#include "positionapi/positionrefreshjob.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace ct;
using ct::test::ApiProcess;
using ct::test::runCtower;
using namespace ct::test;

namespace {

QProcessEnvironment tokenEnvironment(const QString& token)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CTOWER_DEMO_API_TOKEN"), token);
    return env;
}

QProcessEnvironment secretsEnvironment(const QString& secret)
{
    QProcessEnvironment env;
    for (const QString& system : kSystems)
        env.insert(apiSecretVariable(system), secret);
    return env;
}

// The mock APIs with their random answers as given, and the example file for them without credentials.
struct Misbehaving {
    explicit Misbehaving(const QString& rate, const QString& errorRate)
        : api(kEstate + QStringList{QStringLiteral("--api-rate"), rate, QStringLiteral("--api-error-rate"), errorRate,
                                    QStringLiteral("--api-slow-rate"), QStringLiteral("0")})
    {
    }
    SystemsConfig config(int pageSize, int maxRetries);
    ApiProcess api;
};

void setPageSize(QJsonObject& system, int size)
{
    for (const QString& kind : {QStringLiteral("inventory"), QStringLiteral("prices")}) {
        QJsonObject section = system.value(kind).toObject();
        section.insert(QStringLiteral("page"), section.value(QStringLiteral("page")).toString().replace(QStringLiteral("page_size=500"),
                                                                                                         QStringLiteral("page_size=%1").arg(size)));
        system.insert(kind, section);
    }
}

SystemsConfig Misbehaving::config(int pageSize, int maxRetries)
{
    return configOf(systemsJson(api.port(), [=](QJsonObject& s) {
        setPageSize(s, pageSize);
        s.insert(QStringLiteral("max_retries"), maxRetries);
        s.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("none")}});
    }));
}


// What one in-process refresh handed over and said.
struct Outcome {
    QList<InventoryPosition> inventory;
    QList<PricePosition> prices;
    RefreshProgress summary;
    bool finished = false;

    const SystemProgress* system(const QString& name) const
    {
        for (const SystemProgress& s : summary.systems) {
            if (s.system == name)
                return &s;
        }
        return nullptr;
    }
    QString errors() const
    {
        QStringList all;
        for (const SystemProgress& s : summary.systems)
            all += s.firstErrors;
        return all.join(QLatin1Char('\n'));
    }
};

Outcome refresh(const SystemsConfig& config, const ApiSecrets& secrets, const QList<PlannedRequest>& plan)
{
    Outcome outcome;
    PositionRefreshJob job(config, secrets);
    QObject::connect(&job, &PositionRefreshJob::positionsAvailable, &job, [&](const IngestBatch& b) {
        outcome.inventory += b.inventory;
        outcome.prices += b.prices;
    });
    QSignalSpy finished(&job, &PositionRefreshJob::finished);
    job.start(plan);
    outcome.finished = finished.wait(240'000);
    if (outcome.finished)
        outcome.summary = finished.constFirst().constFirst().value<RefreshProgress>();
    return outcome;
}

} // namespace

class TestPositionRefresh : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bulkRefreshWritesWhatTheDemoWrites();
    void selectionAsksTheSystemsAtEachNode();
    void rateLimitIsWaitedOut();
    void randomServerErrorsAreRetried();
    void malformedJsonIsAnErrorOfThatPathOnly();
    void redirectToAnotherOriginIsRefused();
    void timeoutIsAClearError();
    void wrongTokenIsReportedWithoutTheToken();
    void cancelStopsIssuingAndHandsOverNothingMore();
    void usageAndConfigurationErrors();

private:
    QString writeSystems(const QJsonObject& json, const QString& name);
    QString freshStore(const QString& name);

    QTemporaryDir m_dir;
    QString m_demoStore;
    std::unique_ptr<ApiProcess> m_api; // well behaved but for forced faults, with kToken
};

void TestPositionRefresh::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demoStore = m_dir.filePath(QStringLiteral("demo.db"));
    const auto filled = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), m_demoStore} + kEstate);
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    m_api = std::make_unique<ApiProcess>(kEstate + kWellBehaved
                                             + QStringList{QStringLiteral("--api-fault"), QStringLiteral("error=/erp/prices"),
                                                           QStringLiteral("--api-fault"), QStringLiteral("malformed=/pos/inventory/ST-002"),
                                                           QStringLiteral("--api-fault"), QStringLiteral("redirect=/wms/inventory/DC-EAST"),
                                                           QStringLiteral("--api-fault"), QStringLiteral("slow=/pos/prices/ST-001"),
                                                           QStringLiteral("--api-redirect-host"), QStringLiteral("127.0.0.2")},
                                         tokenEnvironment(kToken));
    QVERIFY2(m_api->port() != 0, m_api->everything().constData());
}

QString TestPositionRefresh::writeSystems(const QJsonObject& json, const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(json).toJson());
    return path;
}

QString TestPositionRefresh::freshStore(const QString& name)
{
    const QString path = m_dir.filePath(name);
    const auto made = runCtower({QStringLiteral("migrate"), QStringLiteral("--store"), path});
    return made.exitCode == 0 ? path : QString();
}

void TestPositionRefresh::bulkRefreshWritesWhatTheDemoWrites()
{
    const QString systems = writeSystems(systemsJson(m_api->port(), [](QJsonObject& s) { setPageSize(s, 50); }), QStringLiteral("bulk.json"));
    const QString store = freshStore(QStringLiteral("bulk.db"));
    QVERIFY(!store.isEmpty());
    const auto run = runCtower({QStringLiteral("refresh"), QStringLiteral("--store"), store, QStringLiteral("--systems"), systems,
                                QStringLiteral("--json")},
                               secretsEnvironment(kToken));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QStringLiteral("errors")).toInt(), 0);
    // The forced 503 on /erp/prices was answered by a retry.
    for (const QJsonValue& v : doc.value(QStringLiteral("systems")).toArray()) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.value(QStringLiteral("positions_written")).toInt() > 0);
        if (s.value(QStringLiteral("system")).toString() == QLatin1String("erp"))
            QVERIFY(s.value(QStringLiteral("retries")).toInt() > 0);
    }
    QVERIFY(!run.out.contains(kToken.toUtf8()) && !run.err.contains(kToken.toUtf8()));

    for (const QString& table : {QStringLiteral("inventory_positions"), QStringLiteral("price_positions")}) {
        const QStringList expected = tableRows(m_demoStore, table);
        const QStringList got = tableRows(store, table);
        QVERIFY(expected.size() > 20);
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got, expected);
        // The POS layout (decimal price text, epoch milliseconds) came through the same table.
        QVERIFY(std::any_of(got.cbegin(), got.cend(), [](const QString& row) { return row.section(QLatin1Char('|'), 2, 2) == QLatin1String("pos"); }));
    }
    // The ERP's unit cost and its currency came through the mapping, and only the ERP's.
    for (const QString& row : tableRows(store, QStringLiteral("inventory_positions"))) {
        const bool erp = row.section(QLatin1Char('|'), 2, 2) == QLatin1String("erp");
        QVERIFY2((row.section(QLatin1Char('|'), 6, 6).toLongLong() > 0) == erp, qPrintable(row));
        QCOMPARE(row.section(QLatin1Char('|'), 7, 7), erp ? QStringLiteral("EUR") : QString());
    }
}

void TestPositionRefresh::selectionAsksTheSystemsAtEachNode()
{
    const QStringList stock = tableRows(m_demoStore, QStringLiteral("inventory_positions"));
    QString dcSku, storeSku;
    for (const QString& row : stock) {
        const QStringList c = row.split(QLatin1Char('|'));
        if (c.at(2) == QLatin1String("wms") && c.at(1) == QLatin1String("DC-WEST") && dcSku.isEmpty())
            dcSku = c.at(0);
        if (c.at(2) == QLatin1String("pos") && c.at(1) == QLatin1String("ST-003") && storeSku.isEmpty())
            storeSku = c.at(0);
    }
    QVERIFY(!dcSku.isEmpty() && !storeSku.isEmpty());
    const SystemsConfig config = configOf(systemsJson(m_api->port()));
    const DeltaRules rules;
    const QList<PositionCell> cells{{dcSku, QStringLiteral("DC-WEST")}, {storeSku, QStringLiteral("ST-003")}};
    const Outcome o = refresh(config, secretsOf(kToken), planSelection(config, rules, cells, {Measure::Inventory}));
    QVERIFY(o.finished);
    QVERIFY2(o.summary.errors() == 0, qPrintable(o.errors()));
    QStringList got;
    for (const InventoryPosition& p : o.inventory)
        got << QStringList{p.sku, p.node, p.system, QString::number(p.onHand), QString::number(p.reserved), QString::number(p.asOf.micros()),
                           QString::number(p.unitCostMinor), p.costCurrency}.join(QLatin1Char('|'));
    QStringList expected;
    for (const QString& row : stock) {
        const QStringList c = row.split(QLatin1Char('|'));
        if ((c.at(0) == dcSku && c.at(1) == QLatin1String("DC-WEST")) || (c.at(0) == storeSku && c.at(1) == QLatin1String("ST-003")))
            expected << row;
    }
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    // One request per cell and system at its node: ERP and web shop at both, WMS at DC-WEST, POS at ST-003.
    QCOMPARE(o.system(QStringLiteral("erp"))->requests, 2);
    QCOMPARE(o.system(QStringLiteral("webshop"))->requests, 2);
    QCOMPARE(o.system(QStringLiteral("wms"))->requests, 1);
    QCOMPARE(o.system(QStringLiteral("pos"))->requests, 1);
}

void TestPositionRefresh::rateLimitIsWaitedOut()
{
    Misbehaving limited(QStringLiteral("4"), QStringLiteral("0"));
    QVERIFY2(limited.api.port() != 0, limited.api.everything().constData());
    const SystemsConfig config = limited.config(25, 3);
    const Outcome o = refresh(config, {}, planBulk(config, DeltaRules(), {}, {Measure::Inventory}));
    QVERIFY(o.finished);
    QVERIFY2(o.summary.errors() == 0, qPrintable(o.errors()));
    qint64 waited = 0;
    for (const SystemProgress& s : o.summary.systems)
        waited += s.rateLimited;
    QVERIFY(waited > 0);
    QCOMPARE(o.inventory.size(), tableRows(m_demoStore, QStringLiteral("inventory_positions")).size());
}

void TestPositionRefresh::randomServerErrorsAreRetried()
{
    Misbehaving flaky(QStringLiteral("0"), QStringLiteral("0.3"));
    QVERIFY2(flaky.api.port() != 0, flaky.api.everything().constData());
    const SystemsConfig config = flaky.config(20, 12);
    const Outcome o = refresh(config, {}, planBulk(config, DeltaRules(), {}, {Measure::Inventory, Measure::Prices}));
    QVERIFY(o.finished);
    QVERIFY2(o.summary.errors() == 0, qPrintable(o.errors()));
    qint64 retries = 0;
    for (const SystemProgress& s : o.summary.systems)
        retries += s.retries;
    QVERIFY(retries > 0);
    QCOMPARE(o.inventory.size(), tableRows(m_demoStore, QStringLiteral("inventory_positions")).size());
    QCOMPARE(o.prices.size(), tableRows(m_demoStore, QStringLiteral("price_positions")).size());
}

void TestPositionRefresh::malformedJsonIsAnErrorOfThatPathOnly()
{
    QList<PositionCell> cells;
    for (const QString& row : tableRows(m_demoStore, QStringLiteral("inventory_positions"))) {
        const QStringList c = row.split(QLatin1Char('|'));
        const bool wanted = c.at(1) == QLatin1String("ST-001") || c.at(1) == QLatin1String("ST-002");
        if (c.at(2) == QLatin1String("pos") && wanted
            && std::count_if(cells.cbegin(), cells.cend(), [&](const PositionCell& x) { return x.node == c.at(1); }) < 3)
            cells.append({c.at(0), c.at(1)});
    }
    const qsizetype atSt002 = std::count_if(cells.cbegin(), cells.cend(), [](const PositionCell& c) { return c.node == QLatin1String("ST-002"); });
    QVERIFY(atSt002 > 0 && atSt002 < cells.size());
    const SystemsConfig config = configOf(systemsJson(m_api->port()));
    const Outcome o = refresh(config, secretsOf(kToken), planSelection(config, DeltaRules(), cells, {Measure::Inventory}));
    QVERIFY(o.finished);
    const SystemProgress* pos = o.system(QStringLiteral("pos"));
    QCOMPARE(pos->errors, atSt002);
    QVERIFY2(pos->firstErrors.constFirst().startsWith(QStringLiteral("pos: GET /pos/inventory/ST-002/")), qPrintable(pos->firstErrors.constFirst()));
    QVERIFY2(pos->firstErrors.constFirst().contains(QStringLiteral("not JSON")), qPrintable(pos->firstErrors.constFirst()));
    QCOMPARE(pos->positions, cells.size() - atSt002);
    const qsizetype posWritten = std::count_if(o.inventory.cbegin(), o.inventory.cend(), [](const InventoryPosition& p) { return p.system == QLatin1String("pos"); });
    QCOMPARE(posWritten, cells.size() - atSt002);
    QCOMPARE(o.system(QStringLiteral("erp"))->errors, 0);
}

void TestPositionRefresh::redirectToAnotherOriginIsRefused()
{
    // Where the redirect points: nothing may arrive there.
    QTcpServer elsewhere;
    QVERIFY2(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2")), m_api->port()), qPrintable(elsewhere.errorString()));
    const QString systems = writeSystems(systemsJson(m_api->port()), QStringLiteral("redirect.json"));
    const QString store = freshStore(QStringLiteral("redirect.db"));
    QString sku;
    for (const QString& row : tableRows(m_demoStore, QStringLiteral("inventory_positions"))) {
        if (row.section(QLatin1Char('|'), 1, 2) == QLatin1String("DC-EAST|wms"))
            sku = row.section(QLatin1Char('|'), 0, 0);
    }
    QVERIFY(!sku.isEmpty());
    const auto run = runCtower({QStringLiteral("refresh"), QStringLiteral("--store"), store, QStringLiteral("--systems"), systems,
                                QStringLiteral("--node"), QStringLiteral("DC-EAST"), QStringLiteral("--sku"), sku,
                                QStringLiteral("--measure"), QStringLiteral("quantity")},
                               secretsEnvironment(kToken));
    QCOMPARE(run.exitCode, 4);
    const QByteArray refusal = QByteArray("wms: GET /wms/inventory/DC-EAST/") + sku.toUtf8() + QByteArray(": refused a redirect to another origin (http://127.0.0.2:");
    QVERIFY2(run.out.contains(refusal),
             run.out.constData());
    QVERIFY2(run.out.contains("erp: 1 requests, 1 positions written, 0 errors"), run.out.constData());
    QVERIFY(!elsewhere.hasPendingConnections());
    QVERIFY(!elsewhere.waitForNewConnection(200));
    QVERIFY(!run.out.contains(kToken.toUtf8()) && !run.err.contains(kToken.toUtf8()));
}

void TestPositionRefresh::timeoutIsAClearError()
{
    QString sku;
    for (const QString& row : tableRows(m_demoStore, QStringLiteral("price_positions"))) {
        if (row.section(QLatin1Char('|'), 1, 2) == QLatin1String("ST-001|pos"))
            sku = row.section(QLatin1Char('|'), 0, 0);
    }
    QVERIFY(!sku.isEmpty());
    const SystemsConfig config = configOf(systemsJson(m_api->port(), [](QJsonObject& s) {
        s.insert(QStringLiteral("timeout_ms"), 300);
        s.insert(QStringLiteral("max_retries"), 1);
    }));
    const Outcome o = refresh(config, secretsOf(kToken),
                              planSelection(config, DeltaRules(), {{sku, QStringLiteral("ST-001")}}, {Measure::Prices}));
    QVERIFY(o.finished);
    const SystemProgress* pos = o.system(QStringLiteral("pos"));
    QCOMPARE(pos->errors, 1);
    QCOMPARE(pos->requests, 2);
    QCOMPARE(pos->firstErrors.constFirst(),
             QStringLiteral("pos: GET /pos/prices/ST-001/%1: no answer within 300 ms after 1 retries").arg(sku));
    QCOMPARE(o.system(QStringLiteral("erp"))->errors, 0);
}

void TestPositionRefresh::wrongTokenIsReportedWithoutTheToken()
{
    const QString wrong = QStringLiteral("wr0ng-Secret-0815");
    // Basic for the POS (any user, the token as password), bearer for the others.
    const QString systems = writeSystems(systemsJson(m_api->port(), [](QJsonObject& s) {
        if (s.value(QStringLiteral("system")).toString() == QLatin1String("pos"))
            s.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("basic")}, {QStringLiteral("user"), QStringLiteral("ctower")}});
    }), QStringLiteral("token.json"));
    const QString store = freshStore(QStringLiteral("token.db"));
    const QStringList args{QStringLiteral("refresh"), QStringLiteral("--store"), store, QStringLiteral("--systems"), systems,
                           QStringLiteral("--node"), QStringLiteral("ST-003")};
    const auto refused = runCtower(args, secretsEnvironment(wrong));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.oneErrorLine());
    QVERIFY2(refused.err.contains("the credentials were refused (401)"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!refused.err.contains(wrong.toUtf8()) && !refused.err.contains(wrong.toUtf8().toBase64()));

    // The right token for all but the POS: the POS's 401 is its own error, the rest is written.
    QProcessEnvironment mixed = secretsEnvironment(kToken);
    mixed.insert(QStringLiteral("CTOWER_API_SECRET_POS"), wrong);
    const auto partly = runCtower(args + QStringList{QStringLiteral("--json")}, mixed);
    QCOMPARE(partly.exitCode, 4);
    for (const QJsonValue& v : QJsonDocument::fromJson(partly.out).object().value(QStringLiteral("systems")).toArray()) {
        const QJsonObject s = v.toObject();
        const bool pos = s.value(QStringLiteral("system")).toString() == QLatin1String("pos");
        QCOMPARE(s.value(QStringLiteral("positions_written")).toInt() > 0, !pos);
        if (pos)
            QVERIFY(s.value(QStringLiteral("first_errors")).toArray().first().toString().contains(QStringLiteral("refused (401)")));
    }
    for (const QByteArray& text : {partly.out, partly.err}) {
        QVERIFY(!text.contains(wrong.toUtf8()) && !text.contains(kToken.toUtf8()));
        QVERIFY(!text.contains((QStringLiteral("ctower:") + wrong).toUtf8().toBase64()) && !text.contains("Authorization"));
    }

    // The same in-process: no progress message carries the token.
    const SystemsConfig config = configOf(systemsJson(m_api->port()));
    const Outcome o = refresh(config, secretsOf(wrong), planBulk(config, DeltaRules(), {QStringLiteral("ST-003")}, {Measure::Inventory}));
    QVERIFY(o.finished);
    QVERIFY(o.summary.errors() > 0);
    QVERIFY(o.inventory.isEmpty());
    QVERIFY(!o.errors().contains(wrong));
}

void TestPositionRefresh::cancelStopsIssuingAndHandsOverNothingMore()
{
    // Every ERP answer is slow (2 s), one at a time: a refresh of many cells takes long unless cancelled.
    ApiProcess slow(kEstate + kWellBehaved + QStringList{QStringLiteral("--api-fault"), QStringLiteral("slow=/erp")});
    QVERIFY2(slow.port() != 0, slow.everything().constData());
    const SystemsConfig config = configOf(systemsJson(slow.port(), [](QJsonObject& s) {
        s.insert(QStringLiteral("max_concurrency"), 1);
        s.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("none")}});
    }));
    QList<PositionCell> cells;
    for (const QString& row : tableRows(m_demoStore, QStringLiteral("inventory_positions"))) {
        if (row.section(QLatin1Char('|'), 2, 2) == QLatin1String("erp"))
            cells.append({row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1, 1)});
    }
    QVERIFY(cells.size() > 20);
    PositionRefreshJob job(config, {});
    int handedOverAfterCancel = 0;
    QObject::connect(&job, &PositionRefreshJob::positionsAvailable, &job, [&](const IngestBatch&) {
        if (job.isCancelled())
            ++handedOverAfterCancel;
    });
    QSignalSpy progress(&job, &PositionRefreshJob::progress);
    QSignalSpy finished(&job, &PositionRefreshJob::finished);
    job.start(planSelection(config, DeltaRules(), cells, {Measure::Inventory}));
    // Wait until the first ERP answer is in, then cancel while the next one is in flight.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(), [](const QList<QVariant>& args) {
                                 const auto p = args.constFirst().value<RefreshProgress>();
                                 return std::any_of(p.systems.cbegin(), p.systems.cend(), [](const SystemProgress& s) {
                                     return s.system == QLatin1String("erp") && s.done > 0;
                                 });
                             }),
                             60'000);
    job.cancel();
    QVERIFY(finished.wait(60'000));
    const RefreshProgress summary = finished.constFirst().constFirst().value<RefreshProgress>();
    QVERIFY(summary.cancelled);
    QCOMPARE(handedOverAfterCancel, 0);
    for (const SystemProgress& s : summary.systems) {
        if (s.system == QLatin1String("erp")) {
            QVERIFY2(s.requests < s.total, qPrintable(QStringLiteral("%1 of %2").arg(s.requests).arg(s.total)));
            QVERIFY(s.done < s.total);
        }
    }
    QVERIFY(!job.isRunning());
}

void TestPositionRefresh::usageAndConfigurationErrors()
{
    const QString store = freshStore(QStringLiteral("usage.db"));
    const auto noNode = runCtower({QStringLiteral("refresh"), QStringLiteral("--store"), store, QStringLiteral("--sku"), QStringLiteral("X")});
    QCOMPARE(noNode.exitCode, 2);
    const auto measure = runCtower({QStringLiteral("refresh"), QStringLiteral("--store"), store, QStringLiteral("--measure"), QStringLiteral("weight")});
    QCOMPARE(measure.exitCode, 2);
    const QString bad = writeSystems(systemsJson(m_api->port(), [](QJsonObject& s) {
        s.insert(QStringLiteral("base_url"), QStringLiteral("http://erp.example.com"));
    }), QStringLiteral("bad.json"));
    const auto refused = runCtower({QStringLiteral("refresh"), QStringLiteral("--store"), store, QStringLiteral("--systems"), bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.oneErrorLine());
    QVERIFY2(refused.err.contains("bad.json: system \"erp\": \"base_url\" is plain http to erp.example.com"), refused.err.constData());
    // No secret anywhere: each system says where it looked, and nothing is fetched.
    const QString systems = writeSystems(systemsJson(m_api->port()), QStringLiteral("nosecret.json"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.insert(QStringLiteral("DISPLAY"), QString());
    const auto noSecret = runCtower({QStringLiteral("refresh"), QStringLiteral("--store"), store, QStringLiteral("--systems"), systems}, env);
    QCOMPARE(noSecret.exitCode, 1);
    QVERIFY2(noSecret.err.contains("CTOWER_API_SECRET_"), noSecret.err.constData());
}

QTEST_GUILESS_MAIN(TestPositionRefresh)
#include "tst_positionrefresh.moc"
