// Malformed requests for the CloudEvents decoders (ARCHITECTURE.md §8: malformed input yields a clear
// error, never a crash). Every case names the field at fault (and, in a batch, the event's index).
// CI runs this under ASan and UBSan (./dev test-asan), so it links nothing but ct_cloudevents and
// Qt Test.
#include "cloudeventsfixture.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace ct;
using namespace ct::cloudevents;
using namespace ct::test;

Q_DECLARE_METATYPE(ct::cloudevents::Request)

namespace {

struct Case {
    QByteArray name;
    Mode mode;
    Request request;
    QString field;
    int index;
};

// Every case of the corpus, built once.
class Corpus {
public:
    Corpus();
    const QList<Case>& cases() const { return m_cases; }

private:
    void add(const QByteArray& name, Mode mode, Request request, const QString& field, int index)
    {
        m_cases.append(Case{name, mode, std::move(request), field, index});
    }
    // The bad event alone (structured) and between two good ones (batch, index 1).
    void addEvent(const QByteArray& name, const Members& bad, const QString& field)
    {
        add("structured: " + name, Mode::Structured, requestOf(Mode::Structured, objectText(bad)), field, 0);
        add("batch: " + name, Mode::Batch,
            requestOf(Mode::Batch, batchText({validMembers(0), bad, validMembers(2)})), field, 1);
    }
    void addBody(const QByteArray& name, Mode mode, const QByteArray& body, int index = -1,
                 const QString& field = QStringLiteral("body"))
    {
        add(modeName(mode).toLatin1() + ": " + name, mode, requestOf(mode, body), field, index);
    }
    void addHeaders(const QByteArray& name, const Headers& headers, const QString& field,
                    const QByteArray& contentType = "application/json")
    {
        Request request = validBinaryRequest(headers);
        request.contentType = contentType;
        add("binary: " + name, Mode::Binary, request, field, 0);
    }
    // The bad protobuf event alone and between two good ones (index 1).
    void addProtobufEvent(const QByteArray& name, const QByteArray& bad, const QString& field)
    {
        addBody(name, Mode::Protobuf, protobufBatch({bad}), 0, field);
        addBody(name + " (second of three)", Mode::Protobuf,
                protobufBatch({validProtobufEvent(0), bad, validProtobufEvent(2)}), 1, field);
    }

    void truncations();
    void attributeTypes();
    void attributeValues();
    void strings();
    void payloads();
    void structure();
    void binary();
    void protobuf();

    QList<Case> m_cases;
};

Corpus::Corpus()
{
    truncations();
    attributeTypes();
    attributeValues();
    strings();
    payloads();
    structure();
    binary();
    protobuf();
}

// Every proper prefix of a valid document is invalid JSON; of a valid EventBatch, every prefix that
// does not end between two events is invalid protobuf.
void Corpus::truncations()
{
    const QByteArray structured = objectText(validMembers(1));
    for (qsizetype n = 0; n < structured.size(); ++n)
        addBody("prefix of " + QByteArray::number(n) + " bytes", Mode::Structured, structured.first(n));
    const QByteArray batch = batchText({validMembers(0), validMembers(1)});
    for (qsizetype n = 0; n < batch.size(); ++n)
        addBody("prefix of " + QByteArray::number(n) + " bytes", Mode::Batch, batch.first(n));

    const QList<QByteArray> events = {validProtobufEvent(0), validProtobufEvent(1)};
    const QByteArray encoded = protobufBatch(events);
    QList<qsizetype> boundaries = {0};
    for (const QByteArray& e : events)
        boundaries.append(boundaries.last() + protobufBatch({e}).size());
    for (qsizetype n = 1; n < encoded.size(); ++n) {
        if (!boundaries.contains(n))
            addBody("prefix of " + QByteArray::number(n) + " bytes", Mode::Protobuf, encoded.first(n));
    }
}

// Each attribute given a JSON type it may not have.
void Corpus::attributeTypes()
{
    const QList<QByteArray> stringAttributes = {
        "specversion", "id",   "source", "type", "subject", "time", "datacontenttype", "correlationid",
        "causationid", "flow", "stage",  "node", "status",  "sku",  "currency",        "traceparent"};
    const QList<QByteArray> notStrings = {"123", "true", "false",         "{}",
                                          "[]",  "1.5",  "{\"a\":\"b\"}", "[\"x\"]"};
    for (const QByteArray& name : stringAttributes) {
        for (const QByteArray& value : notStrings)
            addEvent(name + " = " + value, with(validMembers(1), name, value), QString::fromLatin1(name));
    }
    // quantity and amount: integers, as JSON numbers or decimal strings.
    const QList<QByteArray> notIntegers = {"1.5",
                                           "-0.25",
                                           "\"1.5\"",
                                           "true",
                                           "{}",
                                           "[]",
                                           "[3]",
                                           "\"12abc\"",
                                           "\"\"",
                                           "\" 12\"",
                                           "\"12 \"",
                                           "\"1e3\"",
                                           "\"+5\"",
                                           "\"0x10\"",
                                           "\"-\"",
                                           "\"\\u0661\\u0662\"",
                                           "\"99999999999999999999\"",
                                           "99999999999999999999",
                                           "-99999999999999999999",
                                           "1e300",
                                           "9223372036854775808",
                                           "\"9223372036854775808\"",
                                           "\"-9223372036854775809\""};
    for (const QByteArray& name : {QByteArray("quantity"), QByteArray("amount")}) {
        for (const QByteArray& value : notIntegers)
            addEvent(name + " = " + value, with(validMembers(1), name, value), QString::fromLatin1(name));
    }
    // Extension attributes: strings, numbers or booleans, never structures.
    for (const QByteArray& value :
         {QByteArray("{}"), QByteArray("[]"), QByteArray("[1,2]"), QByteArray("{\"x\":1}")})
        addEvent("extension = " + value, with(validMembers(1), "region", value), QStringLiteral("region"));
    addEvent("data_base64 = 123", with(without(validMembers(1), "data"), "data_base64", "123"),
             QStringLiteral("data_base64"));
    addEvent("data_base64 = true", with(without(validMembers(1), "data"), "data_base64", "true"),
             QStringLiteral("data_base64"));
    addEvent("data_base64 = {}", with(without(validMembers(1), "data"), "data_base64", "{}"),
             QStringLiteral("data_base64"));
}

void Corpus::attributeValues()
{
    // Required attributes missing, null (the same as missing) or empty.
    for (const QByteArray name : {"specversion", "id", "source", "type"}) {
        addEvent("no " + name, without(validMembers(1), name), QString::fromLatin1(name));
        addEvent(name + " = null", with(validMembers(1), name, "null"), QString::fromLatin1(name));
    }
    for (const QByteArray name : {"id", "source", "type"})
        addEvent(name + " empty", with(validMembers(1), name, "\"\""), QString::fromLatin1(name));

    for (const QByteArray version :
         {"\"0.3\"", "\"1\"", "\"1.0.0\"", "\" 1.0\"", "\"1.0 \"", "\"\"", "\"2.0\"", "\"v1.0\""})
        addEvent("specversion " + version, with(validMembers(1), "specversion", version),
                 QStringLiteral("specversion"));

    for (const QByteArray status :
         {"\"OK\"", "\"Failed\"", "\"done\"", "\"\"", "\" ok\"", "\"ok \"", "\"error\""})
        addEvent("status " + status, with(validMembers(1), "status", status), QStringLiteral("status"));

    const QList<QByteArray> badTimes = {
        "\"\"",
        "\"now\"",
        "\"2026-11-02\"",
        "\"2026-11-02T08:15:30\"",      // no offset
        "\"2026-11-02 08:15:30Z\"",     // a space for T
        "\"2026-11-02T08:15:30+0100\"", // offset without its colon
        "\"2026-11-02T08:15:30+01\"",
        "\"2026-13-02T08:15:30Z\"",
        "\"2026-00-02T08:15:30Z\"",
        "\"2026-02-29T08:15:30Z\"", // not a leap year
        "\"2026-04-31T08:15:30Z\"",
        "\"2026-11-00T08:15:30Z\"",
        "\"2026-11-02T24:00:00Z\"",
        "\"2026-11-02T08:60:30Z\"",
        "\"2026-11-02T08:15:61Z\"",
        "\"2026-11-02T08:15:30.Z\"",
        "\"2026-11-02T08:15:30.1234567890Z\"", // ten fractional digits
        "\"2026-11-02T08:15:30,5Z\"",
        "\"2026-11-02T08:15:30+24:00\"",
        "\"2026-11-02T08:15:30+01:60\"",
        "\"2026-11-02T08:15:30ZZ\"",
        "\"2026-11-02T08:15:30Z \"",
        "\" 2026-11-02T08:15:30Z\"",
        "\"26-11-02T08:15:30Z\"",
        "\"\\u0662026-11-02T08:15:30Z\"", // an Arabic-Indic digit
        "\"2026-11-02T08:15:30.\\u0661Z\"",
        "\"2026/11/02T08:15:30Z\"",
        "\"1793607330\"",
    };
    for (const QByteArray& time : badTimes)
        addEvent("time " + time, with(validMembers(1), "time", time), QStringLiteral("time"));

    const QList<QByteArray> badTraceparents = {
        "\"\"",
        "\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7\"",     // no flags
        "\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-\"", // too long
        "\"00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01\"",   // short trace id
        "\"00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01\"",  // upper case
        "\"00-00000000000000000000000000000000-00f067aa0ba902b7-01\"",  // all-zero trace id
        "\"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01\"",  // all-zero parent id
        "\"01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\"",  // another version
        "\"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\"",
        "\"00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01\"",
        "\"00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01\"", // not hex
        "\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g\"",
        "\" 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\"",
        "\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 \"",
    };
    for (const QByteArray& traceparent : badTraceparents) {
        addEvent("traceparent " + traceparent, with(validMembers(1), "traceparent", traceparent),
                 QStringLiteral("traceparent"));
        // A correlation id does not excuse an invalid traceparent.
        addEvent("traceparent without correlationid " + traceparent,
                 with(without(validMembers(1), "correlationid"), "traceparent", traceparent),
                 QStringLiteral("traceparent"));
    }

    // Extension attribute names: lower-case letters and digits, at most kMaxAttributeNameLength.
    for (const QByteArray name :
         {"Region", "re-gion", "re_gion", "re gion", "r\\u00e9gion", "REGION", "region!"}) {
        const QString field =
            QString::fromUtf8(name).replace(QStringLiteral("\\u00e9"), QStringLiteral("\u00e9"));
        addEvent("extension name " + name, with(validMembers(1), name, "\"x\""), field);
    }
    addEvent("empty extension name", with(validMembers(1), "", "\"x\""), QString());
    const QByteArray longName(kMaxAttributeNameLength + 1, 'x');
    addEvent("extension name too long", with(validMembers(1), longName, "\"x\""),
             QString::fromLatin1(longName.first(kMaxAttributeNameLength)));

    // More extension attributes than an event may carry: the 101st, in the (sorted) order read.
    Members many = without(without(validMembers(1), "region"), "traceparent");
    for (int i = 0; i <= kMaxExtensionAttributes; ++i)
        many = with(many, "e" + QByteArray::number(i).rightJustified(3, '0'), "1");
    addEvent("too many extensions", many,
             QStringLiteral("e") +
                 QString::number(kMaxExtensionAttributes).rightJustified(3, QLatin1Char('0')));

    // Two members of one name: QJsonObject would silently keep the last.
    addEvent("id twice", validMembers(1) + Members{{"id", "\"evt-2\""}}, QStringLiteral("id"));
    addEvent("region twice", validMembers(1) + Members{{"region", "\"x\""}}, QStringLiteral("region"));
    addEvent("data twice, once escaped", validMembers(1) + Members{{"d\\u0061ta", "1"}},
             QStringLiteral("data"));
    addEvent("specversion twice", validMembers(1) + Members{{"specversion", "\"1.0\""}},
             QStringLiteral("specversion"));
}

// CloudEvents strings: no control characters, lone surrogates or noncharacters, and a bounded size.
void Corpus::strings()
{
    const QList<QByteArray> badText = {"\\u0000",  "\\u0001", "\\n",     "\\t",     "\\u001f",
                                       "\\u007f",  "\\u0085", "\\u009f", "\\ud800", "\\udfff",
                                       "\\ud800x", "\\ufffe", "\\uffff", "\\ufdd0", "\\ud83f\\udffe"};
    for (const QByteArray name :
         {"id", "source", "type", "subject", "correlationid", "flow", "sku", "region"}) {
        for (const QByteArray& bad : badText)
            addEvent(name + " with " + bad, with(validMembers(1), name, "\"a" + bad + "b\""),
                     QString::fromLatin1(name));
    }
    // Raw control bytes inside a JSON string (QJsonDocument lets them through).
    addEvent("raw control byte in id",
             with(validMembers(1), "id",
                  "\"a\x01"
                  "b\""),
             QStringLiteral("id"));

    const QByteArray tooLong(kMaxAttributeBytes + 1, 'x');
    for (const QByteArray name :
         {"id", "source", "type", "subject", "datacontenttype", "correlationid", "causationid", "flow",
          "stage", "node", "sku", "currency", "region", "time", "traceparent"})
        addEvent(name + " too long", with(validMembers(1), name, '"' + tooLong + '"'),
                 QString::fromLatin1(name));
    // Bytes, not characters: 2049 two-byte characters are 4098 bytes.
    QByteArray twoByte;
    for (int i = 0; i <= kMaxAttributeBytes / 2; ++i)
        twoByte += "\xc3\xa9";
    addEvent("id of 2049 two-byte characters", with(validMembers(1), "id", '"' + twoByte + '"'),
             QStringLiteral("id"));
    addEvent("huge id", with(validMembers(1), "id", '"' + QByteArray(1 << 20, 'x') + '"'),
             QStringLiteral("id"));
}

void Corpus::payloads()
{
    const Members noData = without(validMembers(1), "data");
    addEvent("data and data_base64", with(validMembers(1), "data_base64", "\"aGVsbG8=\""),
             QStringLiteral("data_base64"));
    addEvent("data null and data_base64", with(with(noData, "data", "null"), "data_base64", "\"aGVsbG8=\""),
             QStringLiteral("data_base64"));
    for (const QByteArray bad : {"\"!!!!\"", "\"aGVsbG8==\"", "\"aGVsbG8===\"", "\"Y\"", "\"aGVsbG8=Y\"",
                                 "\"aGVs bG8=\"", "\"aGVsbG8=\\n\"", "\" aGVsbG8=\"", "\"aGVsbG8-\"",
                                 "\"aGVsbG8_\"", "\"=\"", "\"\\u00e9\\u00e9\\u00e9\\u00e9\"", "\"aGVs=bG8\""})
        addEvent("data_base64 " + bad, with(noData, "data_base64", bad), QStringLiteral("data_base64"));
}

void Corpus::structure()
{
    for (const Mode mode : {Mode::Structured, Mode::Batch}) {
        const QByteArray valid = mode == Mode::Structured ? objectText(validMembers(1))
                                                          : batchText({validMembers(0), validMembers(1)});
        addBody("empty body", mode, QByteArray());
        addBody("white space", mode, "  \n\t ");
        addBody("scalar", mode, "42");
        addBody("string", mode, "\"event\"");
        addBody("null", mode, "null");
        addBody("trailing garbage", mode, valid + " x");
        addBody("two documents", mode, valid + valid);
        addBody("trailing comma", mode, valid.chopped(1) + ",}");
        addBody("single quotes", mode, "{'specversion':'1.0'}");
        addBody("comment", mode, "/* */" + valid);
        addBody("NUL after the document", mode, valid + QByteArray(1, '\0'));
        addBody("unquoted name", mode, "{specversion:\"1.0\"}");
        // Invalid UTF-8 inside a string value and outside one.
        const QList<QByteArray> badUtf8 = {"\xff",
                                           "\xfe",
                                           "\xc0\x80",
                                           "\xc1\xbf",
                                           "\xed\xa0\x80",
                                           "\xed\xbf\xbf",
                                           "\xf4\x90\x80\x80",
                                           "\xf8\x88\x80\x80\x80",
                                           "\xc3",
                                           "\xe2\x82",
                                           "\x80",
                                           "\xbf\xbf"};
        for (const QByteArray& bytes : badUtf8) {
            QByteArray body = valid;
            body.replace("SO-1001", QByteArray("SO-" + bytes + "1001"));
            addBody("invalid UTF-8 " + bytes.toHex() + " in a string", mode, body);
            addBody("invalid UTF-8 " + bytes.toHex() + " between tokens", mode, bytes + valid);
        }
        // Nesting: QJsonDocument stops at 1024 levels, and nothing of ours recurses.
        addBody("100000 [", mode, QByteArray(100'000, '['));
        addBody("1025 nested arrays", mode, QByteArray(1025, '[') + QByteArray(1025, ']'));
        QByteArray objects;
        for (int i = 0; i < 100'000; ++i)
            objects += "{\"a\":";
        addBody("100000 nested objects", mode, objects);
        QByteArray deepData = QByteArray(1100, '[') + QByteArray(1100, ']');
        addBody("data nested 1100 levels", mode,
                mode == Mode::Structured
                    ? objectText(with(validMembers(1), "data", deepData))
                    : batchText({validMembers(0), with(validMembers(1), "data", deepData)}));
    }
    addBody("array for an event", Mode::Structured, batchText({validMembers(1)}));
    addBody("empty array for an event", Mode::Structured, "[]");
    addBody("object for a batch", Mode::Batch, objectText(validMembers(1)));
    addBody("empty object for a batch", Mode::Batch, "{}");
    addBody("number in a batch", Mode::Batch, "[1]", 0);
    addBody("null in a batch", Mode::Batch, "[null]", 0);
    addBody("string after an event", Mode::Batch, '[' + objectText(validMembers(0)) + ",\"x\"]", 1);
    addBody("array after an event", Mode::Batch, '[' + objectText(validMembers(0)) + ",[]]", 1);
    addBody("nested batch", Mode::Batch,
            '[' + objectText(validMembers(0)) + ',' + batchText({validMembers(1)}) + ']', 1);
    addEvent("empty object", Members(), QStringLiteral("specversion"));
    add("batch: third event bad", Mode::Batch,
        requestOf(Mode::Batch, batchText({validMembers(0), validMembers(1), without(validMembers(2), "id")})),
        QStringLiteral("id"), 2);
    add("batch: first and last bad, first named", Mode::Batch,
        requestOf(Mode::Batch, batchText({without(validMembers(0), "type"), validMembers(1),
                                          without(validMembers(2), "id")})),
        QStringLiteral("type"), 0);
    // More events than a request may carry.
    QByteArray tooMany = "[{}";
    for (qsizetype i = 1; i <= kMaxEventsPerRequest; ++i)
        tooMany += ",{}";
    addBody("more than the event limit", Mode::Batch, tooMany + ']');
}

void Corpus::binary()
{
    for (const QByteArray name : {"ce-specversion", "ce-id", "ce-source", "ce-type"})
        addHeaders("no " + name, withoutHeader(validHeaders(), name), QString::fromLatin1(name));
    for (const QByteArray name : {"ce-id", "ce-source", "ce-type"})
        addHeaders(name + " empty", withHeader(validHeaders(), name, ""), QString::fromLatin1(name));
    for (const QByteArray version : {"0.3", "1", "1.0.0", "", "1.0%20"})
        addHeaders("ce-specversion " + version, withHeader(validHeaders(), "ce-specversion", version),
                   QStringLiteral("ce-specversion"));
    addHeaders("ce-id twice", validHeaders() + Headers{{"ce-id", "evt-2"}}, QStringLiteral("ce-id"));
    addHeaders("ce-region twice", validHeaders() + Headers{{"ce-region", "x"}}, QStringLiteral("ce-region"));
    addHeaders("traceparent and ce-traceparent", validHeaders() + Headers{{"ce-traceparent", kTraceparent}},
               QStringLiteral("traceparent"));
    addHeaders("ce-specversion in two cases", validHeaders() + Headers{{"CE-SpecVersion", "1.0"}},
               QStringLiteral("ce-specversion"));

    // Percent-encoding: a '%' must start %XX.
    for (const QByteArray value : {"%", "%4", "%G1", "%1G", "abc%zz", "%%", "100%", "%%41", "%\xc3\xa9"}) {
        addHeaders("ce-subject " + value.toPercentEncoding(), withHeader(validHeaders(), "ce-subject", value),
                   QStringLiteral("ce-subject"));
    }
    // Invalid UTF-8 once decoded, encoded or raw.
    for (const QByteArray value :
         {"%FF", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%C3", "a%E2%82", "%80", "\xff", "\xc3", "caf\xe9"}) {
        for (const QByteArray name : {"ce-id", "ce-subject", "ce-region", "ce-time"})
            addHeaders(name + ' ' + value.toPercentEncoding(), withHeader(validHeaders(), name, value),
                       QString::fromLatin1(name));
    }
    // Control characters and noncharacters once decoded.
    for (const QByteArray value : {"%00", "%0A", "a%0D%0Ab", "%7F", "%C2%85", "%EF%BF%BF", "\t"})
        addHeaders("ce-subject " + value.toPercentEncoding(), withHeader(validHeaders(), "ce-subject", value),
                   QStringLiteral("ce-subject"));
    addHeaders("traceparent not UTF-8", withHeader(validHeaders(), "traceparent", "00-\xff"),
               QStringLiteral("traceparent"));
    for (const QByteArray value : {"", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
                                   "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                                   "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
                                   "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"})
        addHeaders("traceparent " + value, withHeader(validHeaders(), "traceparent", value),
                   QStringLiteral("traceparent"));
    addHeaders("ce-traceparent invalid",
               withHeader(withoutHeader(validHeaders(), "traceparent"), "ce-traceparent", "00-1-2-3"),
               QStringLiteral("traceparent"));

    for (const QByteArray time :
         {"", "now", "2026-11-02T08:15:30", "2026-11-02 08:15:30Z", "2026-02-30T00:00:00Z"})
        addHeaders("ce-time " + time.toPercentEncoding(), withHeader(validHeaders(), "ce-time", time),
                   QStringLiteral("ce-time"));
    for (const QByteArray status : {"OK", "", "done"})
        addHeaders("ce-status " + status, withHeader(validHeaders(), "ce-status", status),
                   QStringLiteral("ce-status"));
    for (const QByteArray name : {"ce-quantity", "ce-amount"}) {
        for (const QByteArray value : {"1.5", "abc", "", "+1", "1e3", "99999999999999999999", "%201", "0x1"})
            addHeaders(name + ' ' + value, withHeader(validHeaders(), name, value),
                       QString::fromLatin1(name));
    }
    addHeaders("ce-datacontenttype", validHeaders() + Headers{{"ce-datacontenttype", "text/plain"}},
               QStringLiteral("ce-datacontenttype"));
    addHeaders("ce-data", validHeaders() + Headers{{"ce-data", "x"}}, QStringLiteral("ce-data"));
    addHeaders("ce-data_base64", validHeaders() + Headers{{"ce-data_base64", "eA=="}},
               QStringLiteral("ce-data_base64"));
    for (const QByteArray name : {"ce-", "ce-bad_name", "ce-bad-name", "ce-bad.name", "ce-caf\xc3\xa9"}) {
        addHeaders("header " + name.toPercentEncoding(), validHeaders() + Headers{{name, "x"}},
                   QString::fromLatin1(name));
    }
    addHeaders("header name too long",
               validHeaders() + Headers{{"ce-" + QByteArray(kMaxAttributeNameLength + 1, 'a'), "x"}},
               QStringLiteral("ce-") + QString(kMaxAttributeNameLength, QLatin1Char('a')));

    const QByteArray tooLong(kMaxAttributeBytes + 1, 'x');
    for (const QByteArray name :
         {"ce-id", "ce-source", "ce-type", "ce-subject", "ce-correlationid", "ce-region"})
        addHeaders(name + " too long", withHeader(validHeaders(), name, tooLong), QString::fromLatin1(name));
    addHeaders("ce-subject too long once decoded",
               withHeader(validHeaders(), "ce-subject", QByteArray("%41").repeated(kMaxAttributeBytes + 1)),
               QStringLiteral("ce-subject"));
    addHeaders("ce-subject of 4097 bytes in two-byte characters",
               withHeader(validHeaders(), "ce-subject",
                          QByteArray("x%C3%A9").repeated((kMaxAttributeBytes + 2) / 3)),
               QStringLiteral("ce-subject"));
    addHeaders("ce-subject huge", withHeader(validHeaders(), "ce-subject", QByteArray(1 << 20, 'x')),
               QStringLiteral("ce-subject"));

    Headers many = withoutHeader(validHeaders(), "ce-region");
    for (int i = 0; i <= kMaxExtensionAttributes; ++i)
        many.append({"ce-e" + QByteArray::number(i).rightJustified(3, '0'), "1"});
    addHeaders("too many extensions", many,
               QStringLiteral("ce-e") +
                   QString::number(kMaxExtensionAttributes).rightJustified(3, QLatin1Char('0')));

    addHeaders("Content-Type not UTF-8", validHeaders(), QStringLiteral("content-type"),
               "text/plain; name=\xff");
    addHeaders("Content-Type with a control character", validHeaders(), QStringLiteral("content-type"),
               "text/plain\r\nx: y");
    addHeaders("Content-Type too long", validHeaders(), QStringLiteral("content-type"),
               "text/plain; x=" + QByteArray(kMaxAttributeBytes, 'x'));
}

void Corpus::protobuf()
{
    const QString body = QStringLiteral("body");
    // Framing that no parser may accept.
    const QList<QPair<QByteArray, QByteArray>> framing = {
        {"wire type 6", ProtobufWriter().tag(1, 6).raw("xxxx").data()},
        {"wire type 7", ProtobufWriter().tag(1, 7).raw("xxxx").data()},
        {"field number 0", ProtobufWriter().tag(0, ProtobufWriter::Varint).varint(1).data()},
        {"end group without a start", ProtobufWriter().tag(5, ProtobufWriter::EndGroup).data()},
        {"group never ended", ProtobufWriter().tag(5, ProtobufWriter::StartGroup).integer(1, 1).data()},
        {"group ended by another field",
         ProtobufWriter().tag(5, ProtobufWriter::StartGroup).tag(6, ProtobufWriter::EndGroup).data()},
        {"length 2^31",
         ProtobufWriter().tag(1, ProtobufWriter::LengthDelimited).varint(quint64(1) << 31).raw("x").data()},
        {"length 2^63",
         ProtobufWriter().tag(1, ProtobufWriter::LengthDelimited).varint(quint64(1) << 63).raw("x").data()},
        {"length 2^32 + 1", ProtobufWriter()
                                .tag(1, ProtobufWriter::LengthDelimited)
                                .varint((quint64(1) << 32) + 1)
                                .raw("x")
                                .data()},
        {"length past the end",
         ProtobufWriter().tag(1, ProtobufWriter::LengthDelimited).varint(100).raw("abc").data()},
        {"varint of 11 bytes", QByteArray("\x08") + QByteArray(10, '\xff') + QByteArray("\x01")},
        {"varint never ended", QByteArray("\x08") + QByteArray(5, '\xff')},
        {"tag varint never ended", QByteArray(3, '\xff')},
        {"fixed64 cut short", ProtobufWriter().tag(3, ProtobufWriter::Fixed64).raw("abc").data()},
        {"fixed32 cut short", ProtobufWriter().tag(3, ProtobufWriter::Fixed32).raw("ab").data()},
        {"event length past the end", ProtobufWriter()
                                          .tag(1, ProtobufWriter::LengthDelimited)
                                          .varint(5000)
                                          .raw(validProtobufEvent())
                                          .data()},
        {"event with a lying inner length",
         ProtobufWriter()
             .bytes(
                 1,
                 ProtobufWriter().tag(pb::Id, ProtobufWriter::LengthDelimited).varint(50).raw("evt").data())
             .data()},
        {"event with wire type 7 inside",
         ProtobufWriter().bytes(1, validProtobufEvent() + ProtobufWriter().tag(20, 7).data()).data()},
        {"text", "hello, world"},
        {"JSON", objectText(validMembers(1))},
    };
    for (const auto& [name, bytes] : framing)
        addBody(name, Mode::Protobuf, bytes);
    // proto3 checks that strings are UTF-8 while parsing.
    for (const QByteArray& bad :
         {QByteArray("\xff"), QByteArray("\xc0\x80"), QByteArray("\xed\xa0\x80"), QByteArray("a\xc3")}) {
        for (const int field : {int(pb::Id), int(pb::Source), int(pb::Subject), int(pb::Flow)})
            addBody("invalid UTF-8 " + bad.toHex() + " in field " + QByteArray::number(field), Mode::Protobuf,
                    protobufBatch({validProtobufEvent(1, ProtobufWriter().bytes(field, bad).data())}));
        addBody("invalid UTF-8 " + bad.toHex() + " in an attribute value", Mode::Protobuf,
                protobufBatch({validProtobufEvent(
                    1, ProtobufWriter().bytes(pb::Attributes, protobufMapEntry("x", bad)).data())}));
    }
    QByteArray tooMany;
    for (qsizetype i = 0; i <= kMaxEventsPerRequest; ++i)
        tooMany += QByteArray("\x0a\x00", 2); // an empty event
    addBody("more than the event limit", Mode::Protobuf, tooMany);

    // Well-formed protobuf that is not a valid event.
    const auto override = [](int field, const QByteArray& value) {
        return validProtobufEvent(1, ProtobufWriter().bytes(field, value).data());
    };
    addProtobufEvent("id empty", override(pb::Id, ""), QStringLiteral("id"));
    addProtobufEvent("source empty", override(pb::Source, ""), QStringLiteral("source"));
    addProtobufEvent("type empty", override(pb::Type, ""), QStringLiteral("type"));
    addProtobufEvent("empty event", QByteArray(), QStringLiteral("id"));
    // A known field with another wire type is an unknown field: the id is then simply absent.
    addProtobufEvent("id as a varint",
                     ProtobufWriter().integer(pb::Id, 7).bytes(pb::Source, "erp").bytes(pb::Type, "t").data(),
                     QStringLiteral("id"));
    for (const qint64 status : {4LL, 9LL, 127LL, -1LL, 1LL << 31})
        addProtobufEvent("status " + QByteArray::number(status),
                         validProtobufEvent(1, ProtobufWriter().integer(pb::Status, status).data()),
                         QStringLiteral("status"));
    const QByteArray tooLong(kMaxAttributeBytes + 1, 'x');
    const QList<QPair<int, QString>> textFields = {
        {pb::Id, QStringLiteral("id")},
        {pb::Source, QStringLiteral("source")},
        {pb::Type, QStringLiteral("type")},
        {pb::CorrelationId, QStringLiteral("correlation_id")},
        {pb::CausationId, QStringLiteral("causation_id")},
        {pb::Flow, QStringLiteral("flow")},
        {pb::Stage, QStringLiteral("stage")},
        {pb::Node, QStringLiteral("node")},
        {pb::Subject, QStringLiteral("subject")},
        {pb::Sku, QStringLiteral("sku")},
        {pb::Currency, QStringLiteral("currency")},
        {pb::ContentType, QStringLiteral("content_type")},
    };
    for (const auto& [field, name] : textFields) {
        addProtobufEvent(name.toLatin1() + " too long", override(field, tooLong), name);
        addProtobufEvent(name.toLatin1() + " with a control character", override(field, "a\nb"), name);
        addProtobufEvent(name.toLatin1() + " with a noncharacter", override(field, "a\xef\xbf\xbf"), name);
    }
    const auto attribute = [](const QByteArray& key, const QByteArray& value) {
        return validProtobufEvent(
            1, ProtobufWriter().bytes(pb::Attributes, protobufMapEntry(key, value)).data());
    };
    for (const QByteArray key : {"flow", "id", "time", "quantity", "datacontenttype", "specversion", "data"})
        addProtobufEvent("attribute " + key + " with a field of its own", attribute(key, "x"),
                         QStringLiteral("attributes"));
    for (const QByteArray key : {"", "Region", "time_source", "re-gion", "x y"})
        addProtobufEvent("attribute name " + key, attribute(key, "x"), QStringLiteral("attributes"));
    addProtobufEvent("attribute value too long", attribute("note", tooLong), QStringLiteral("attributes"));
    addProtobufEvent("attribute value with a control character", attribute("note", "a\x01"),
                     QStringLiteral("attributes"));
    for (const QByteArray value : {"", "00-1-2-3", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"})
        addProtobufEvent("traceparent " + value, attribute("traceparent", value),
                         QStringLiteral("traceparent"));
    QByteArray manyAttributes;
    for (int i = 0; i <= kMaxExtensionAttributes; ++i)
        manyAttributes +=
            ProtobufWriter()
                .bytes(pb::Attributes,
                       protobufMapEntry("e" + QByteArray::number(i).rightJustified(3, '0'), "1"))
                .data();
    addProtobufEvent("too many attributes", validProtobufEvent(1, manyAttributes),
                     QStringLiteral("attributes"));
}

const Corpus& corpus()
{
    static const Corpus instance;
    return instance;
}

// The error of a result, for a failure message; empty when there is none.
QString describe(const Decoded& decoded)
{
    return decoded.error ? decoded.error->field + QStringLiteral(": ") + decoded.error->message : QString();
}

// Every message is one line a person can read.
void checkMessage(const DecodeError& error)
{
    QVERIFY2(!error.message.isEmpty(), "the error has no message");
    QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
    QVERIFY2(error.message.size() < 400, qPrintable(error.message));
}

} // namespace

class TestCloudEventsCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpusIsLarge()
    {
        QVERIFY2(corpus().cases().size() >= 200, qPrintable(QString::number(corpus().cases().size())));
        qInfo("%lld malformed requests", qlonglong(corpus().cases().size()));
    }

    // The valid requests the corpus derives its cases from decode: a case fails for its defect.
    void basesAreValid_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<Request>("request");
        QTest::addColumn<int>("events");
        QTest::newRow("structured") << int(Mode::Structured)
                                    << requestOf(Mode::Structured, objectText(validMembers(1))) << 1;
        QTest::newRow("batch") << int(Mode::Batch)
                               << requestOf(Mode::Batch,
                                            batchText({validMembers(0), validMembers(1), validMembers(2)}))
                               << 3;
        QTest::newRow("binary") << int(Mode::Binary) << validBinaryRequest() << 1;
        QTest::newRow("protobuf") << int(Mode::Protobuf)
                                  << requestOf(Mode::Protobuf,
                                               protobufBatch({validProtobufEvent(0), validProtobufEvent(1),
                                                              validProtobufEvent(2)}))
                                  << 3;
        QTest::newRow("protobuf prefix at an event boundary")
            << int(Mode::Protobuf) << requestOf(Mode::Protobuf, protobufBatch({validProtobufEvent(0)})) << 1;
        QTest::newRow("empty protobuf body")
            << int(Mode::Protobuf) << requestOf(Mode::Protobuf, QByteArray()) << 0;
        QTest::newRow("empty batch") << int(Mode::Batch) << requestOf(Mode::Batch, "[]") << 0;
        QTest::newRow("empty batch with white space")
            << int(Mode::Batch) << requestOf(Mode::Batch, " [ ] \n") << 0;
    }
    void basesAreValid()
    {
        QFETCH(int, mode);
        QFETCH(Request, request);
        QFETCH(int, events);
        const Decoded decoded = decode(Mode(mode), request);
        QVERIFY2(decoded.ok(), qPrintable(describe(decoded)));
        QCOMPARE(decoded.events.size(), events);
    }

    // What sits just inside a limit is accepted, so the cases just outside test the limit itself.
    void limitsAreInclusive_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<Request>("request");
        const QByteArray longest(kMaxAttributeBytes, 'x');
        QTest::newRow("id of 4096 bytes")
            << int(Mode::Structured)
            << requestOf(Mode::Structured, objectText(with(validMembers(1), "id", '"' + longest + '"')));
        QByteArray twoByte;
        for (int i = 0; i < kMaxAttributeBytes / 2; ++i)
            twoByte += "\xc3\xa9";
        QTest::newRow("id of 2048 two-byte characters")
            << int(Mode::Structured)
            << requestOf(Mode::Structured, objectText(with(validMembers(1), "id", '"' + twoByte + '"')));
        QTest::newRow("ce-subject of 4096 bytes")
            << int(Mode::Binary) << validBinaryRequest(withHeader(validHeaders(), "ce-subject", longest));
        Members many = without(without(validMembers(1), "region"), "traceparent");
        for (int i = 0; i < kMaxExtensionAttributes; ++i)
            many = with(many, "e" + QByteArray::number(i).rightJustified(3, '0'), "1");
        QTest::newRow("100 extensions")
            << int(Mode::Structured) << requestOf(Mode::Structured, objectText(many));
        QTest::newRow("extension name of 64")
            << int(Mode::Structured)
            << requestOf(Mode::Structured,
                         objectText(with(validMembers(1), QByteArray(kMaxAttributeNameLength, 'x'), "1")));
        QTest::newRow("data nested 1000 levels")
            << int(Mode::Structured)
            << requestOf(Mode::Structured, objectText(with(validMembers(1), "data",
                                                           QByteArray(1000, '[') + QByteArray(1000, ']'))));
        QTest::newRow("smallest quantity")
            << int(Mode::Structured)
            << requestOf(Mode::Structured,
                         objectText(with(validMembers(1), "quantity", "\"-9223372036854775808\"")));
        QTest::newRow("largest amount")
            << int(Mode::Structured)
            << requestOf(Mode::Structured,
                         objectText(with(validMembers(1), "amount", "9223372036854775807")));
        const QByteArray minimal = R"({"specversion":"1.0","id":"a","source":"b","type":"c"})";
        QByteArray limit = '[' + minimal;
        for (qsizetype i = 1; i < kMaxEventsPerRequest; ++i)
            limit += ',' + minimal;
        QTest::newRow("100000 events") << int(Mode::Batch) << requestOf(Mode::Batch, limit + ']');
    }
    void limitsAreInclusive()
    {
        QFETCH(int, mode);
        QFETCH(Request, request);
        const Decoded decoded = decode(Mode(mode), request);
        QVERIFY2(decoded.ok(), qPrintable(describe(decoded)));
    }

    void rejects_data()
    {
        QTest::addColumn<int>("caseIndex");
        const QList<Case>& cases = corpus().cases();
        for (qsizetype i = 0; i < cases.size(); ++i)
            QTest::addRow("%lld %s", qlonglong(i), cases[i].name.constData()) << int(i);
    }
    void rejects()
    {
        QFETCH(int, caseIndex);
        const Case& c = corpus().cases()[caseIndex];
        const Decoded decoded = decode(c.mode, c.request);
        QVERIFY2(!decoded.ok(), "the request was accepted");
        QVERIFY(decoded.events.isEmpty());
        QCOMPARE(decoded.error->field, c.field);
        QCOMPARE(decoded.error->index, c.index);
        checkMessage(*decoded.error);
    }

    // The decoder reads JSON as QJsonDocument::fromJson does, leniencies included: a body Qt refuses is
    // refused as a body with Qt's own error and offset, and one Qt accepts is never refused as a body.
    void readsJsonAsQJsonDocument()
    {
        QList<QByteArray> bases = {
            objectText(validMembers(1)),
            batchText({validMembers(0), validMembers(1)}),
            objectText(with(with(validMembers(1), "data",
                                 " [ 1.0 , -0 , 1e3 , .5 , 1. , \"a\\\"b\\u00e9\\ud83d\\ude00\" ,"
                                 " true , false , null , { \"x\" : { } } ] "),
                            "note", "\"caf\xc3\xa9 \\q \\ud800\"")),
        };
        // Qt's leniencies and limits, each of which a stricter parser would get wrong.
        const QList<QByteArray> bodies = {
            "\xef\xbb\xbf[]",
            "\xef\xbb\xbf",
            "[\"\\q\"]",
            "[\"\\\xc3\xa9\"]",
            "[\"a\x01\"]",
            "[\"\\ud800\"]",
            "[\"\\u00zz\"]",
            "[\"\\u00\"]",
            "[1.]",
            "[.5]",
            "[-]",
            "[1e]",
            "[1e400]",
            "[1e-400]",
            "[01]",
            "[+1]",
            "[1",
            "[\"a",
            "[\"a\"",
            "[tru]",
            "[nul",
            "[true",
            "{\"a\":}",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "[1,]",
            "[1 2]",
            "[" + QByteArray(400, '1') + "]",
            "[0." + QByteArray(400, '0') + "1]",
            QByteArray(1024, '[') + QByteArray(1024, ']'),
            QByteArray(1025, '[') + QByteArray(1025, ']'),
            "[] ",
            "[]x",
            "[]\0",
            "{}",
            "[",
            "{",
        };
        QList<QByteArray> cases = bodies;
        for (const QByteArray& base : bases) {
            for (qsizetype at = 0; at < base.size(); ++at) {
                for (const char c : {'\0', '"', '\\', '{', '}', '[', ']', ':', ',', ' ', '0', '.', 'e', '-',
                                     'u', '\xff', '\xc3'}) {
                    QByteArray replaced = base;
                    replaced[at] = c;
                    QByteArray inserted = base;
                    inserted.insert(at, c);
                    cases << replaced << inserted;
                }
                cases << QByteArray(base).remove(at, 1) << base.first(at);
            }
        }
        for (const QByteArray& body : std::as_const(cases)) {
            QJsonParseError qt;
            QJsonDocument::fromJson(body, &qt);
            for (const Mode mode : {Mode::Structured, Mode::Batch}) {
                const Decoded decoded = decode(mode, requestOf(mode, body));
                const bool refusedAsJson =
                    !decoded.ok() && decoded.error->index == -1 &&
                    decoded.error->message.startsWith(QStringLiteral("the body is not valid"));
                const bool tooDeep =
                    !decoded.ok() && decoded.error->message.contains(QStringLiteral("1024 levels"));
                if (qt.error == QJsonParseError::NoError || body.isEmpty()) {
                    QVERIFY2(!refusedAsJson && !tooDeep, body.toPercentEncoding().constData());
                    continue;
                }
                QVERIFY2(!decoded.ok(), body.toPercentEncoding().constData());
                QCOMPARE(decoded.error->field, QStringLiteral("body"));
                QCOMPARE(decoded.error->index, -1);
                if (qt.error == QJsonParseError::DeepNesting)
                    QVERIFY2(tooDeep, qPrintable(decoded.error->message));
                else if (qt.error == QJsonParseError::IllegalUTF8String)
                    QCOMPARE(decoded.error->message,
                             QStringLiteral("the body is not valid UTF-8 (at byte %1)").arg(qt.offset));
                else
                    QCOMPARE(decoded.error->message,
                             QStringLiteral("the body is not valid JSON (%1 at byte %2)")
                                 .arg(qt.errorString(), QString::number(qt.offset)));
            }
        }
        qInfo("%lld bodies read as QJsonDocument reads them", qlonglong(cases.size()));
    }

    // Beyond the corpus: every byte of valid requests replaced by a few values. The result may be an
    // event or an error, but it is one of them, whole.
    void survivesMutations()
    {
        const QList<QPair<Mode, QByteArray>> bases = {
            {Mode::Structured, objectText(validMembers(1))},
            {Mode::Batch, batchText({validMembers(0), validMembers(1)})},
            {Mode::Protobuf, protobufBatch({validProtobufEvent(0), validProtobufEvent(1)})},
        };
        int accepted = 0;
        int refused = 0;
        for (const auto& [mode, base] : bases) {
            for (qsizetype at = 0; at < base.size(); ++at) {
                for (const char replacement : {'\0', '"', '{', ']', '\xff', '\x80', char(base[at] ^ 0x01)}) {
                    QByteArray body = base;
                    body[at] = replacement;
                    const Decoded decoded = decode(mode, requestOf(mode, body));
                    if (decoded.ok()) {
                        ++accepted;
                        continue;
                    }
                    ++refused;
                    QVERIFY(decoded.events.isEmpty());
                    checkMessage(*decoded.error);
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
        QVERIFY(refused > 0);
        qInfo("mutations: %d accepted, %d refused", accepted, refused);
    }
};

QTEST_GUILESS_MAIN(TestCloudEventsCorpus)
#include "tst_cloudevents_corpus.moc"
