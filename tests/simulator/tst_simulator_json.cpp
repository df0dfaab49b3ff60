// The payload writer's building blocks: compact sorted JSON with proper escaping, and ISO times.
#include "simulator/civiltime.h"
#include "simulator/jsonwriter.h"

#include "timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;

class TestSimulatorJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keysComeOutSorted()
    {
        JsonObjectWriter w;
        w.add("zeta", qint64(-5));
        w.add("alpha", QStringLiteral("a"));
        w.add("mid", true);
        JsonObjectWriter nested;
        nested.add("b", 2);
        nested.add("a", 1);
        w.addRaw("nested", nested.toJson());
        QCOMPARE(w.toJson(), QByteArray(R"({"alpha":"a","mid":true,"nested":{"a":1,"b":2},"zeta":-5})"));
        QVERIFY(w.remove("mid"));
        QVERIFY(!w.remove("mid"));
        QCOMPARE(w.toJson(), QByteArray(R"({"alpha":"a","nested":{"a":1,"b":2},"zeta":-5})"));
        QCOMPARE(JsonObjectWriter().toJson(), QByteArray("{}"));
    }

    void arraysAreCompact()
    {
        JsonArrayWriter a;
        QCOMPARE(a.toJson(), QByteArray("[]"));
        a.add(u"x");
        a.addRaw("{}");
        QCOMPARE(a.toJson(), QByteArray(R"(["x",{}])"));
    }

    void stringsAreEscaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Hauptstraße 12");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\"");
        QTest::newRow("backslash") << QStringLiteral("C:\\temp\\x");
        QTest::newRow("controls") << QStringLiteral("a\nb\tc\rd") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("umlauts") << QStringLiteral("Jürgen Müller, Liège");
        QTest::newRow("surrogates") << QStringLiteral("price 🏷️ tag €");
        QTest::newRow("mixed") << QStringLiteral("ü\"\\ü\n");
        QTest::newRow("empty") << QString();
    }
    void stringsAreEscaped()
    {
        QFETCH(QString, text);
        JsonObjectWriter w;
        w.add("k", text);
        const QByteArray json = w.toJson();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(QLatin1String("k")).toString(), text);
        for (char c : json)
            QVERIFY(uchar(c) >= 0x20);
    }

    void isoTimesMatchTimestamp_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("default until") << qint64(1'793'577'600'000'000);
        QTest::newRow("fraction") << qint64(1'793'577'600'123'456);
        QTest::newRow("leap day") << qint64(1'709'164'799'999'999); // 2024-02-28T23:59:59.999999Z
        QTest::newRow("leap day itself") << qint64(1'709'208'000'000'001);
        QTest::newRow("year end") << qint64(1'798'761'599'000'000);
        QTest::newRow("2100") << qint64(4'107'542'400'000'000);
    }
    void isoTimesMatchTimestamp()
    {
        QFETCH(qint64, micros);
        QByteArray out;
        appendIsoTime(out, micros);
        QCOMPARE(QString::fromLatin1(out), Timestamp::fromMicros(micros).toIso());
        QCOMPARE(QString::fromLatin1(yearMonth(micros)), Timestamp::fromMicros(micros).toIso().left(7));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorJson)
#include "tst_simulator_json.moc"
