// The one-pass pointer scan that finds business keys in payloads, against the same pointers followed
// through QJsonDocument: the keys found must not depend on which of the two read the payload.
// Pointers with "*" are written "\u002a" in the raw strings below: "/*" would open a comment to moc.
#include "jsonpointerscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;

namespace {

using Match = JsonPointerScan::Match;

// The reference: the pointer followed through the document QJsonDocument reads.
void follow(const QJsonValue& at, const QStringList& tokens, qsizetype token, int pointer, QList<Match>& out)
{
    if (token == tokens.size()) {
        QString text;
        if (at.isString()) {
            text = at.toString().trimmed();
        } else if (at.isDouble() && double(at.toInteger()) == at.toDouble()) {
            text = QString::number(at.toInteger());
        }
        if (!text.isEmpty())
            out.append({pointer, text});
        return;
    }
    const QString& t = tokens.at(token);
    if (at.isObject()) {
        const QJsonObject o = at.toObject();
        if (o.contains(t))
            follow(o.value(t), tokens, token + 1, pointer, out);
    } else if (at.isArray()) {
        const QJsonArray a = at.toArray();
        bool isIndex = false;
        const uint index = t.toUInt(&isIndex);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (t == QLatin1String("*") || (isIndex && index == uint(i)))
                follow(a.at(i), tokens, token + 1, pointer, out);
        }
    }
}

std::optional<QList<Match>> reference(const QByteArray& json, const QList<QStringList>& pointers)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QList<Match> out;
    for (int p = 0; p < pointers.size(); ++p)
        follow(doc.object(), pointers.at(p), 0, p, out);
    return out;
}

QStringList texts(const std::optional<QList<Match>>& matches)
{
    if (!matches)
        return {QStringLiteral("<not an object>")};
    QStringList out;
    for (const Match& m : *matches)
        out << QString::number(m.pointer) + QLatin1Char('=') + m.text;
    return out;
}

QList<QStringList> pointers()
{
    return {
        {QStringLiteral("order_id")},
        {QStringLiteral("lines"), QStringLiteral("*"), QStringLiteral("sku")},
        {QStringLiteral("customer"), QStringLiteral("id")},
        {QStringLiteral("lines"), QStringLiteral("1"), QStringLiteral("store")},
        {QStringLiteral("a/b"), QStringLiteral("c~d")},
        {QStringLiteral("grid"), QStringLiteral("*"), QStringLiteral("*")},
        {QStringLiteral("n")},
        {QStringLiteral("Größe")},
    };
}

} // namespace

class TestJsonPointerScan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsTheDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("flat") << QByteArray(R"({"order_id":"SO-1","other":1})");
        QTest::newRow("trimmed") << QByteArray(R"({"order_id":"  SO-1\t"})");
        QTest::newRow("empty string") << QByteArray(R"({"order_id":""})");
        QTest::newRow("array of objects")
            << QByteArray(R"({"lines":[{"sku":"A"},{"sku":"B","store":"ST-1"},{"qty":3},"x",{"sku":7}]})");
        QTest::newRow("nested object") << QByteArray(R"({"customer":{"id":"C-9","name":"n"},"order_id":4})");
        QTest::newRow("escaped names") << QByteArray(R"({"a\/b":{"c~d":"K1"},"ord\u0065r_id":"E"})");
        QTest::newRow("escaped value") << QByteArray(R"({"order_id":"SO-\u0031\n"})");
        QTest::newRow("grid") << QByteArray(R"({"grid":[[1,2],["x",{"y":1}],[],3]})");
        QTest::newRow("integral double") << QByteArray(R"({"n":12.0})");
        QTest::newRow("exponent") << QByteArray(R"({"n":1e3})");
        QTest::newRow("fraction") << QByteArray(R"({"n":3.5})");
        QTest::newRow("negative zero") << QByteArray(R"({"n":-0})");
        QTest::newRow("beyond 64 bits") << QByteArray(R"({"n":123456789012345678901234567890})");
        QTest::newRow("huge") << QByteArray(R"({"n":1e300})");
        QTest::newRow("largest") << QByteArray(R"({"n":9223372036854775807})");
        QTest::newRow("literals") << QByteArray(R"({"n":true,"order_id":null,"customer":false})");
        QTest::newRow("object where a value is wanted") << QByteArray(R"({"order_id":{"x":"y"}})");
        QTest::newRow("non-ASCII name") << QByteArray("{\"Gr\xc3\xb6\xc3\x9f" "e\":\"XL\"}");
        QTest::newRow("deep unrelated")
            << QByteArray(R"({"z":[[[[{"order_id":"no"}]]]],"order_id":"yes"})");
        QTest::newRow("root array") << QByteArray(R"([{"order_id":"SO-1"}])");
        QTest::newRow("root string") << QByteArray(R"("SO-1")");
        QTest::newRow("truncated") << QByteArray(R"({"order_id":"SO-1","lines":[{"sku":"A"})");
        QTest::newRow("trailing garbage") << QByteArray(R"({"order_id":"SO-1"} x)");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"order_id\":\"SO-\xff\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("white space around") << QByteArray(" \n{\"order_id\" : \"SO-2\"}\r\n");
    }

    void sameAsTheDocument()
    {
        QFETCH(QByteArray, json);
        const JsonPointerScan scan(pointers());
        QCOMPARE(texts(scan.scan(json)), texts(reference(json, pointers())));
    }

    void pointerOrderFirstThenDocumentOrder()
    {
        const JsonPointerScan scan({{QStringLiteral("b")}, {QStringLiteral("a"), QStringLiteral("*")}});
        const QStringList found = texts(scan.scan(R"({"a":["1","2"],"b":"B"})"));
        QCOMPARE(found, (QStringList{QStringLiteral("0=B"), QStringLiteral("1=1"), QStringLiteral("1=2")}));
    }

    void aNameGivenTwiceIsFollowedInBothPlaces()
    {
        // QJsonDocument keeps one of the two; as keys, both values are worth finding.
        const JsonPointerScan scan({{QStringLiteral("order_id")}});
        QCOMPARE(texts(scan.scan(R"({"order_id":"A","order_id":"B"})")),
                 (QStringList{QStringLiteral("0=A"), QStringLiteral("0=B")}));
    }

    void noPointersFindNothing()
    {
        const JsonPointerScan scan({});
        QVERIFY(scan.isEmpty());
        QCOMPARE(texts(scan.scan(R"({"order_id":"A"})")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestJsonPointerScan)
#include "tst_jsonpointerscan.moc"
