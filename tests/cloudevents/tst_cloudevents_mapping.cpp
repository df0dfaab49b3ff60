// The CloudEvents mapping (ARCHITECTURE.md §10) in every content mode, and the encoder as its inverse:
// what `ctower demo --emit` sends decodes to the events a direct demo stores.
#include "cloudeventsfixture.h"
#include "simulatedrun.h"

#include "controltower/v1/event_batch.pb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;
using namespace ct::cloudevents;
using namespace ct::test;

Q_DECLARE_METATYPE(ct::cloudevents::Request)
Q_DECLARE_METATYPE(ct::cloudevents::Mode)

namespace {

const QList<Mode> kModes = {Mode::Binary, Mode::Structured, Mode::Batch, Mode::Protobuf};

// The fixture's valid event, as every mode must store it.
Event validEvent()
{
    Event e;
    e.id = QStringLiteral("evt-1");
    e.source = QStringLiteral("erp");
    e.type = QStringLiteral("erp.sales_order.posted");
    e.correlationId = QStringLiteral("ORD-42");
    e.causationId = QStringLiteral("evt-0");
    e.flow = QStringLiteral("order-to-cash");
    e.stage = QStringLiteral("erp-post");
    e.node = QStringLiteral("DC-EAST");
    e.subject = QStringLiteral("SO-1001");
    e.status = EventStatus::Failed;
    e.occurredAt = kOccurredAt;
    e.recordedAt = kReceivedAt;
    e.sku = QStringLiteral("SKU-00042");
    e.quantity = 3;
    e.amountMinor = 12999;
    e.currency = QStringLiteral("EUR");
    e.contentType = QStringLiteral("application/json");
    e.payload = validPayload();
    e.attributes = QByteArray(R"({"region":"eu-west","traceparent":")") + kTraceparent + "\"}";
    return e;
}

// The fixture's valid event as a request of each mode.
Request validRequest(Mode mode)
{
    switch (mode) {
    case Mode::Binary:
        return validBinaryRequest();
    case Mode::Structured:
        return requestOf(mode, objectText(validMembers(1)));
    case Mode::Batch:
        return requestOf(mode, batchText({validMembers(1)}));
    case Mode::Protobuf:
        return requestOf(mode, protobufBatch({validProtobufEvent(1)}));
    }
    return {};
}

// Every stored field but the store's own key.
void compareEvents(const Event& actual, const Event& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.type, expected.type);
    QCOMPARE(actual.correlationId, expected.correlationId);
    QCOMPARE(actual.causationId, expected.causationId);
    QCOMPARE(actual.flow, expected.flow);
    QCOMPARE(actual.stage, expected.stage);
    QCOMPARE(actual.node, expected.node);
    QCOMPARE(actual.subject, expected.subject);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.occurredAt.micros(), expected.occurredAt.micros());
    QCOMPARE(actual.recordedAt.micros(), expected.recordedAt.micros());
    QCOMPARE(actual.sku, expected.sku);
    QCOMPARE(actual.quantity, expected.quantity);
    QCOMPARE(actual.amountMinor, expected.amountMinor);
    QCOMPARE(actual.currency, expected.currency);
    QCOMPARE(actual.contentType, expected.contentType);
    QCOMPARE(actual.payload, expected.payload);
    QCOMPARE(actual.attributes, expected.attributes);
    QVERIFY(actual.key.isEmpty());
}

Event decodeOne(Mode mode, const Request& request)
{
    const Decoded decoded = decode(mode, request);
    if (!decoded.ok()) {
        qWarning("%s: %s", qPrintable(decoded.error->field), qPrintable(decoded.error->message));
        return Event();
    }
    if (decoded.events.size() != 1) {
        qWarning("%lld events", qlonglong(decoded.events.size()));
        return Event();
    }
    return decoded.events.first();
}

QJsonObject attributesOf(const Event& e)
{
    return QJsonDocument::fromJson(e.attributes).object();
}

// What the encoder sends for `events`, received and decoded again.
QList<Event> roundTrip(Mode mode, const QList<Event>& events)
{
    QList<Event> out;
    for (const Outgoing& o : encode(mode, events)) {
        Request request;
        request.contentType = o.contentType;
        request.headers = o.headers;
        request.body = o.body;
        request.receivedAt = kReceivedAt;
        const std::optional<Mode> detected = contentMode(request);
        if (detected != mode) {
            qWarning("the request's content mode is not %s", qPrintable(modeName(mode)));
            return {};
        }
        const Decoded decoded = decode(mode, request);
        if (!decoded.ok()) {
            qWarning("%s %d: %s", qPrintable(decoded.error->field), decoded.error->index,
                     qPrintable(decoded.error->message));
            return {};
        }
        out.append(decoded.events);
    }
    return out;
}

// The simulated estate, once for every round trip: one day of a small estate still runs every flow.
const QList<Event>& simulatedEvents()
{
    static const QList<Event> events = [] {
        SimulationConfig config = smallConfig();
        config.days = 1;
        return simulate(config).events;
    }();
    return events;
}

// Events the simulator does not write: text that needs percent-encoding, payloads that are not
// compact JSON, times before 1970, the shortest event there is.
QList<Event> edgeEvents()
{
    QList<Event> out;
    Event e = validEvent();
    e.id = QStringLiteral("edge-1");
    e.subject = QStringLiteral("say \"hi\" 100% caf\u00e9\u00a0\u2603 \U0001F600");
    e.sku = QStringLiteral("SKU 1/2");
    e.status = EventStatus::Retrying;
    e.quantity = -5;
    e.amountMinor = 0;
    e.contentType.clear();
    e.payload.clear();
    e.attributes = QByteArray(R"({"note":"a b \"c\" % \u00e9","traceparent":")") + kTraceparent + "\"}";
    e.attributes = QJsonDocument::fromJson(e.attributes).toJson(QJsonDocument::Compact);
    out.append(e);

    const QList<QPair<QString, QByteArray>> payloads = {
        {QStringLiteral("application/json"), QByteArrayLiteral("{ \"a\": 1 }")}, // not compact
        {QStringLiteral("application/json"), QByteArrayLiteral("\"text\"")},     // a JSON string
        {QStringLiteral("application/json"), QByteArrayLiteral("{\"n\":12345678901234567890,\"b\":[]}")},
        {QStringLiteral("application/json"), QByteArrayLiteral("not json")},
        {QStringLiteral("application/json"), QByteArrayLiteral("null")},
        {QStringLiteral("application/vnd.ct+json; charset=utf-8"), QByteArrayLiteral("[1,2.50]")},
        {QString(), QByteArrayLiteral("[1,2]")}, // JSON by default
        {QString(), QByteArray("\x00\x01\xff", 3)},
        {QStringLiteral("application/octet-stream"), QByteArray("\x00\x80\xff\xfe", 4)},
        {QStringLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("hello, w\xc3\xb6rld")},
        {QStringLiteral("application/x-protobuf; messageType=controltower.v1.OrderCaptured"),
         QByteArrayLiteral("\x0a\x03"
                           "abc")},
    };
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        Event p = validEvent();
        p.id = QStringLiteral("payload-%1").arg(i);
        p.status = EventStatus::Skipped;
        p.contentType = payloads[i].first;
        p.payload = payloads[i].second;
        out.append(p);
    }

    Event minimal;
    minimal.id = QStringLiteral("minimal");
    minimal.source = QStringLiteral("pos.st-001");
    minimal.type = QStringLiteral("pos.sale.completed");
    minimal.correlationId = minimal.id; // a transaction of one hop
    minimal.occurredAt = Timestamp::fromMicros(-1);
    out.append(minimal);
    return out;
}

} // namespace

class TestCloudEventsMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contentMode_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("mode"); // -1: none
        const Headers none;
        QTest::newRow("structured") << QByteArray("application/cloudevents+json") << none
                                    << int(Mode::Structured);
        QTest::newRow("structured, charset")
            << QByteArray("application/cloudevents+json; charset=utf-8") << none << int(Mode::Structured);
        QTest::newRow("structured, upper case")
            << QByteArray("Application/CloudEvents+JSON") << none << int(Mode::Structured);
        QTest::newRow("structured, white space")
            << QByteArray("  application/cloudevents+json ;charset=UTF-8") << none << int(Mode::Structured);
        QTest::newRow("batch") << QByteArray("application/cloudevents-batch+json") << none
                               << int(Mode::Batch);
        QTest::newRow("batch, upper case, charset")
            << QByteArray("APPLICATION/CLOUDEVENTS-BATCH+JSON; charset=utf-8") << none << int(Mode::Batch);
        QTest::newRow("protobuf") << QByteArray("application/x-protobuf") << none << int(Mode::Protobuf);
        QTest::newRow("protobuf, parameter")
            << QByteArray("application/x-protobuf; messageType=controltower.v1.EventBatch") << none
            << int(Mode::Protobuf);
        QTest::newRow("binary, JSON data")
            << QByteArray("application/json") << Headers{{"ce-specversion", "1.0"}} << int(Mode::Binary);
        QTest::newRow("binary whatever the type")
            << QByteArray("application/cloudevents+json")
            << Headers{{"ce-id", "1"}, {"ce-specversion", "1.0"}} << int(Mode::Binary);
        QTest::newRow("binary, no type")
            << QByteArray() << Headers{{"CE-SpecVersion", "1.0"}} << int(Mode::Binary);
        QTest::newRow("plain JSON") << QByteArray("application/json") << none << -1;
        QTest::newRow("ce headers without specversion")
            << QByteArray("application/json") << Headers{{"ce-id", "1"}} << -1;
        QTest::newRow("no type") << QByteArray() << none << -1;
        QTest::newRow("a longer type") << QByteArray("application/cloudevents+jsonx") << none << -1;
        QTest::newRow("a shorter type") << QByteArray("application/cloudevents") << none << -1;
        QTest::newRow("text") << QByteArray("text/plain") << none << -1;
    }
    void contentMode()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(Headers, headers);
        QFETCH(int, mode);
        Request request;
        request.contentType = contentType;
        request.headers = headers;
        const std::optional<Mode> detected = cloudevents::contentMode(request);
        QCOMPARE(detected ? int(*detected) : -1, mode);
    }

    void modeNames()
    {
        for (const Mode mode : kModes)
            QCOMPARE(modeFromName(modeName(mode)), mode);
        QCOMPARE(modeName(Mode::Binary), QStringLiteral("binary"));
        QCOMPARE(modeName(Mode::Structured), QStringLiteral("structured"));
        QCOMPARE(modeName(Mode::Batch), QStringLiteral("batch"));
        QCOMPARE(modeName(Mode::Protobuf), QStringLiteral("protobuf"));
        QVERIFY(!modeFromName(u"json"));
        QVERIFY(!modeFromName(u"Binary"));
    }

    // Every attribute of the mapping, the same event in each mode.
    void everyAttribute_data()
    {
        QTest::addColumn<Mode>("mode");
        for (const Mode mode : kModes)
            QTest::newRow(qPrintable(modeName(mode))) << mode;
    }
    void everyAttribute()
    {
        QFETCH(Mode, mode);
        compareEvents(decodeOne(mode, validRequest(mode)), validEvent());
    }

    void batchKeepsOrderAndData()
    {
        const QList<Members> events = {
            with(validMembers(0), "data", "[ \"zero\" ]"),
            with(validMembers(1), "data", "{\"z\":{\"y\":[{\"x\":\"]}\\\"\"}]},\"a\":0}"),
            without(validMembers(2), "data"),
            with(with(validMembers(3), "datacontenttype", "\"text/plain\""), "data", "\"three \\\"3\\\"\""),
        };
        const Decoded decoded = decode(Mode::Batch, requestOf(Mode::Batch, batchText(events)));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.events.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(decoded.events[i].id, QStringLiteral("evt-%1").arg(i));
        QCOMPARE(decoded.events[0].payload, QByteArray("[\"zero\"]"));
        QCOMPARE(decoded.events[1].payload, QByteArray("{\"z\":{\"y\":[{\"x\":\"]}\\\"\"}]},\"a\":0}"));
        QCOMPARE(decoded.events[2].payload, QByteArray());
        QCOMPARE(decoded.events[3].payload, QByteArray("three \"3\""));
    }

    void time_data()
    {
        QTest::addColumn<QByteArray>("time");
        QTest::addColumn<qint64>("micros");
        const qint64 midnight = 1'793'577'600'000'000LL; // 2026-11-02T00:00:00Z
        QTest::newRow("Z") << QByteArray("2026-11-02T00:00:00Z") << midnight;
        QTest::newRow("lower case t and z") << QByteArray("2026-11-02t00:00:00z") << midnight;
        QTest::newRow("+05:30") << QByteArray("2026-11-02T05:30:00+05:30") << midnight;
        QTest::newRow("-08:00") << QByteArray("2026-11-01T16:00:00-08:00") << midnight;
        QTest::newRow("-00:00") << QByteArray("2026-11-02T00:00:00-00:00") << midnight;
        QTest::newRow("+23:59") << QByteArray("2026-11-02T23:59:00+23:59") << midnight;
        QTest::newRow("one digit") << QByteArray("2026-11-02T00:00:00.5Z") << midnight + 500'000;
        QTest::newRow("three digits") << QByteArray("2026-11-02T00:00:00.123Z") << midnight + 123'000;
        QTest::newRow("six digits") << QByteArray("2026-11-02T00:00:00.000001Z") << midnight + 1;
        QTest::newRow("seven digits truncate") << QByteArray("2026-11-02T00:00:00.0000019Z") << midnight + 1;
        QTest::newRow("nine digits truncate")
            << QByteArray("2026-11-02T00:00:00.999999999Z") << midnight + 999'999;
        QTest::newRow("fraction and offset")
            << QByteArray("2026-11-02T01:00:00.25+01:00") << midnight + 250'000;
        QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("before the epoch") << QByteArray("1969-12-31T23:59:59.999999Z") << qint64(-1);
        QTest::newRow("leap day") << QByteArray("2028-02-29T00:00:00Z") << qint64(1'835'395'200'000'000LL);
        QTest::newRow("2000 is a leap year")
            << QByteArray("2000-02-29T00:00:00Z") << qint64(951'782'400'000'000LL);
        QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z") << qint64(1'483'228'800'000'000LL);
        QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59Z") << qint64(253'402'300'799'000'000LL);
    }
    void time()
    {
        QFETCH(QByteArray, time);
        QFETCH(qint64, micros);
        const Event structured = decodeOne(
            Mode::Structured,
            requestOf(Mode::Structured, objectText(with(validMembers(1), "time", '"' + time + '"'))));
        QCOMPARE(structured.occurredAt.micros(), micros);
        QVERIFY(!attributesOf(structured).contains(QStringLiteral("time_source")));
        const Event binary =
            decodeOne(Mode::Binary, validBinaryRequest(withHeader(validHeaders(), "ce-time", time)));
        QCOMPARE(binary.occurredAt.micros(), micros);
        // Percent-encoded, as a careful client may send it.
        const Event encoded =
            decodeOne(Mode::Binary,
                      validBinaryRequest(withHeader(validHeaders(), "ce-time", time.toPercentEncoding())));
        QCOMPARE(encoded.occurredAt.micros(), micros);
    }

    // No time: the event takes the time it was received, and says so in its attributes.
    void missingTime_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Request>("request");
        QTest::newRow("structured") << Mode::Structured
                                    << requestOf(Mode::Structured,
                                                 objectText(without(validMembers(1), "time")));
        QTest::newRow("structured, null")
            << Mode::Structured
            << requestOf(Mode::Structured, objectText(with(validMembers(1), "time", "null")));
        QTest::newRow("batch") << Mode::Batch
                               << requestOf(Mode::Batch, batchText({without(validMembers(1), "time")}));
        QTest::newRow("binary") << Mode::Binary
                                << validBinaryRequest(withoutHeader(validHeaders(), "ce-time"));
        QTest::newRow("protobuf, occurred_at_us 0")
            << Mode::Protobuf
            << requestOf(Mode::Protobuf, protobufBatch({validProtobufEvent(
                                             1, ProtobufWriter().integer(pb::OccurredAtUs, 0).data())}));
    }
    void missingTime()
    {
        QFETCH(Mode, mode);
        QFETCH(Request, request);
        Event expected = validEvent();
        expected.occurredAt = kReceivedAt;
        expected.attributes = QByteArray(R"({"region":"eu-west","time_source":"received","traceparent":")") +
                              kTraceparent + "\"}";
        compareEvents(decodeOne(mode, request), expected);
    }

    void correlation_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Request>("request");
        QTest::addColumn<QString>("correlationId");
        const QString traceId = QString::fromLatin1(kTraceId);
        const QString ownId = QStringLiteral("evt-1");
        const Members noCorrelation = without(validMembers(1), "correlationid");
        QTest::newRow("correlationid wins over traceparent")
            << Mode::Structured << validRequest(Mode::Structured) << QStringLiteral("ORD-42");
        QTest::newRow("traceparent") << Mode::Structured
                                     << requestOf(Mode::Structured, objectText(noCorrelation)) << traceId;
        QTest::newRow("empty correlationid")
            << Mode::Structured
            << requestOf(Mode::Structured, objectText(with(noCorrelation, "correlationid", "\"\"")))
            << traceId;
        QTest::newRow("null correlationid, no traceparent")
            << Mode::Structured
            << requestOf(Mode::Structured,
                         objectText(with(without(noCorrelation, "traceparent"), "correlationid", "null")))
            << ownId;
        QTest::newRow("neither") << Mode::Structured
                                 << requestOf(Mode::Structured,
                                              objectText(without(noCorrelation, "traceparent")))
                                 << ownId;
        QTest::newRow("batch, traceparent")
            << Mode::Batch << requestOf(Mode::Batch, batchText({noCorrelation})) << traceId;
        QTest::newRow("batch, neither")
            << Mode::Batch << requestOf(Mode::Batch, batchText({without(noCorrelation, "traceparent")}))
            << ownId;
        const Headers headers = withoutHeader(validHeaders(), "ce-correlationid");
        QTest::newRow("binary, ce-correlationid wins")
            << Mode::Binary << validBinaryRequest() << QStringLiteral("ORD-42");
        QTest::newRow("binary, traceparent header") << Mode::Binary << validBinaryRequest(headers) << traceId;
        QTest::newRow("binary, ce-traceparent")
            << Mode::Binary
            << validBinaryRequest(
                   withHeader(withoutHeader(headers, "traceparent"), "ce-traceparent", kTraceparent))
            << traceId;
        QTest::newRow("binary, neither")
            << Mode::Binary << validBinaryRequest(withoutHeader(headers, "traceparent")) << ownId;
        const QByteArray noCorrelationId = ProtobufWriter().bytes(pb::CorrelationId, "").data();
        QTest::newRow("protobuf, correlation_id wins")
            << Mode::Protobuf << validRequest(Mode::Protobuf) << QStringLiteral("ORD-42");
        QTest::newRow("protobuf, traceparent attribute")
            << Mode::Protobuf
            << requestOf(Mode::Protobuf, protobufBatch({validProtobufEvent(1, noCorrelationId)})) << traceId;
        QTest::newRow("protobuf, neither")
            << Mode::Protobuf
            << requestOf(Mode::Protobuf, protobufBatch({ProtobufWriter()
                                                            .bytes(pb::Id, "evt-1")
                                                            .bytes(pb::Source, "erp")
                                                            .bytes(pb::Type, "t")
                                                            .data()}))
            << ownId;
    }
    void correlation()
    {
        QFETCH(Mode, mode);
        QFETCH(Request, request);
        QFETCH(QString, correlationId);
        const Event e = decodeOne(mode, request);
        QCOMPARE(e.correlationId, correlationId);
        // traceparent is kept whether or not it gave the correlation id.
        const QJsonObject attributes = attributesOf(e);
        if (attributes.contains(QStringLiteral("traceparent")))
            QCOMPARE(attributes.value(QStringLiteral("traceparent")).toString(),
                     QString::fromLatin1(kTraceparent));
    }

    void extensions()
    {
        Members members = without(without(validMembers(1), "region"), "traceparent");
        members += Members{{"region", "\"eu-west\""},
                           {"count", "5"},
                           {"ratio", "0.5"},
                           {"flag", "true"},
                           {"off", "false"},
                           {"gone", "null"},
                           {"big", "-9007199254740993"},
                           {"dataschema", "\"https://example.com/schema\""},
                           {"x1", "\"\""}};
        const Event json = decodeOne(Mode::Structured, requestOf(Mode::Structured, objectText(members)));
        QCOMPARE(json.attributes,
                 QByteArray(R"({"big":-9007199254740993,"count":5,"dataschema":"https://example.com/schema",)"
                            R"("flag":true,"off":false,"ratio":0.5,"region":"eu-west","x1":""})"));
        // Header values are text.
        Headers headers = withoutHeader(withoutHeader(validHeaders(), "ce-region"), "traceparent");
        headers += Headers{{"ce-count", "5"}, {"ce-flag", "true"}, {"ce-note", "caf%C3%A9"}};
        const Event binary = decodeOne(Mode::Binary, validBinaryRequest(headers));
        QCOMPARE(binary.attributes, QByteArray(R"({"count":"5","flag":"true","note":"café"})"));
        // Other headers are not attributes.
        headers += Headers{{"x-request-id", "1"}, {"cf-id", "2"}, {"content-length", "3"}};
        QCOMPARE(decodeOne(Mode::Binary, validBinaryRequest(headers)).attributes, binary.attributes);
    }

    // What QJsonDocument lets through is read the same way: a byte order mark, an unknown escape as the
    // character itself, a member name written with escapes, white space inside data.
    void lenientJson()
    {
        Members members = with(validMembers(1), "region", "\"a\\qb\\/\"");
        members = without(members, "data") + Members{{"d\\u0061ta", "[ 1 ,\t{ \"a b\" : \"c  d\" } ]"}};
        const QByteArray body = "\xef\xbb\xbf" + objectText(members);
        const Event structured = decodeOne(Mode::Structured, requestOf(Mode::Structured, body));
        QCOMPARE(attributesOf(structured).value(QStringLiteral("region")).toString(), QStringLiteral("aqb/"));
        QCOMPARE(structured.payload, QByteArray(R"([1,{"a b":"c  d"}])"));
        const Event batched =
            decodeOne(Mode::Batch, requestOf(Mode::Batch, "\xef\xbb\xbf" + batchText({members})));
        QCOMPARE(batched.payload, structured.payload);
        QCOMPARE(batched.attributes, structured.attributes);
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("value");
        QTest::newRow("number") << QByteArray("42") << qint64(42);
        QTest::newRow("string") << QByteArray("\"42\"") << qint64(42);
        QTest::newRow("negative number") << QByteArray("-7") << qint64(-7);
        QTest::newRow("negative string") << QByteArray("\"-7\"") << qint64(-7);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("leading zeros") << QByteArray("\"007\"") << qint64(7);
        QTest::newRow("a whole number written with a fraction") << QByteArray("5.0") << qint64(5);
        QTest::newRow("an exponent that is whole") << QByteArray("1e3") << qint64(1000);
        QTest::newRow("a trailing decimal point") << QByteArray("12.") << qint64(12);
        QTest::newRow("negative zero with a fraction") << QByteArray("-0.0") << qint64(0);
        QTest::newRow("a large exponent that is whole")
            << QByteArray("9.2e18") << qint64(9'200'000'000'000'000'000);
        QTest::newRow("largest") << QByteArray("\"9223372036854775807\"")
                                 << std::numeric_limits<qint64>::max();
        QTest::newRow("smallest") << QByteArray("-9223372036854775808") << std::numeric_limits<qint64>::min();
    }
    void integers()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, value);
        const Event e =
            decodeOne(Mode::Structured,
                      requestOf(Mode::Structured,
                                objectText(with(with(validMembers(1), "quantity", json), "amount", json))));
        QCOMPARE(e.quantity, value);
        QCOMPARE(e.amountMinor, value);
        if (json.startsWith('"')) {
            const QByteArray text = json.sliced(1, json.size() - 2);
            const Event binary = decodeOne(
                Mode::Binary, validBinaryRequest(withHeader(withHeader(validHeaders(), "ce-quantity", text),
                                                            "ce-amount", text)));
            QCOMPARE(binary.quantity, value);
            QCOMPARE(binary.amountMinor, value);
        }
    }

    void absentOptionals()
    {
        const QByteArray minimal =
            R"({"specversion":"1.0","id":"a","source":"b","type":"c","subject":null,"quantity":null})";
        const Event e = decodeOne(Mode::Structured, requestOf(Mode::Structured, minimal));
        QVERIFY(!e.quantity);
        QVERIFY(!e.amountMinor);
        QVERIFY(e.subject.isEmpty() && e.flow.isEmpty() && e.sku.isEmpty() && e.contentType.isEmpty());
        QCOMPARE(e.status, EventStatus::Ok);
        QVERIFY(e.payload.isEmpty());
        QCOMPARE(e.attributes, QByteArray(R"({"time_source":"received"})"));
        for (const QString& status : {QStringLiteral("ok"), QStringLiteral("failed"),
                                      QStringLiteral("retrying"), QStringLiteral("skipped")}) {
            const Event s = decodeOne(
                Mode::Structured,
                requestOf(Mode::Structured,
                          objectText(with(validMembers(1), "status", '"' + status.toLatin1() + '"'))));
            QCOMPARE(eventStatusName(s.status), status);
        }
    }

    void data_data()
    {
        QTest::addColumn<QByteArray>("contentType"); // raw JSON: a string, or empty for none
        QTest::addColumn<QByteArray>("member");      // "data" or "data_base64"
        QTest::addColumn<QByteArray>("value");       // raw JSON
        QTest::addColumn<QByteArray>("payload");
        const QByteArray data = "data";
        QTest::newRow("object, no content type, member order kept")
            << QByteArray() << data << QByteArray("{ \"b\" : 1, \"a\" : [ true , null ] }")
            << QByteArray("{\"b\":1,\"a\":[true,null]}");
        QTest::newRow("numbers as written") << QByteArray("\"application/json\"") << data
                                            << QByteArray("[1, 2.50, 1e2, -0, 12345678901234567890]")
                                            << QByteArray("[1,2.50,1e2,-0,12345678901234567890]");
        QTest::newRow("white space inside strings kept")
            << QByteArray("\"application/json\"") << data << QByteArray("{\"s\" : \"a \\t b\\n\"}")
            << QByteArray("{\"s\":\"a \\t b\\n\"}");
        QTest::newRow("JSON string stays JSON text")
            << QByteArray("\"application/json\"") << data << QByteArray("\"hello \\\"world\\\"\"")
            << QByteArray("\"hello \\\"world\\\"\"");
        QTest::newRow("charset parameter") << QByteArray("\"application/json; charset=utf-8\"") << data
                                           << QByteArray("\"x\"") << QByteArray("\"x\"");
        QTest::newRow("+json") << QByteArray("\"application/vnd.ct.order+json\"") << data << QByteArray("{ }")
                               << QByteArray("{}");
        QTest::newRow("text/json") << QByteArray("\"text/json\"") << data << QByteArray("[ ]")
                                   << QByteArray("[]");
        QTest::newRow("upper-case JSON type")
            << QByteArray("\"Application/JSON\"") << data << QByteArray("\"x\"") << QByteArray("\"x\"");
        QTest::newRow("null data") << QByteArray("\"application/json\"") << data << QByteArray("null")
                                   << QByteArray("null");
        QTest::newRow("number data") << QByteArray() << data << QByteArray(" 42 ") << QByteArray("42");
        QTest::newRow("text") << QByteArray("\"text/plain\"") << data
                              << QByteArray("\"caf\\u00e9 \\\"x\\\"\"") << QByteArray("caf\xc3\xa9 \"x\"");
        QTest::newRow("XML") << QByteArray("\"application/xml\"") << data
                             << QByteArray("\"<much wow=\\\"xml\\\"/>\"")
                             << QByteArray("<much wow=\"xml\"/>");
        QTest::newRow("object under a text type is kept as JSON")
            << QByteArray("\"text/plain\"") << data << QByteArray("{ \"a\" : 1 }") << QByteArray("{\"a\":1}");
        QTest::newRow("escaped member name") << QByteArray() << QByteArray("d\\u0061ta")
                                             << QByteArray("{ \"x\": 1 }") << QByteArray("{\"x\":1}");
        QTest::newRow("brackets and quotes in strings")
            << QByteArray() << data << QByteArray("{\"s\": \"a}\\\"]b\\\\\", \"t\": [ \"{\" ]}")
            << QByteArray("{\"s\":\"a}\\\"]b\\\\\",\"t\":[\"{\"]}");
        QTest::newRow("nested 1000 levels")
            << QByteArray() << data << QByteArray(1000, '[') + ' ' + QByteArray(1000, ']')
            << QByteArray(1000, '[') + QByteArray(1000, ']');
        QTest::newRow("base64") << QByteArray("\"application/octet-stream\"") << QByteArray("data_base64")
                                << QByteArray("\"AAH//g==\"") << QByteArray("\x00\x01\xff\xfe", 4);
        QTest::newRow("base64 without padding") << QByteArray("\"text/plain\"") << QByteArray("data_base64")
                                                << QByteArray("\"aGk\"") << QByteArray("hi");
        QTest::newRow("base64 of JSON stays bytes")
            << QByteArray("\"application/json\"") << QByteArray("data_base64")
            << QByteArray("\"eyAiYSI6IDEgfQ==\"") << QByteArray("{ \"a\": 1 }");
        QTest::newRow("empty base64")
            << QByteArray() << QByteArray("data_base64") << QByteArray("\"\"") << QByteArray();
        QTest::newRow("null base64") << QByteArray() << QByteArray("data_base64") << QByteArray("null")
                                     << QByteArray();
    }
    void data()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, member);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, payload);
        Members members = without(without(validMembers(1), "data"), "datacontenttype");
        if (!contentType.isEmpty())
            members = with(members, "datacontenttype", contentType);
        members = with(members, member, value);
        for (const Mode mode : {Mode::Structured, Mode::Batch}) {
            const QByteArray body = mode == Mode::Structured
                                        ? objectText(members)
                                        : batchText({validMembers(0), members, validMembers(2)});
            const Decoded decoded = decode(mode, requestOf(mode, body));
            QVERIFY2(decoded.ok(), qPrintable(decoded.error ? decoded.error->message : QString()));
            const Event& e = decoded.events[mode == Mode::Structured ? 0 : 1];
            QCOMPARE(e.payload, payload);
            QCOMPARE(e.contentType.toLatin1(),
                     contentType.isEmpty() ? QByteArray() : contentType.sliced(1, contentType.size() - 2));
            if (mode == Mode::Batch) {
                QCOMPARE(decoded.events[0].payload, validPayload());
                QCOMPARE(decoded.events[2].payload, validPayload());
            }
        }
    }

    // Binary mode: the body is the data, byte for byte, and Content-Type its type, as sent.
    void binaryBody()
    {
        Request request = validBinaryRequest();
        request.contentType = "application/x-protobuf; messageType=controltower.v1.OrderCaptured";
        request.body = QByteArray("\x00\x0a\xff{ \"not\": json", 16);
        Event e = decodeOne(Mode::Binary, request);
        QCOMPARE(e.contentType, QString::fromLatin1(request.contentType));
        QCOMPARE(e.payload, request.body);
        request.contentType.clear();
        request.body.clear();
        e = decodeOne(Mode::Binary, request);
        QVERIFY(e.contentType.isEmpty());
        QVERIFY(e.payload.isEmpty());
        QCOMPARE(e.id, QStringLiteral("evt-1"));
    }

    void percentDecoding_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("subject");
        QTest::newRow("plain") << QByteArray("SO-1001") << QStringLiteral("SO-1001");
        QTest::newRow("space and UTF-8")
            << QByteArray("caf%C3%A9%20au%20lait") << QStringLiteral("caf\u00e9 au lait");
        QTest::newRow("lower-case hex") << QByteArray("caf%c3%a9") << QStringLiteral("caf\u00e9");
        QTest::newRow("percent") << QByteArray("100%25") << QStringLiteral("100%");
        QTest::newRow("quotes") << QByteArray("%22quoted%22") << QStringLiteral("\"quoted\"");
        QTest::newRow("plus is not a space") << QByteArray("a+b") << QStringLiteral("a+b");
        QTest::newRow("encoded ASCII") << QByteArray("%41%42%43") << QStringLiteral("ABC");
        QTest::newRow("four-byte character") << QByteArray("%F0%9F%98%80") << QStringLiteral("\U0001F600");
        QTest::newRow("raw UTF-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("caf\u00e9");
        QTest::newRow("raw space") << QByteArray("a b") << QStringLiteral("a b");
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void percentDecoding()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, subject);
        QCOMPARE(decodeOne(Mode::Binary, validBinaryRequest(withHeader(validHeaders(), "ce-subject", header)))
                     .subject,
                 subject);
    }

    void headerNamesInAnyCase()
    {
        Headers headers;
        for (const auto& [name, value] : validHeaders())
            headers.append({name.toUpper(), value});
        compareEvents(decodeOne(Mode::Binary, validBinaryRequest(headers)), validEvent());
    }

    void emptyRequests()
    {
        QVERIFY(decode(Mode::Batch, requestOf(Mode::Batch, "[]")).events.isEmpty());
        QVERIFY(decode(Mode::Batch, requestOf(Mode::Batch, "[]")).ok());
        QVERIFY(decode(Mode::Protobuf, requestOf(Mode::Protobuf, QByteArray())).ok());
        for (const Mode mode : kModes)
            QVERIFY(encode(mode, {}).isEmpty());
    }

    void encoderWireForm()
    {
        const QList<Event> events = edgeEvents();
        const Event& edge = events[0]; // subject and note need percent-encoding; no payload

        const QList<Outgoing> binary = encode(Mode::Binary, events);
        QCOMPARE(binary.size(), events.size());
        const Headers& headers = binary[0].headers;
        const auto header = [&headers](const QByteArray& name) {
            for (const auto& [n, v] : headers) {
                if (n == name)
                    return v;
            }
            return QByteArray("(absent)");
        };
        QCOMPARE(header("ce-specversion"), QByteArray("1.0"));
        QCOMPARE(header("ce-subject"),
                 QByteArray("say%20%22hi%22%20100%25%20caf%C3%A9%C2%A0%E2%98%83%20%F0%9F%98%80"));
        QCOMPARE(header("ce-sku"), QByteArray("SKU%201/2"));
        QCOMPARE(header("ce-note"), QByteArray("a%20b%20%22c%22%20%25%20%C3%A9"));
        QCOMPARE(header("ce-time"), QByteArray("2026-11-02T08:15:30.123456Z"));
        QCOMPARE(header("ce-quantity"), QByteArray("-5"));
        QCOMPARE(header("ce-amount"), QByteArray("0"));
        QCOMPARE(header("ce-status"), QByteArray("retrying"));
        QCOMPARE(header("traceparent"), QByteArray(kTraceparent));
        QCOMPARE(header("ce-traceparent"), QByteArray("(absent)"));
        QCOMPARE(header("ce-datacontenttype"), QByteArray("(absent)"));
        for (const auto& [name, value] : headers) {
            for (const char c : value)
                QVERIFY2(uchar(c) > 0x20 && uchar(c) < 0x7f && c != '"', name.constData());
        }
        QCOMPARE(binary[3].contentType, QByteArray("application/json"));
        QCOMPARE(binary[3].body, events[3].payload);
        QCOMPARE(edge.subject.size() > 0, true);

        const QList<Outgoing> structured = encode(Mode::Structured, events);
        QCOMPARE(structured.size(), events.size());
        for (const Outgoing& o : structured) {
            QCOMPARE(o.contentType, QByteArray("application/cloudevents+json"));
            QVERIFY(o.headers.isEmpty());
        }
        const QJsonObject first = QJsonDocument::fromJson(structured[0].body).object();
        QCOMPARE(first.value(QStringLiteral("specversion")).toString(), QStringLiteral("1.0"));
        QCOMPARE(first.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-11-02T08:15:30.123456Z"));
        QCOMPARE(first.value(QStringLiteral("quantity")).toVariant().typeId(), QMetaType::LongLong);
        QCOMPARE(first.value(QStringLiteral("quantity")).toInteger(), -5);
        QVERIFY(!first.contains(QStringLiteral("data")) && !first.contains(QStringLiteral("data_base64")));
        QVERIFY(!first.contains(QStringLiteral("datacontenttype")));
        // Compact JSON travels as data; anything else as data_base64.
        const auto member = [&structured](int i, const char* name) {
            return QJsonDocument::fromJson(structured[i].body).object().value(QLatin1String(name));
        };
        QVERIFY(member(1, "data").isUndefined());
        QCOMPARE(member(1, "data_base64").toString(), QString::fromLatin1(events[1].payload.toBase64()));
        QCOMPARE(member(2, "data").toString(), QStringLiteral("text"));
        QVERIFY(structured[3].body.endsWith(",\"data\":{\"n\":12345678901234567890,\"b\":[]}}"));
        QVERIFY(member(4, "data").isUndefined());
        QVERIFY(member(5, "data").isNull());
        QVERIFY(member(6, "data").isArray());
        QVERIFY(member(9, "data_base64").isString());  // application/octet-stream
        QVERIFY(member(10, "data_base64").isString()); // text is not JSON
        QVERIFY(member(11, "data_base64").isString()); // protobuf

        const QList<Outgoing> batch = encode(Mode::Batch, events);
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch[0].contentType, QByteArray("application/cloudevents-batch+json"));
        QCOMPARE(QJsonDocument::fromJson(batch[0].body).array().size(), events.size());

        const QList<Outgoing> protobuf = encode(Mode::Protobuf, events);
        QCOMPARE(protobuf.size(), 1);
        QCOMPARE(protobuf[0].contentType, QByteArray("application/x-protobuf"));
        controltower::v1::EventBatch parsed;
        QVERIFY(parsed.ParseFromArray(protobuf[0].body.constData(), int(protobuf[0].body.size())));
        QCOMPARE(parsed.events_size(), int(events.size()));
        QCOMPARE(parsed.events(0).status(), controltower::v1::Event_Status_STATUS_RETRYING);
        QCOMPARE(parsed.events(0).occurred_at_us(), kOccurredAt.micros());
        QCOMPARE(parsed.events(0).quantity(), -5);
        QVERIFY(parsed.events(0).has_amount_minor());
        QCOMPARE(parsed.events(0).attributes().at("traceparent"), std::string(kTraceparent));
        QVERIFY(!parsed.events(12).has_quantity());
    }

    // decode(encode(events)) gives the events back in every mode: what `ctower demo --emit` sends is
    // stored as a direct demo stores it, but for the time each event was received.
    void roundTripsSimulatedEvents_data()
    {
        QTest::addColumn<Mode>("mode");
        for (const Mode mode : kModes)
            QTest::newRow(qPrintable(modeName(mode))) << mode;
    }
    void roundTripsSimulatedEvents()
    {
        QFETCH(Mode, mode);
        const QList<Event>& events = simulatedEvents();
        // The run has every kind of field the mapping carries, so the comparison below covers them.
        const auto some = [&events](const std::function<bool(const Event&)>& test) {
            return std::any_of(events.cbegin(), events.cend(), test);
        };
        QVERIFY(events.size() > 1000);
        QVERIFY(some([](const Event& e) { return e.quantity.has_value(); }));
        QVERIFY(some([](const Event& e) { return e.quantity && *e.quantity < 0; }));
        QVERIFY(some([](const Event& e) { return e.amountMinor.has_value() && !e.currency.isEmpty(); }));
        QVERIFY(some([](const Event& e) { return !e.attributes.isEmpty(); }));
        QVERIFY(some([](const Event& e) { return e.status == EventStatus::Failed; }));
        QVERIFY(some([](const Event& e) { return !e.causationId.isEmpty(); }));
        QVERIFY(some([](const Event& e) { return !e.node.isEmpty(); }));
        QVERIFY(some([](const Event& e) { return e.contentType == QLatin1String("application/json"); }));
        QVERIFY(some([](const Event& e) {
            return e.contentType.startsWith(QLatin1String("application/x-protobuf"));
        }));
        QVERIFY(some([](const Event& e) { return e.occurredAt.micros() % 1000 != 0; }));

        const QList<Event> decoded = roundTrip(mode, events);
        QCOMPARE(decoded.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            Event expected = events[i];
            expected.recordedAt = kReceivedAt;
            compareEvents(decoded[i], expected);
            if (QTest::currentTestFailed()) {
                qWarning("event %lld (%s)", qlonglong(i), qPrintable(events[i].id));
                return;
            }
        }
    }

    void roundTripsEdgeCases_data() { roundTripsSimulatedEvents_data(); }
    void roundTripsEdgeCases()
    {
        QFETCH(Mode, mode);
        const QList<Event> events = edgeEvents();
        const QList<Event> decoded = roundTrip(mode, events);
        QCOMPARE(decoded.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            Event expected = events[i];
            expected.recordedAt = kReceivedAt;
            compareEvents(decoded[i], expected);
            if (QTest::currentTestFailed()) {
                qWarning("event %lld (%s)", qlonglong(i), qPrintable(events[i].id));
                return;
            }
        }
    }

    // Numbers and booleans keep their JSON type where JSON carries them; headers and the protobuf
    // attributes map carry text.
    void extensionTypesAcrossModes()
    {
        Event e = validEvent();
        e.attributes = QByteArrayLiteral(R"({"flag":true,"ratio":0.25,"retries":3})");
        for (const Mode mode : kModes) {
            const QList<Event> decoded = roundTrip(mode, {e});
            QCOMPARE(decoded.size(), 1);
            const QByteArray expected =
                mode == Mode::Structured || mode == Mode::Batch
                    ? e.attributes
                    : QByteArrayLiteral(R"({"flag":"true","ratio":"0.25","retries":"3"})");
            QCOMPARE(decoded[0].attributes, expected);
        }
    }

    // time_source is the decoder's note; once the time travels explicitly the note is not sent.
    void encoderLeavesOutTimeSource()
    {
        const Event received = decodeOne(
            Mode::Structured, requestOf(Mode::Structured, objectText(without(validMembers(1), "time"))));
        QVERIFY(attributesOf(received).contains(QStringLiteral("time_source")));
        for (const Mode mode : kModes) {
            const QList<Event> decoded = roundTrip(mode, {received});
            QCOMPARE(decoded.size(), 1);
            QCOMPARE(decoded[0].occurredAt.micros(), received.occurredAt.micros());
            QVERIFY(!attributesOf(decoded[0]).contains(QStringLiteral("time_source")));
            QCOMPARE(attributesOf(decoded[0]).value(QStringLiteral("region")).toString(),
                     QStringLiteral("eu-west"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCloudEventsMapping)
#include "tst_cloudevents_mapping.moc"
