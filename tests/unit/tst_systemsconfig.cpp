// The systems file of the position connector (models/systemsconfig.h), the JSON pointers and value
// kinds that map an API's items onto positions, the endpoint templates, the request plans and where a
// system's secret comes from: all without HTTP.
#include "apisecrets.h"
#include "deltarules.h"
#include "memorysecretstore.h"
#include "positionmapping.h"
#include "refreshplan.h"
#include "systemsconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace ct;

class TestSystemsConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsAValidFile();
    void theExampleFileIsValid();
    void refusals_data();
    void refusals();
    void pointers_data();
    void pointers();
    void mapsThePosLayout();
    void mapsTheStandardLayout();
    void itemErrorsNameTheFieldAndPointer_data();
    void itemErrorsNameTheFieldAndPointer();
    void aMalformedCostIsAnItemError_data();
    void aMalformedCostIsAnItemError();
    void decimalMinor_data();
    void decimalMinor();
    void templatesEncodeAndDropEmptyParameters();
    void plans();
    void secretsFromEnvironmentThenKeychain();
};

namespace {

constexpr qint64 kRefused = std::numeric_limits<qint64>::min();

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A valid file of one system, then changed by `edit`.
QByteArray systemsFile(const std::function<void(QJsonObject&)>& edit = {})
{
    QJsonObject system = parse(R"({
        "system": "pos", "base_url": "https://pos.example.com/api", "nodes": "authority",
        "auth": {"type": "basic", "user": "ctower", "secret_key": "pos/password"},
        "timeout_ms": 5000, "max_concurrency": 2, "max_retries": 1,
        "inventory": {
            "position": "/inventory/{node}/{sku}",
            "page": "/inventory?node={node}&page_size=500&page_token={page_token}",
            "items": "/items", "next_page_token": "/next_page_token",
            "fields": {"sku": "/item/code", "node": "/store", "on_hand": "/stock/available",
                       "reserved": "/stock/allocated", "as_of": {"pointer": "/updated_ms", "kind": "epoch_ms"}}
        },
        "prices": {
            "position": "/prices/{node}/{sku}",
            "fields": {"sku": "/item/code", "node": "/store",
                       "price": {"pointer": "/price/amount", "kind": "decimal_minor", "decimals": 2},
                       "currency": "/price/currency", "promotion_id": "/promo",
                       "as_of": {"pointer": "/updated_ms", "kind": "epoch_ms"}}
        }})");
    if (edit)
        edit(system);
    return QJsonDocument(QJsonObject{{QStringLiteral("systems"), QJsonArray{system}}}).toJson();
}

// The example file (resources/systems.json); *error says why when it does not load.
SystemsConfig exampleSystems(QString* error)
{
    QFile file(QStringLiteral(":/controltower/systems.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return SystemsConfig::fromJson(file.readAll(), error);
}

void setPath(QJsonObject& o, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            o.remove(path.constFirst());
        else
            o.insert(path.constFirst(), value);
        return;
    }
    QJsonObject inner = o.value(path.constFirst()).toObject();
    setPath(inner, path.mid(1), value);
    o.insert(path.constFirst(), inner);
}

} // namespace


void TestSystemsConfig::readsAValidFile()
{
    QString error;
    const SystemsConfig config = SystemsConfig::fromJson(systemsFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(config.systems.size(), 1);
    const SystemApi& pos = config.systems.constFirst();
    QCOMPARE(pos.system, QStringLiteral("pos"));
    QCOMPARE(pos.auth.type, AuthType::Basic);
    QCOMPARE(pos.auth.user, QStringLiteral("ctower"));
    QCOMPARE(pos.auth.secretKey, QStringLiteral("pos/password"));
    QCOMPARE(pos.scope, NodeScope::AuthorityNodes);
    QCOMPARE(pos.timeoutMs, 5000);
    QCOMPARE(pos.maxConcurrency, 2);
    QCOMPARE(pos.maxRetries, 1);
    QVERIFY(pos.inventory.page.uses(QStringLiteral("page_token")));
    QCOMPARE(pos.inventory.fields.value(QStringLiteral("as_of")).kind, ValueKind::EpochMs);
    QCOMPARE(pos.inventory.fields.value(QStringLiteral("on_hand")).kind, ValueKind::Integer);
    QCOMPARE(pos.prices.fields.value(QStringLiteral("price")).kind, ValueKind::DecimalMinor);
    QVERIFY(pos.prices.page.isNull());
    QVERIFY(config.find(QStringLiteral("pos")));
    QVERIFY(!config.find(QStringLiteral("erp")));
}

void TestSystemsConfig::theExampleFileIsValid()
{
    QString error;
    const SystemsConfig config = exampleSystems(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList names;
    for (const SystemApi& s : config.systems) {
        names << s.system;
        QVERIFY(s.auth.type == AuthType::Bearer && !s.auth.secretKey.isEmpty());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("erp"), QStringLiteral("wms"), QStringLiteral("pos"), QStringLiteral("webshop")}));
}

void TestSystemsConfig::refusals_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const QString& path, const QJsonValue& value, const char* expected) {
        QTest::newRow(name) << path.split(QLatin1Char('.')) << value << QString::fromUtf8(expected);
    };
    row("ftp", QStringLiteral("base_url"), QStringLiteral("ftp://pos.example.com"), "system \"pos\": \"base_url\" must be http or https, not ftp");
    row("plain http elsewhere", QStringLiteral("base_url"), QStringLiteral("http://pos.example.com"), "system \"pos\": \"base_url\" is plain http to pos.example.com, which is not loopback");
    row("credentials in url", QStringLiteral("base_url"), QStringLiteral("https://me:pw@pos.example.com"), "\"base_url\" holds credentials");
    row("secret in file", QStringLiteral("auth.token"), QStringLiteral("abc"), "system \"pos\": auth holds a \"token\"; secrets live in the keychain");
    row("unknown auth", QStringLiteral("auth.type"), QStringLiteral("digest"), "auth \"type\" is bearer, basic or none");
    row("basic without user", QStringLiteral("auth.user"), QJsonValue(QJsonValue::Undefined), "basic auth needs a \"user\"");
    row("unknown placeholder", QStringLiteral("inventory.position"), QStringLiteral("/inventory/{store}/{sku}"), "inventory.position: the endpoint \"/inventory/{store}/{sku}\" has the placeholder {store}; it may use only {node}, {sku}");
    row("page token in a position", QStringLiteral("prices.position"), QStringLiteral("/prices/{node}/{sku}?t={page_token}"), "placeholder {page_token}");
    row("position without sku", QStringLiteral("prices.position"), QStringLiteral("/prices/{node}"), "prices.position must use {node} and {sku}");
    row("relative endpoint", QStringLiteral("inventory.page"), QStringLiteral("inventory?node={node}"), "does not start with \"/\"");
    row("unclosed brace", QStringLiteral("inventory.position"), QStringLiteral("/inventory/{node}/{sku"), "the endpoint \"/inventory/{node}/{sku\" has an unmatched brace");
    row("page without token", QStringLiteral("inventory.page"), QStringLiteral("/inventory?node={node}"), "inventory.page must use {page_token}");
    row("bad pointer", QStringLiteral("inventory.fields.on_hand"), QStringLiteral("stock/available"), "inventory.fields.on_hand: \"stock/available\" is not a JSON pointer");
    row("bad escape", QStringLiteral("inventory.items"), QStringLiteral("/it~2ems"), "inventory.items: \"/it~2ems\" is not a JSON pointer");
    row("missing field", QStringLiteral("inventory.fields.sku"), QJsonValue(QJsonValue::Undefined), "inventory.fields.sku is missing");
    row("unknown field", QStringLiteral("inventory.fields.colour"), QStringLiteral("/colour"), "inventory.fields has \"colour\"");
    row("wrong kind", QStringLiteral("inventory.fields.on_hand"),
        QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/stock/available")}, {QStringLiteral("kind"), QStringLiteral("rfc3339")}}, "inventory.fields.on_hand.kind is integer, not \"rfc3339\"");
    row("price as time", QStringLiteral("prices.fields.price.kind"), QStringLiteral("epoch_ms"), "prices.fields.price.kind is integer or decimal_minor");
    row("cost as time", QStringLiteral("inventory.fields.unit_cost"),
        QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/cost")}, {QStringLiteral("kind"), QStringLiteral("rfc3339")}},
        "inventory.fields.unit_cost.kind is integer or decimal_minor, not \"rfc3339\"");
    row("cost of a price", QStringLiteral("prices.fields.unit_cost"), QStringLiteral("/cost"), "prices.fields has \"unit_cost\"");
    row("zero concurrency", QStringLiteral("max_concurrency"), 0, "\"max_concurrency\" must be a whole number from 1 to 64");
    row("fractional timeout", QStringLiteral("timeout_ms"), 1.5, "\"timeout_ms\" must be a whole number");
    row("scope", QStringLiteral("nodes"), QStringLiteral("some"), "\"nodes\" is \"all\" or \"authority\"");
    row("no system", QStringLiteral("system"), QJsonValue(QJsonValue::Undefined), "system 1: it names no \"system\"");
}

void TestSystemsConfig::refusals()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QString error;
    const SystemsConfig config = SystemsConfig::fromJson(systemsFile([&](QJsonObject& o) { setPath(o, path, value); }), &error);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(config.systems.isEmpty());
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestSystemsConfig::pointers_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected"); // compact JSON of what it reaches, or "missing"
    QTest::newRow("whole") << QString(QLatin1String("")) << R"({"a/b":1,"m~n":2,"x":{"y":[10,20]}})";
    QTest::newRow("member") << QStringLiteral("/x/y") << "[10,20]";
    QTest::newRow("index") << QStringLiteral("/x/y/1") << "20";
    QTest::newRow("index out of range") << QStringLiteral("/x/y/2") << "missing";
    QTest::newRow("leading zero") << QStringLiteral("/x/y/01") << "missing";
    QTest::newRow("escaped slash") << QStringLiteral("/a~1b") << "1";
    QTest::newRow("escaped tilde") << QStringLiteral("/m~0n") << "2";
    QTest::newRow("through a number") << QStringLiteral("/x/y/0/z") << "missing";
    QTest::newRow("absent") << QStringLiteral("/nope") << "missing";
}

void TestSystemsConfig::pointers()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    const QJsonObject doc = parse(R"({"a/b": 1, "m~n": 2, "x": {"y": [10, 20]}})");
    QString error;
    const auto p = JsonPointer::parse(pointer, &error);
    QVERIFY2(p, qPrintable(error));
    const auto v = p->resolve(doc);
    QString got = QStringLiteral("missing");
    if (v) {
        const QJsonArray wrapped{*v};
        got = QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
    QCOMPARE(got, expected);
}

void TestSystemsConfig::mapsThePosLayout()
{
    QString error;
    const SystemsConfig config = SystemsConfig::fromJson(systemsFile(), &error);
    const SystemApi& pos = config.systems.constFirst();
    const auto stock = mapInventoryItem(
        parse(R"({"item": {"code": "SKU-000042"}, "store": "ST-014", "stock": {"available": 12, "allocated": 2}, "updated_ms": 1793577600123})"),
        pos.inventory, QStringLiteral("pos"), &error);
    QVERIFY2(stock, qPrintable(error));
    QCOMPARE(stock->sku, QStringLiteral("SKU-000042"));
    QCOMPARE(stock->node, QStringLiteral("ST-014"));
    QCOMPARE(stock->system, QStringLiteral("pos"));
    QCOMPARE(stock->onHand, 12);
    QCOMPARE(stock->reserved, 2);
    QCOMPARE(stock->asOf.micros(), 1793577600123000LL);

    const auto price = mapPriceItem(
        parse(R"({"item": {"code": "SKU-000042"}, "store": "ST-014", "price": {"amount": "12.99", "currency": "EUR"}, "promo": "CAMP-0002", "updated_ms": 1793577600000})"),
        pos.prices, QStringLiteral("pos"), &error);
    QVERIFY2(price, qPrintable(error));
    QCOMPARE(price->priceMinor, 1299);
    QCOMPARE(price->currency, QStringLiteral("EUR"));
    QCOMPARE(price->promotionId, QStringLiteral("CAMP-0002"));
    QCOMPARE(price->asOf.toIso(), QStringLiteral("2026-11-02T00:00:00.000000Z"));

    const auto noPromotion = mapPriceItem(
        parse(R"({"item": {"code": "S"}, "store": "ST-1", "price": {"amount": "3", "currency": "EUR"}, "promo": null, "updated_ms": 0})"),
        pos.prices, QStringLiteral("pos"), &error);
    QVERIFY2(noPromotion, qPrintable(error));
    QCOMPARE(noPromotion->priceMinor, 300);
    QVERIFY(noPromotion->promotionId.isEmpty());
}

void TestSystemsConfig::mapsTheStandardLayout()
{
    QString error;
    const SystemsConfig config = exampleSystems(&error);
    const SystemApi* erp = config.find(QStringLiteral("erp"));
    QVERIFY2(erp, qPrintable(error));
    const auto stock = mapInventoryItem(
        parse(R"({"sku": "SKU-000042", "node": "ST-014", "on_hand": 12, "reserved": 2, "as_of": "2026-11-02T00:00:00.000001Z"})"),
        erp->inventory, QStringLiteral("erp"), &error);
    QVERIFY2(stock, qPrintable(error));
    QCOMPARE(stock->asOf.micros() % 1'000'000, 1);
    // A system that knows no cost leaves it out.
    QCOMPARE(stock->unitCostMinor, 0);
    QVERIFY(stock->costCurrency.isEmpty());
    const auto costed = mapInventoryItem(
        parse(R"({"sku": "SKU-000042", "node": "ST-014", "on_hand": 12, "reserved": 2, "as_of": "2026-11-02T00:00:00Z", "unit_cost_minor": 742, "currency": "EUR"})"),
        erp->inventory, QStringLiteral("erp"), &error);
    QVERIFY2(costed, qPrintable(error));
    QCOMPARE(costed->unitCostMinor, 742);
    QCOMPARE(costed->costCurrency, QStringLiteral("EUR"));
    const auto unknown = mapInventoryItem(
        parse(R"({"sku": "SKU-000042", "node": "ST-014", "on_hand": 12, "as_of": "2026-11-02T00:00:00Z", "unit_cost_minor": null, "currency": null})"),
        erp->inventory, QStringLiteral("erp"), &error);
    QVERIFY2(unknown, qPrintable(error));
    QCOMPARE(unknown->unitCostMinor, 0);
    QVERIFY(unknown->costCurrency.isEmpty());
    const auto price = mapPriceItem(
        parse(R"({"sku": "SKU-000042", "node": "WEB", "price_minor": 1299, "currency": "EUR", "promotion_id": null, "as_of": "2026-11-02T00:00:00.000000Z"})"),
        erp->prices, QStringLiteral("erp"), &error);
    QVERIFY2(price, qPrintable(error));
    QCOMPARE(price->priceMinor, 1299);
    QVERIFY(price->promotionId.isEmpty());
}

void TestSystemsConfig::itemErrorsNameTheFieldAndPointer_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray(R"({"item": {"code": "S"}, "store": "ST-1", "stock": {}, "updated_ms": 0})")
                             << QStringLiteral("field on_hand (/stock/available) is missing");
    QTest::newRow("text for a count") << QByteArray(R"({"item": {"code": "S"}, "store": "ST-1", "stock": {"available": "12"}, "updated_ms": 0})")
                                      << QStringLiteral("field on_hand (/stock/available) is the text \"12\", not a whole number");
    QTest::newRow("fraction") << QByteArray(R"({"item": {"code": "S"}, "store": "ST-1", "stock": {"available": 1.5}, "updated_ms": 0})")
                              << QStringLiteral("field on_hand (/stock/available) is the number 1.5, not a whole number");
    QTest::newRow("empty sku") << QByteArray(R"({"item": {"code": ""}, "store": "ST-1", "stock": {"available": 1}, "updated_ms": 0})")
                               << QStringLiteral("field sku (/item/code) is empty");
    QTest::newRow("number for a sku") << QByteArray(R"({"item": {"code": 7}, "store": "ST-1", "stock": {"available": 1}, "updated_ms": 0})")
                                      << QStringLiteral("field sku (/item/code) is the number 7, not text");
    QTest::newRow("time as text") << QByteArray(R"({"item": {"code": "S"}, "store": "ST-1", "stock": {"available": 1}, "updated_ms": "2026-11-02"})")
                                  << QStringLiteral("field as_of (/updated_ms) is the text \"2026-11-02\", not a whole number");
    QTest::newRow("not an object") << QByteArray(R"([1])") << QStringLiteral("field sku (/item/code) is missing");
}

void TestSystemsConfig::itemErrorsNameTheFieldAndPointer()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, expected);
    QString error;
    const SystemsConfig config = SystemsConfig::fromJson(systemsFile(), &error);
    const QJsonDocument doc = QJsonDocument::fromJson(item);
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    QVERIFY(!mapInventoryItem(value, config.systems.constFirst().inventory, QStringLiteral("pos"), &error));
    QCOMPARE(error, expected);
}

void TestSystemsConfig::aMalformedCostIsAnItemError_data()
{
    QTest::addColumn<QByteArray>("cost"); // the cost fields of an ERP item
    QTest::addColumn<QString>("expected");
    QTest::newRow("decimal text") << QByteArray(R"("unit_cost_minor": "7.42", "currency": "EUR")")
                                  << QStringLiteral("field unit_cost (/unit_cost_minor) is the text \"7.42\", not a whole number");
    QTest::newRow("fraction") << QByteArray(R"("unit_cost_minor": 7.5, "currency": "EUR")")
                              << QStringLiteral("field unit_cost (/unit_cost_minor) is the number 7.5, not a whole number");
    QTest::newRow("negative") << QByteArray(R"("unit_cost_minor": -742, "currency": "EUR")")
                              << QStringLiteral("field unit_cost (/unit_cost_minor) is -742, below zero");
    QTest::newRow("boolean") << QByteArray(R"("unit_cost_minor": false, "currency": "EUR")")
                                   << QStringLiteral("field unit_cost (/unit_cost_minor) is a boolean, not a whole number");
    QTest::newRow("numeric currency") << QByteArray(R"("unit_cost_minor": 742, "currency": 978)")
                                      << QStringLiteral("field cost_currency (/currency) is the number 978, not text");
    QTest::newRow("empty currency") << QByteArray(R"("unit_cost_minor": 742, "currency": "")")
                                    << QStringLiteral("field cost_currency (/currency) is empty");
}

void TestSystemsConfig::aMalformedCostIsAnItemError()
{
    QFETCH(QByteArray, cost);
    QFETCH(QString, expected);
    QString error;
    const SystemsConfig config = exampleSystems(&error);
    const SystemApi* erp = config.find(QStringLiteral("erp"));
    QVERIFY2(erp, qPrintable(error));
    const QByteArray item = R"({"sku": "SKU-000042", "node": "ST-014", "on_hand": 12, "as_of": "2026-11-02T00:00:00Z", )" + cost + '}';
    QVERIFY(!mapInventoryItem(parse(item.constData()), erp->inventory, QStringLiteral("erp"), &error));
    QCOMPARE(error, expected);
}

void TestSystemsConfig::decimalMinor_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("expected"); // kRefused: refused
    QTest::newRow("two decimals") << QJsonValue(QStringLiteral("12.99")) << 2 << qint64(1299);
    QTest::newRow("one decimal") << QJsonValue(QStringLiteral("12.9")) << 2 << qint64(1290);
    QTest::newRow("whole") << QJsonValue(QStringLiteral("12")) << 2 << qint64(1200);
    QTest::newRow("zero decimals") << QJsonValue(QStringLiteral("1299")) << 0 << qint64(1299);
    QTest::newRow("negative") << QJsonValue(QStringLiteral("-0.05")) << 2 << qint64(-5);
    QTest::newRow("too precise") << QJsonValue(QStringLiteral("12.999")) << 2 << kRefused;
    QTest::newRow("trailing dot") << QJsonValue(QStringLiteral("12.")) << 2 << kRefused;
    QTest::newRow("comma") << QJsonValue(QStringLiteral("12,99")) << 2 << kRefused;
    QTest::newRow("exponent") << QJsonValue(QStringLiteral("1e3")) << 2 << kRefused;
    QTest::newRow("a number") << QJsonValue(12.99) << 2 << kRefused;
    QTest::newRow("empty") << QJsonValue(QString()) << 2 << kRefused;
}

void TestSystemsConfig::decimalMinor()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, decimals);
    QFETCH(qint64, expected);
    QString error;
    const auto minor = readDecimalMinor(value, decimals, &error);
    if (expected == kRefused) {
        QVERIFY(!minor);
        QVERIFY(error.contains(QStringLiteral("not a decimal amount")));
    } else {
        QVERIFY2(minor, qPrintable(error));
        QCOMPARE(*minor, expected);
    }
}

void TestSystemsConfig::templatesEncodeAndDropEmptyParameters()
{
    QString error;
    const auto cell = EndpointTemplate::parse(QStringLiteral("/pos/inventory/{node}/{sku}"),
                                              {QStringLiteral("node"), QStringLiteral("sku")}, &error);
    QVERIFY2(cell, qPrintable(error));
    QCOMPARE(cell->expand({{QStringLiteral("node"), QStringLiteral("ST 1")}, {QStringLiteral("sku"), QStringLiteral("A/B?&ü")}}),
             QByteArray("/pos/inventory/ST%201/A%2FB%3F%26%C3%BC"));
    const auto page = EndpointTemplate::parse(QStringLiteral("/pos/inventory?node={node}&page_size=500&page_token={page_token}"),
                                              {QStringLiteral("node"), QStringLiteral("page_token")}, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->expand({}), QByteArray("/pos/inventory?page_size=500"));
    QCOMPARE(page->expand({{QStringLiteral("node"), QStringLiteral("DC-EAST")}, {QStringLiteral("page_token"), QStringLiteral("a+b=")}}),
             QByteArray("/pos/inventory?node=DC-EAST&page_size=500&page_token=a%2Bb%3D"));
}

void TestSystemsConfig::plans()
{
    QFile file(QStringLiteral(":/controltower/systems.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const SystemsConfig config = SystemsConfig::fromJson(file.readAll(), &error);
    const DeltaRules rules;
    auto systemsOf = [](const QList<PlannedRequest>& plan) {
        QStringList out;
        for (const PlannedRequest& r : plan)
            out << r.system + QLatin1Char(' ') + measureName(r.measure) + QLatin1Char(' ') + r.node + QLatin1Char('/') + r.sku;
        return out;
    };
    const auto selection = planSelection(config, rules, {{QStringLiteral("SKU-1"), QStringLiteral("DC-EAST")}, {QStringLiteral("SKU-1"), QStringLiteral("ST-001")}},
                                         {Measure::Inventory});
    QCOMPARE(systemsOf(selection), (QStringList{QStringLiteral("erp inventory DC-EAST/SKU-1"), QStringLiteral("erp inventory ST-001/SKU-1"),
                                                QStringLiteral("wms inventory DC-EAST/SKU-1"), QStringLiteral("pos inventory ST-001/SKU-1"),
                                                QStringLiteral("webshop inventory DC-EAST/SKU-1"), QStringLiteral("webshop inventory ST-001/SKU-1")}));
    const auto everything = planBulk(config, rules, {}, {Measure::Inventory, Measure::Prices});
    QCOMPARE(everything.size(), 8);
    QVERIFY(std::all_of(everything.cbegin(), everything.cend(), [](const PlannedRequest& r) { return r.paged && r.node.isEmpty(); }));
    const auto store = planBulk(config, rules, {QStringLiteral("ST-003")}, {Measure::Prices});
    QCOMPARE(systemsOf(store), (QStringList{QStringLiteral("erp prices ST-003/"), QStringLiteral("pos prices ST-003/"),
                                            QStringLiteral("webshop prices ST-003/")}));
}

void TestSystemsConfig::secretsFromEnvironmentThenKeychain()
{
    QCOMPARE(apiSecretVariable(QStringLiteral("web-shop")), QStringLiteral("CTOWER_API_SECRET_WEB_SHOP"));
    QFile file(QStringLiteral(":/controltower/systems.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const SystemsConfig config = SystemsConfig::fromJson(file.readAll(), &error);
    test::MemorySecretStore keychain;
    keychain.secrets.insert(QStringLiteral("systems/erp/token"), QStringLiteral("from-keychain"));
    keychain.secrets.insert(QStringLiteral("systems/wms/token"), QStringLiteral("shadowed"));
    const QHash<QString, QString> environment{{QStringLiteral("CTOWER_API_SECRET_WMS"), QStringLiteral("from-env")},
                                              {QStringLiteral("CTOWER_API_SECRET_POS"), QStringLiteral("pos-env")}};
    std::optional<ApiSecrets> answer;
    resolveApiSecrets(config, &keychain, [&](const QString& name) { return environment.value(name); },
                      [&](const ApiSecrets& s) { answer = s; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->secrets.value(QStringLiteral("erp")), QStringLiteral("from-keychain"));
    QCOMPARE(answer->secrets.value(QStringLiteral("wms")), QStringLiteral("from-env"));
    QCOMPARE(answer->secrets.value(QStringLiteral("pos")), QStringLiteral("pos-env"));
    QVERIFY(!answer->secrets.contains(QStringLiteral("webshop")));
    QVERIFY2(answer->errors.value(QStringLiteral("webshop")).contains(QStringLiteral("CTOWER_API_SECRET_WEBSHOP")),
             qPrintable(answer->errors.value(QStringLiteral("webshop"))));

    keychain.unavailable = true;
    answer.reset();
    resolveApiSecrets(config, &keychain, [](const QString&) { return QString(); }, [&](const ApiSecrets& s) { answer = s; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->errors.size(), 4);
    QVERIFY(answer->errors.value(QStringLiteral("erp")).contains(QStringLiteral("keychain is unavailable")));
}

QTEST_GUILESS_MAIN(TestSystemsConfig)
#include "tst_systemsconfig.moc"
