// `ctower demo --serve-apis`: the estate's inventory and price positions over mock ERP, WMS, POS and web
// shop HTTP APIs (connectors/systemapi/README.md), probed over real HTTP against the executable, and
// compared with what `ctower demo --store` writes for the same arguments.
#include "apiprocess.h"
#include "httpprobe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using ct::test::ApiProcess;
using ct::test::HttpAnswer;
using ct::test::HttpProbe;
using ct::test::runCtower;

namespace {

const QStringList kEstate{QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--days"), QStringLiteral("1"),
                          QStringLiteral("--orders-per-day"), QStringLiteral("150"), QStringLiteral("--sales-per-store"),
                          QStringLiteral("40"), QStringLiteral("--stores"), QStringLiteral("3"), QStringLiteral("--skus"),
                          QStringLiteral("60")};
const QStringList kWellBehaved{QStringLiteral("--api-rate"), QStringLiteral("0"), QStringLiteral("--api-error-rate"),
                               QStringLiteral("0"), QStringLiteral("--api-slow-rate"), QStringLiteral("0")};
const QStringList kSystems{QStringLiteral("erp"), QStringLiteral("wms"), QStringLiteral("pos"), QStringLiteral("webshop")};
const QStringList kKinds{QStringLiteral("inventory"), QStringLiteral("prices")};

QString isoOf(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral(".%1Z").arg(micros % 1'000'000, 6, 10, QLatin1Char('0'));
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString amountOf(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A position as the contract says its system serves it, from a store row.
QJsonObject expectedInventory(const QString& system, const QSqlQuery& q)
{
    const QString sku = q.value(0).toString(), node = q.value(1).toString();
    const qint64 onHand = q.value(3).toLongLong(), reserved = q.value(4).toLongLong(), asOf = q.value(5).toLongLong();
    if (system == QLatin1String("pos"))
        return {{QStringLiteral("item"), QJsonObject{{QStringLiteral("code"), sku}}},
                {QStringLiteral("store"), node},
                {QStringLiteral("stock"), QJsonObject{{QStringLiteral("available"), onHand}, {QStringLiteral("allocated"), reserved}}},
                {QStringLiteral("updated_ms"), asOf / 1000}};
    QJsonObject item{{QStringLiteral("sku"), sku}, {QStringLiteral("node"), node}, {QStringLiteral("on_hand"), onHand},
                     {QStringLiteral("reserved"), reserved}, {QStringLiteral("as_of"), isoOf(asOf)}};
    if (const qint64 cost = q.value(6).toLongLong(); cost != 0) {
        item.insert(QStringLiteral("unit_cost_minor"), cost);
        item.insert(QStringLiteral("currency"), q.value(7).toString());
    }
    return item;
}

QJsonObject expectedPrice(const QString& system, const QSqlQuery& q)
{
    const QString sku = q.value(0).toString(), node = q.value(1).toString(), currency = q.value(4).toString(),
                  promotion = q.value(5).toString();
    const qint64 minor = q.value(3).toLongLong(), asOf = q.value(6).toLongLong();
    if (system == QLatin1String("pos"))
        return {{QStringLiteral("item"), QJsonObject{{QStringLiteral("code"), sku}}},
                {QStringLiteral("store"), node},
                {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), amountOf(minor)}, {QStringLiteral("currency"), currency}}},
                {QStringLiteral("promo"), textOrNull(promotion)},
                {QStringLiteral("updated_ms"), asOf / 1000}};
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("node"), node}, {QStringLiteral("price_minor"), minor},
            {QStringLiteral("currency"), currency}, {QStringLiteral("promotion_id"), textOrNull(promotion)},
            {QStringLiteral("as_of"), isoOf(asOf)}};
}

// "node/sku" of a served position, in either layout.
QString keyOf(const QJsonObject& item)
{
    if (item.contains(QStringLiteral("store")))
        return item.value(QStringLiteral("store")).toString() + QLatin1Char('/')
            + item.value(QStringLiteral("item")).toObject().value(QStringLiteral("code")).toString();
    return item.value(QStringLiteral("node")).toString() + QLatin1Char('/') + item.value(QStringLiteral("sku")).toString();
}

// The "node/sku" of the first position at node, or an empty string.
QString firstAt(const QMap<QString, QByteArray>& positions, const QString& node)
{
    const auto it = positions.lowerBound(node + QLatin1Char('/'));
    return it != positions.cend() && it.key().startsWith(node + QLatin1Char('/')) ? it.key() : QString();
}

HttpAnswer get(quint16 port, const QByteArray& path, const QList<QByteArray>& headers = {})
{
    return HttpProbe::exchange(port, "GET", path, headers);
}

QJsonObject jsonOf(const HttpAnswer& a)
{
    return QJsonDocument::fromJson(a.body).object();
}

// The answer is a JSON error with one sentence.
bool isJsonError(const HttpAnswer& a)
{
    const QString error = jsonOf(a).value(QStringLiteral("error")).toString();
    return a.header("content-type") == "application/json" && error.size() > 10 && error.endsWith(QLatin1Char('.'));
}

} // namespace

class TestSystemApis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singlePositionEqualsTheLedger();
    void posLayout();
    void pagesWalkEveryPositionOnceEqualToTheStore();
    void nodeFilterAndPageSize();
    void refusals();
    void badHttpIsAnsweredAndTheServerStaysUp();
    void forcedErrorSucceedsOnRetry();
    void forcedMalformedJson();
    void forcedRedirectToAnotherOrigin();
    void forcedSlowIsStillAnswered();
    void randomErrorsAreRetryable();
    void tokenIsRequiredWhenSet();
    void rateLimitAnswers429WithRetryAfter();
    void usageErrors();
    void stopsOnSigint();

private:
    // system/kind -> "node/sku" -> the position as served, from the store `ctower demo` wrote.
    QHash<QString, QMap<QString, QByteArray>> m_expected;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiProcess> m_api;
};

void TestSystemApis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("estate.db"));
    const auto filled = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), storePath} + kEstate);
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("estate"));
        db.setDatabaseName(storePath);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT sku, node, system, on_hand, reserved, as_of, unit_cost_minor, cost_currency FROM inventory_positions")));
        while (q.next()) {
            const QString system = q.value(2).toString();
            const QJsonObject o = expectedInventory(system, q);
            m_expected[system + QStringLiteral("/inventory")].insert(keyOf(o), compact(o));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT sku, node, system, price_minor, currency, promotion_id, as_of FROM price_positions")));
        while (q.next()) {
            const QString system = q.value(2).toString();
            const QJsonObject o = expectedPrice(system, q);
            m_expected[system + QStringLiteral("/prices")].insert(keyOf(o), compact(o));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("estate"));
    for (const QString& system : kSystems)
        QVERIFY2(!m_expected.value(system + QStringLiteral("/inventory")).isEmpty(), qPrintable(system));
    QVERIFY(!m_expected.value(QStringLiteral("pos/prices")).isEmpty());

    m_api = std::make_unique<ApiProcess>(kEstate + kWellBehaved
                                         + QStringList{QStringLiteral("--api-fault"), QStringLiteral("error=/erp/inventory/ST-002"),
                                                       QStringLiteral("--api-fault"), QStringLiteral("malformed=/pos/inventory/ST-003"),
                                                       QStringLiteral("--api-fault"), QStringLiteral("redirect=/wms/inventory/DC-EAST"),
                                                       QStringLiteral("--api-fault"), QStringLiteral("slow=/pos/prices/ST-001")});
    QVERIFY2(m_api->port() != 0, m_api->everything().constData());
}

void TestSystemApis::singlePositionEqualsTheLedger()
{
    const auto& erp = m_expected.value(QStringLiteral("erp/inventory"));
    const QString key = erp.firstKey();
    const HttpAnswer a = get(m_api->port(), "/erp/inventory/" + key.toUtf8());
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("content-type"), QByteArray("application/json"));
    QCOMPARE(compact(jsonOf(a)), erp.value(key));
    // The ERP, the item master, serves the standard cost; the WMS knows none.
    QVERIFY(jsonOf(a).value(QStringLiteral("unit_cost_minor")).toInteger() > 0);
    QCOMPARE(jsonOf(a).value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    const auto& wms = m_expected.value(QStringLiteral("wms/inventory"));
    const HttpAnswer w = get(m_api->port(), "/wms/inventory/" + wms.lastKey().toUtf8());
    QCOMPARE(w.status, 200);
    QVERIFY(!jsonOf(w).contains(QStringLiteral("unit_cost_minor")) && !jsonOf(w).contains(QStringLiteral("currency")));

    const auto& webshopPrices = m_expected.value(QStringLiteral("webshop/prices"));
    if (!webshopPrices.isEmpty()) {
        const QString priceKey = webshopPrices.lastKey();
        const HttpAnswer p = get(m_api->port(), "/webshop/prices/" + priceKey.toUtf8());
        QCOMPARE(p.status, 200);
        QCOMPARE(compact(jsonOf(p)), webshopPrices.value(priceKey));
    }

    const HttpAnswer missing = get(m_api->port(), "/erp/inventory/ST-001/NO-SUCH-SKU");
    QCOMPARE(missing.status, 404);
    QVERIFY(isJsonError(missing));
}

void TestSystemApis::posLayout()
{
    const auto& stock = m_expected.value(QStringLiteral("pos/inventory"));
    const QString key = stock.firstKey();
    const HttpAnswer a = get(m_api->port(), "/pos/inventory/" + key.toUtf8());
    QCOMPARE(a.status, 200);
    const QJsonObject o = jsonOf(a);
    QCOMPARE(o.value(QStringLiteral("item")).toObject().value(QStringLiteral("code")).toString(), key.section(QLatin1Char('/'), 1));
    QCOMPARE(o.value(QStringLiteral("store")).toString(), key.section(QLatin1Char('/'), 0, 0));
    QVERIFY(o.value(QStringLiteral("stock")).toObject().contains(QStringLiteral("available")));
    QVERIFY(o.value(QStringLiteral("stock")).toObject().contains(QStringLiteral("allocated")));
    QVERIFY(o.value(QStringLiteral("updated_ms")).isDouble());
    QVERIFY(!o.contains(QStringLiteral("sku")) && !o.contains(QStringLiteral("on_hand")));
    QCOMPARE(compact(o), stock.value(key));

    const auto& prices = m_expected.value(QStringLiteral("pos/prices"));
    const QString priceKey = prices.lastKey();
    const HttpAnswer p = get(m_api->port(), "/pos/prices/" + priceKey.toUtf8());
    QCOMPARE(p.status, 200);
    const QJsonObject price = jsonOf(p).value(QStringLiteral("price")).toObject();
    QVERIFY(price.value(QStringLiteral("amount")).isString());
    QVERIFY(price.value(QStringLiteral("amount")).toString().contains(QLatin1Char('.')));
    QCOMPARE(compact(jsonOf(p)), prices.value(priceKey));
}

void TestSystemApis::pagesWalkEveryPositionOnceEqualToTheStore()
{
    for (const QString& system : kSystems) {
        for (const QString& kind : kKinds) {
            const QString list = system + QLatin1Char('/') + kind;
            const QMap<QString, QByteArray> expected = m_expected.value(list);
            QMap<QString, QByteArray> served;
            QString previous;
            QByteArray token;
            int pages = 0;
            do {
                const QByteArray path = '/' + list.toUtf8() + "?page_size=37" + (token.isEmpty() ? QByteArray() : "&page_token=" + token);
                const HttpAnswer a = get(m_api->port(), path);
                QVERIFY2(a.status == 200, path.constData());
                const QJsonObject page = jsonOf(a);
                QVERIFY(page.contains(QStringLiteral("next_page_token")));
                const QJsonArray items = page.value(QStringLiteral("items")).toArray();
                QVERIFY(items.size() <= 37);
                for (const QJsonValue& item : items) {
                    const QString key = keyOf(item.toObject());
                    QVERIFY2(!served.contains(key), qPrintable(list + QLatin1Char(' ') + key));
                    // Ordered by node, then SKU: the key's text order is that order here (no "/" in codes).
                    QVERIFY2(previous.isEmpty() || previous < key, qPrintable(previous + QStringLiteral(" then ") + key));
                    previous = key;
                    served.insert(key, compact(item.toObject()));
                }
                token = page.value(QStringLiteral("next_page_token")).toString().toUtf8();
                QVERIFY(page.value(QStringLiteral("next_page_token")).isNull() || !token.isEmpty());
                ++pages;
            } while (!token.isEmpty() && pages < 10000);
            QCOMPARE(served.size(), expected.size());
            QVERIFY2(served == expected, qPrintable(list));
            QCOMPARE(pages, qMax<qsizetype>(1, (expected.size() + 36) / 37));
        }
    }
}

void TestSystemApis::nodeFilterAndPageSize()
{
    const auto& erp = m_expected.value(QStringLiteral("erp/inventory"));
    const qsizetype atStore = std::count_if(erp.keyBegin(), erp.keyEnd(),
                                            [](const QString& k) { return k.startsWith(QLatin1String("ST-002/")); });
    QVERIFY(atStore > 0);
    const HttpAnswer a = get(m_api->port(), "/erp/inventory?node=ST-002&page_size=1000");
    QCOMPARE(a.status, 200);
    const QJsonObject page = jsonOf(a);
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), atStore);
    QVERIFY(page.value(QStringLiteral("next_page_token")).isNull());
    for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray())
        QCOMPARE(item.toObject().value(QStringLiteral("node")).toString(), QStringLiteral("ST-002"));

    const HttpAnswer defaults = get(m_api->port(), "/erp/inventory");
    QCOMPARE(defaults.status, 200);
    QCOMPARE(jsonOf(defaults).value(QStringLiteral("items")).toArray().size(), qMin<qsizetype>(100, erp.size()));

    const HttpAnswer nowhere = get(m_api->port(), "/erp/inventory?node=NOWHERE");
    QCOMPARE(nowhere.status, 200);
    QVERIFY(jsonOf(nowhere).value(QStringLiteral("items")).toArray().isEmpty());
}

void TestSystemApis::refusals()
{
    const quint16 port = m_api->port();
    const QList<QPair<QByteArray, int>> cases{
        {"/", 404},
        {"/nope", 404},
        {"/crm/inventory", 404},
        {"/erp/stock", 404},
        {"/erp/inventory/ST-001", 404},
        {"/erp/inventory/ST-001/SKU-1/extra", 404},
        {"/erp/inventory?page_size=0", 400},
        {"/erp/inventory?page_size=1001", 400},
        {"/erp/inventory?page_size=ten", 400},
        {"/erp/prices?page_token=not-a-token", 400},
        {"/erp/prices?page_token=", 400},
        {"/erp/inventory?colour=blue", 400},
        {"/erp/inventory?node=ST-001&node=ST-002", 400},
    };
    for (const auto& [path, status] : cases) {
        const HttpAnswer a = get(port, path);
        QVERIFY2(a.status == status, path.constData());
        QVERIFY2(isJsonError(a), path.constData());
    }
    for (const QByteArray& method : {QByteArray("POST"), QByteArray("DELETE"), QByteArray("PUT")}) {
        const HttpAnswer a = HttpProbe::exchange(port, method, "/erp/inventory", {});
        QCOMPARE(a.status, 405);
        QCOMPARE(a.header("allow"), QByteArray("GET"));
        QVERIFY(isJsonError(a));
    }
}

void TestSystemApis::badHttpIsAnsweredAndTheServerStaysUp()
{
    const quint16 port = m_api->port();
    {
        HttpProbe probe(port);
        QVERIFY(probe.write("THIS IS NOT HTTP\r\n\r\n"));
        const HttpAnswer a = probe.read();
        QCOMPARE(a.status, 400);
        QVERIFY(isJsonError(a));
    }
    {
        HttpProbe probe(port);
        QVERIFY(probe.write("GET /erp/inventory HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n"));
        const HttpAnswer a = probe.read();
        QCOMPARE(a.status, 431);
        QVERIFY(isJsonError(a));
    }
    {
        HttpProbe probe(port);
        QVERIFY(probe.write("GET /erp/inventory HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"));
        QCOMPARE(probe.read().status, 400);
    }
    {
        // A body on a GET is answered, then the connection closes: the body is never taken for a request.
        HttpProbe probe(port);
        QVERIFY(probe.write(HttpProbe::request("GET", "/erp/inventory?page_size=1", {}, "GET /nope HTTP/1.1\r\n\r\n")));
        const HttpAnswer a = probe.read();
        QCOMPARE(a.status, 200);
        QVERIFY(a.closedAfter);
    }
    {
        HttpProbe probe(port);
        QVERIFY(probe.write("GET /erp/inventory?page_size=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000000\r\n\r\nabc"));
        const HttpAnswer a = probe.read();
        QCOMPARE(a.status, 200);
        QVERIFY(a.closedAfter);
    }
    {
        // Keep-alive: two requests on one connection, answered in order.
        HttpProbe probe(port);
        QVERIFY(probe.write(HttpProbe::request("GET", "/nope", {}) + HttpProbe::request("GET", "/erp/inventory?page_size=2", {})));
        QCOMPARE(probe.read().status, 404);
        QCOMPARE(probe.read().status, 200);
    }
    QCOMPARE(get(port, "/erp/inventory?page_size=1").status, 200);
}

void TestSystemApis::forcedErrorSucceedsOnRetry()
{
    const auto& erp = m_expected.value(QStringLiteral("erp/inventory"));
    const QString key = firstAt(erp, QStringLiteral("ST-002"));
    QVERIFY(!key.isEmpty());
    const QByteArray path = "/erp/inventory/" + key.toUtf8();
    const HttpAnswer first = get(m_api->port(), path);
    QCOMPARE(first.status, 503);
    QVERIFY(isJsonError(first));
    QVERIFY(first.header("retry-after").toInt() >= 1);
    const HttpAnswer retry = get(m_api->port(), path);
    QCOMPARE(retry.status, 200);
    QCOMPARE(compact(jsonOf(retry)), erp.value(key));
}

void TestSystemApis::forcedMalformedJson()
{
    const auto& stock = m_expected.value(QStringLiteral("pos/inventory"));
    const QString key = firstAt(stock, QStringLiteral("ST-003"));
    QVERIFY(!key.isEmpty());
    for (int attempt = 0; attempt < 2; ++attempt) {
        const HttpAnswer a = get(m_api->port(), "/pos/inventory/" + key.toUtf8());
        QCOMPARE(a.status, 200);
        QVERIFY(!a.body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(a.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    // Beside the faulty path, the same system answers well.
    const QString other = firstAt(stock, QStringLiteral("ST-001"));
    QVERIFY(!other.isEmpty());
    QCOMPARE(compact(jsonOf(get(m_api->port(), "/pos/inventory/" + other.toUtf8()))), stock.value(other));
}

void TestSystemApis::forcedRedirectToAnotherOrigin()
{
    const auto& wms = m_expected.value(QStringLiteral("wms/inventory"));
    const QString key = firstAt(wms, QStringLiteral("DC-EAST"));
    QVERIFY(!key.isEmpty());
    const QByteArray path = "/wms/inventory/" + key.toUtf8();
    const HttpAnswer a = get(m_api->port(), path);
    QCOMPARE(a.status, 302);
    const QUrl location(QString::fromUtf8(a.header("location")));
    QCOMPARE(location.scheme(), QStringLiteral("http"));
    QCOMPARE(location.host(), QStringLiteral("127.0.0.2"));
    QCOMPARE(location.port(), int(m_api->port()));
    QCOMPARE(location.path(QUrl::FullyEncoded).toUtf8(), path);
}

void TestSystemApis::forcedSlowIsStillAnswered()
{
    const auto& prices = m_expected.value(QStringLiteral("pos/prices"));
    const QString key = firstAt(prices, QStringLiteral("ST-001"));
    QVERIFY(!key.isEmpty());
    const HttpAnswer a = get(m_api->port(), "/pos/prices/" + key.toUtf8());
    QCOMPARE(a.status, 200);
    QCOMPARE(compact(jsonOf(a)), prices.value(key));
}

void TestSystemApis::randomErrorsAreRetryable()
{
    ApiProcess flaky(kEstate + QStringList{QStringLiteral("--api-rate"), QStringLiteral("0"), QStringLiteral("--api-error-rate"),
                                           QStringLiteral("0.5"), QStringLiteral("--api-slow-rate"), QStringLiteral("0")});
    QVERIFY2(flaky.port() != 0, flaky.everything().constData());
    const auto& erp = m_expected.value(QStringLiteral("erp/inventory"));
    int failures = 0;
    int paths = 0;
    for (auto it = erp.cbegin(); it != erp.cend() && paths < 20; ++it, ++paths) {
        const QByteArray path = "/erp/inventory/" + it.key().toUtf8();
        HttpAnswer a = get(flaky.port(), path);
        for (int retry = 0; retry < 30 && a.status != 200; ++retry) {
            QVERIFY2(a.status == 503 || a.status == 500, path.constData());
            QVERIFY(isJsonError(a));
            ++failures;
            a = get(flaky.port(), path);
        }
        QCOMPARE(a.status, 200);
        QCOMPARE(compact(jsonOf(a)), it.value());
    }
    QVERIFY(failures > 0);
    QCOMPARE(flaky.stopWith(SIGTERM), 0);
}

void TestSystemApis::tokenIsRequiredWhenSet()
{
    const QByteArray token = "s3cret-demo-token";
    QProcessEnvironment env;
    env.insert(QStringLiteral("CTOWER_DEMO_API_TOKEN"), QString::fromLatin1(token));
    ApiProcess guarded(kEstate + kWellBehaved, env);
    QVERIFY2(guarded.port() != 0, guarded.everything().constData());
    const QByteArray path = "/wms/inventory?page_size=1";
    for (const QList<QByteArray>& headers : {QList<QByteArray>{}, QList<QByteArray>{"Authorization: Bearer wrong"},
                                             QList<QByteArray>{"Authorization: Basic " + QByteArray("user:wrong").toBase64()},
                                             QList<QByteArray>{"Authorization: " + token}}) {
        const HttpAnswer a = get(guarded.port(), path, headers);
        QCOMPARE(a.status, 401);
        QVERIFY(isJsonError(a));
        QVERIFY(a.header("www-authenticate").startsWith("Bearer"));
        QVERIFY(!a.body.contains(token));
    }
    QCOMPARE(get(guarded.port(), "/nope").status, 401);
    QCOMPARE(get(guarded.port(), path, {"Authorization: Bearer " + token}).status, 200);
    QCOMPARE(get(guarded.port(), path, {"Authorization: Basic " + QByteArray("connector:" + token).toBase64()}).status, 200);
    QCOMPARE(guarded.stopWith(SIGTERM), 0);
    QVERIFY(!guarded.everything().contains(token));
}

void TestSystemApis::rateLimitAnswers429WithRetryAfter()
{
    ApiProcess limited(kEstate + QStringList{QStringLiteral("--api-rate"), QStringLiteral("5"), QStringLiteral("--api-error-rate"),
                                             QStringLiteral("0"), QStringLiteral("--api-slow-rate"), QStringLiteral("0")});
    QVERIFY2(limited.port() != 0, limited.everything().constData());
    // 40 requests on one connection: at 5 a second, some are over the rate however the seconds fall.
    HttpProbe probe(limited.port());
    int ok = 0;
    HttpAnswer refused;
    for (int i = 0; i < 40; ++i) {
        QVERIFY(probe.write(HttpProbe::request("GET", "/webshop/inventory?page_size=1", {})));
        const HttpAnswer a = probe.read();
        if (a.status == 200)
            ++ok;
        else if (a.status == 429)
            refused = a;
        else
            QFAIL(a.body.constData());
    }
    QVERIFY(ok >= 5);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("retry-after").toInt() >= 1);
    QVERIFY(isJsonError(refused));
    QCOMPARE(limited.stopWith(SIGTERM), 0);
}

void TestSystemApis::usageErrors()
{
    const QList<QStringList> cases{
        {QStringLiteral("--serve-apis"), QStringLiteral("nonsense")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:99999")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-fault"), QStringLiteral("bogus=/erp")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-fault"), QStringLiteral("malformed=erp")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-fault"), QStringLiteral("slow")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-error-rate"), QStringLiteral("2")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-slow-rate"), QStringLiteral("x")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-rate"), QStringLiteral("-1")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-redirect-host"), QStringLiteral("a/b")},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--store"), m_dir.filePath(QStringLiteral("x.db"))},
        {QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--live")},
        {QStringLiteral("--store"), m_dir.filePath(QStringLiteral("y.db")), QStringLiteral("--api-rate"), QStringLiteral("5")},
    };
    for (const QStringList& args : cases) {
        const auto run = runCtower(QStringList{QStringLiteral("demo")} + args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(run.err.startsWith("ctower demo: "));
    }
}

void TestSystemApis::stopsOnSigint()
{
    QCOMPARE(m_api->stopWith(SIGINT), 0);
    QVERIFY(m_api->output().contains("Stopped after"));
}

QTEST_GUILESS_MAIN(TestSystemApis)
#include "tst_systemapis.moc"
