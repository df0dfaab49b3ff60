// Payloads decoded for people, and their personal data masked: every kind, and hostile input that must
// fall back to hex with a reason rather than crash (invalid UTF-8, 100k nesting, truncation, binary,
// a protobuf of the wrong type).
#include "contenttype.h"
#include "decodedpayload.h"
#include "payloads/protobufpayloaddecoder.h"
#include "personaldatamask.h"
#include "piifields.h"

#include "controltower/v1/retail.pb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;

namespace {

const QString kSaleType = QStringLiteral("application/x-protobuf; messageType=controltower.v1.SaleCompleted");
const QString kOrderType = QStringLiteral("application/x-protobuf; messageType=controltower.v1.OrderCaptured");

QByteArray saleBytes()
{
    controltower::v1::SaleCompleted sale;
    sale.set_receipt_id("RCP-1");
    sale.set_store("ST-014");
    auto* line = sale.add_lines();
    line->set_sku("SKU-001181");
    line->set_quantity(2);
    sale.set_total_minor(1998);
    sale.set_currency("EUR");
    return QByteArray::fromStdString(sale.SerializeAsString());
}

QByteArray orderBytes()
{
    controltower::v1::OrderCaptured order;
    order.set_order_id("ORD-1");
    order.set_customer_email("ada@example.com");
    order.set_customer_name("Ada Lovelace");
    order.mutable_ship_to()->set_postal_code("10115");
    order.mutable_ship_to()->set_city("Berlin");
    order.mutable_ship_to()->set_country("DE");
    return QByteArray::fromStdString(order.SerializeAsString());
}

QJsonValue json(const char* text)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text));
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

} // namespace

Q_DECLARE_METATYPE(DecodedPayload::Kind)
Q_DECLARE_METATYPE(DecodedPayload::Reason)

class TestPayloadDecoding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesEveryKind_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<DecodedPayload::Kind>("kind");
        QTest::addColumn<DecodedPayload::Reason>("reason");
        using K = DecodedPayload::Kind;
        using R = DecodedPayload::Reason;
        const QString json = QStringLiteral("application/json");
        const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
        const QByteArray sale = saleBytes();

        QTest::newRow("empty") << QByteArray() << json << K::Empty << R::None;
        QTest::newRow("json object") << QByteArray(R"({"a": [1, {"b": "c"}]})") << json << K::Json << R::None;
        QTest::newRow("json array, charset") << QByteArray("[1,2]") << QStringLiteral("application/json; charset=utf-8")
                                             << K::Json << R::None;
        QTest::newRow("json by content, no type") << QByteArray("  {\"a\":1}") << QString() << K::Json << R::None;
        QTest::newRow("cloudevents+json") << QByteArray("{}") << QStringLiteral("application/cloudevents+json")
                                          << K::Json << R::None;
        QTest::newRow("text") << QByteArray("order ORD-1 captured\n") << QStringLiteral("text/plain") << K::Text << R::None;
        QTest::newRow("protobuf") << sale << kSaleType << K::Protobuf << R::None;
        QTest::newRow("protobuf, quoted type") << sale
                                               << QStringLiteral("application/x-protobuf; MessageType=\"controltower.v1.SaleCompleted\"")
                                               << K::Protobuf << R::None;
        // Hostile or broken input: hex, and why.
        QTest::newRow("json, invalid utf-8") << QByteArray("{\"name\": \"Ad\xff\"}") << json << K::Hex << R::InvalidUtf8;
        QTest::newRow("json, overlong utf-8") << QByteArray("{\"a\": \"\xc0\xaf\"}") << json << K::Hex << R::InvalidUtf8;
        QTest::newRow("json, surrogate") << QByteArray("{\"a\": \"\xed\xa0\x80\"}") << json << K::Hex << R::InvalidUtf8;
        QTest::newRow("json, 100k nesting") << deep << json << K::Hex << R::TooDeep;
        QTest::newRow("json, truncated") << QByteArray(R"({"order_id": "ORD-1", "lines": [{"sku": )") << json << K::Hex
                                         << R::MalformedJson;
        QTest::newRow("json type, not json") << QByteArray("hello") << json << K::Hex << R::MalformedJson;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4) << QStringLiteral("application/octet-stream")
                                << K::Hex << R::Binary;
        QTest::newRow("binary, valid utf-8 with NUL") << QByteArray("ab\0cd", 5) << QString() << K::Hex << R::Binary;
        QTest::newRow("text, invalid utf-8") << QByteArray("caf\xe9") << QStringLiteral("text/plain") << K::Hex
                                             << R::InvalidUtf8;
        QTest::newRow("protobuf, truncated") << sale.left(sale.size() - 3) << kSaleType << K::Hex
                                             << R::MalformedProtobuf;
        QTest::newRow("protobuf, garbage") << QByteArray("\xff\xff\xff\xff\xff") << kSaleType << K::Hex
                                           << R::MalformedProtobuf;
        QTest::newRow("protobuf, unknown type") << sale
                                                << QStringLiteral("application/x-protobuf; messageType=controltower.v1.Nope")
                                                << K::Hex << R::UnknownType;
        QTest::newRow("protobuf, no type named") << sale << QStringLiteral("application/x-protobuf") << K::Hex
                                                 << R::UnknownType;
        // SaleCompleted's bytes read as OrderCaptured: fields 4..7 have other types or no name there.
        QTest::newRow("protobuf, wrong type") << sale << kOrderType << K::Protobuf << R::UnknownFields;
    }

    void decodesEveryKind()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, contentType);
        QFETCH(DecodedPayload::Kind, kind);
        QFETCH(DecodedPayload::Reason, reason);
        const ProtobufPayloadDecoder decoder;
        const DecodedPayload d = decodePayload(payload, contentType, &decoder);
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.reason, reason);
        QCOMPARE(d.size, payload.size());
        if (kind == DecodedPayload::Kind::Hex) {
            QVERIFY(d.text.startsWith(QStringLiteral("00000000  ")));  // the offset column
            QVERIFY(d.tree.isUndefined() || d.tree.isNull());
        }
        if (d.hasFields())
            QVERIFY(d.tree.isObject() || d.tree.isArray());
    }

    void pointsAtTheBadByte()
    {
        const DecodedPayload d = decodePayload(QByteArray("{\"a\": \"x\xff\"}"), QStringLiteral("application/json"));
        QCOMPARE(d.offset, 8);
        QCOMPARE(firstInvalidUtf8(QByteArray("ok \xe2\x82\xac \xf0\x9f\x98\x80")), -1);  // € and an emoji
        QCOMPARE(firstInvalidUtf8(QByteArray("\xe2\x82")), 0);                               // cut short
        QCOMPARE(firstInvalidUtf8(QByteArray("a\xf4\x90\x80\x80")), 1);                      // past U+10FFFF
    }

    void protobufWithoutADecoderIsHex()
    {
        const DecodedPayload d = decodePayload(saleBytes(), kSaleType, nullptr);
        QCOMPARE(d.kind, DecodedPayload::Kind::Hex);
        QCOMPARE(d.reason, DecodedPayload::Reason::NoDecoder);
    }

    void protobufKeepsTheContractsFieldNames()
    {
        const ProtobufPayloadDecoder decoder;
        const DecodedPayload d = decodePayload(orderBytes(), kOrderType, &decoder);
        QCOMPARE(d.kind, DecodedPayload::Kind::Protobuf);
        QCOMPARE(d.typeName, QStringLiteral("controltower.v1.OrderCaptured"));
        const QJsonObject o = d.tree.toObject();
        QCOMPARE(o.value(QLatin1String("customer_email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(o.value(QLatin1String("ship_to")).toObject().value(QLatin1String("city")).toString(),
                 QStringLiteral("Berlin"));
        QVERIFY(o.contains(QLatin1String("total_minor")));  // zero values are shown too
    }

    void hexIsCapped()
    {
        const QByteArray big(200'000, '\x01');
        const DecodedPayload d = decodePayload(big, QString());
        QCOMPARE(d.kind, DecodedPayload::Kind::Hex);
        QCOMPARE(d.text.count(QLatin1Char('\n')), kHexShownBytes / 16 + 1);
        QVERIFY(d.text.endsWith(QStringLiteral("… %1 more bytes\n").arg(200'000 - kHexShownBytes)));
    }

    void theListComesFromResources()
    {
        const QSet<QString>& names = piiFieldNames();
        for (const char* name : {"customer_email", "customer_name", "customer_phone", "ship_to", "email", "phone",
                                 "name", "address", "street", "postal_code", "city"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    void masksPersonalData_data()
    {
        QTest::addColumn<QJsonValue>("tree");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addColumn<int>("masked");
        QTest::newRow("nothing personal") << json(R"({"order_id": "ORD-1", "lines": [{"sku": "S", "quantity": 2}]})")
                                          << json(R"({"order_id": "ORD-1", "lines": [{"sku": "S", "quantity": 2}]})") << 0;
        QTest::newRow("top-level fields")
            << json(R"({"customer_email": "a@b.c", "customer_name": "Ada", "customer_phone": "+49 30 1", "order_id": "O"})")
            << json(R"({"customer_email": "•••", "customer_name": "•••", "customer_phone": "•••", "order_id": "O"})") << 3;
        QTest::newRow("ship_to, every value inside")
            << json(R"({"ship_to": {"street": "Unter den Linden 1", "postal_code": "10117", "city": "Berlin", "country": "DE"}})")
            << json(R"({"ship_to": {"street": "•••", "postal_code": "•••", "city": "•••", "country": "•••"}})") << 4;
        QTest::newRow("nested objects and arrays")
            << json(R"({"customers": [{"profile": {"email": "x@y.z", "tier": "gold"}}, {"profile": {"phone": 491701234}}]})")
            << json(R"({"customers": [{"profile": {"email": "•••", "tier": "gold"}}, {"profile": {"phone": "•••"}}]})") << 2;
        QTest::newRow("a list of personal values")
            << json(R"({"phone": ["+1", "+2"], "address": [{"city": "A"}, {"line": ["x", true]}]})")
            << json(R"({"phone": ["•••", "•••"], "address": [{"city": "•••"}, {"line": ["•••", "•••"]}]})") << 5;
        QTest::newRow("other spellings") << json(R"({"customerEmail": "a@b.c", "Postal-Code": "1", "shipTo": {"x": "y"}})")
                                         << json(R"({"customerEmail": "•••", "Postal-Code": "•••", "shipTo": {"x": "•••"}})")
                                         << 3;
        QTest::newRow("null and empty hold nothing") << json(R"({"email": null, "name": "", "phone": "1"})")
                                                     << json(R"({"email": null, "name": "", "phone": "•••"})") << 1;
        QTest::newRow("top-level array") << json(R"([{"name": "Ada"}, {"sku": "name"}])")
                                         << json(R"([{"name": "•••"}, {"sku": "name"}])") << 1;
    }

    void masksPersonalData()
    {
        QFETCH(QJsonValue, tree);
        QFETCH(QJsonValue, expected);
        QFETCH(int, masked);
        const PersonalDataMask::Result r = PersonalDataMask::standard().apply(tree);
        QCOMPARE(r.tree, expected);
        QCOMPARE(r.masked, masked);
    }

    void masksADecodedProtobuf()
    {
        const ProtobufPayloadDecoder decoder;
        const DecodedPayload d = decodePayload(orderBytes(), kOrderType, &decoder);
        const PersonalDataMask::Result r = PersonalDataMask::standard().apply(d.tree);
        const QString text = prettyJson(r.tree);
        for (const char* secret : {"ada@example.com", "Ada Lovelace", "10115", "Berlin"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
        QVERIFY(text.contains(QStringLiteral("ORD-1")));
        QCOMPARE(r.masked, 5);  // email, name, and ship_to's postal code, city and country
    }

    void contentTypes()
    {
        const ContentType t = ContentType::parse(u" Application/X-Protobuf ; charset=x; messageType = a.B ");
        QCOMPARE(t.mediaType, QStringLiteral("application/x-protobuf"));
        QVERIFY(t.isProtobuf());
        QCOMPARE(t.parameter(u"messagetype"), QStringLiteral("a.B"));
        QCOMPARE(t.parameter(u"proto"), QString());
        QVERIFY(ContentType::parse(u"application/vnd.api+json").isJson());
        QVERIFY(!ContentType::parse(u"text/plain").isJson());
    }
};

QTEST_GUILESS_MAIN(TestPayloadDecoding)
#include "tst_payloaddecoding.moc"
