// The payload pane: personal data masked by default, unmasking one payload on purpose (through the
// audit gate when there is one), hex with the reason for what cannot be decoded, and plain text only.
#include "payloadpane.h"
#include "payloads/protobufpayloaddecoder.h"

#include "controltower/v1/retail.pb.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ct;

namespace {

const QByteArray kOrder = R"({"order_id": "ORD-7", "customer_email": "ada@example.com", "customer_name": "Ada Lovelace",
  "ship_to": {"street": "Unter den Linden 1", "postal_code": "10117", "city": "Berlin", "country": "DE"},
  "lines": [{"sku": "SKU-001181", "quantity": 2}]})";
const QString kJson = QStringLiteral("application/json");

QToolButton* unmaskButton(PayloadPane& pane)
{
    return pane.findChild<QToolButton*>(QStringLiteral("showPersonalData"));
}

} // namespace

class TestPayloadPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void masksByDefault()
    {
        PayloadPane pane;
        pane.showPayload(QStringLiteral("e1"), kOrder, kJson);
        QVERIFY(pane.isMasked());
        const QString text = pane.shownText();
        for (const char* secret : {"ada@example.com", "Ada Lovelace", "Unter den Linden", "10117", "Berlin"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
        QVERIFY(text.contains(QStringLiteral("\"customer_email\": \"•••\"")));
        QVERIFY(text.contains(QStringLiteral("SKU-001181")));  // everything else as it is
        QVERIFY(text.contains(QStringLiteral("ORD-7")));
        QToolButton* unmask = unmaskButton(pane);
        QVERIFY(unmask->isEnabled());
        QVERIFY(!unmask->isChecked());
        QVERIFY(unmask->toolTip().contains(QStringLiteral("audit")));  // unmasking is deliberate, and said so
        const QStringList labels = [&] {
            QStringList out;
            for (const QLabel* l : pane.findChildren<QLabel*>())
                out << l->text();
            return out;
        }();
        QVERIFY(labels.join(QLatin1Char('|')).contains(QStringLiteral("personal data masked: 6")));
    }

    void unmasksThatPayloadOnly()
    {
        PayloadPane pane;
        pane.showPayload(QStringLiteral("e1"), kOrder, kJson);
        unmaskButton(pane)->click();
        QVERIFY(!pane.isMasked());
        QVERIFY(pane.shownText().contains(QStringLiteral("ada@example.com")));
        QVERIFY(pane.shownText().contains(QStringLiteral("Berlin")));
        pane.showPayload(QStringLiteral("e2"), kOrder, kJson);  // the next one is masked again
        QVERIFY(pane.isMasked());
        QVERIFY(!unmaskButton(pane)->isChecked());
        QVERIFY(!pane.shownText().contains(QStringLiteral("ada@example.com")));
    }

    void nothingToUnmaskWithoutPersonalData()
    {
        PayloadPane pane;
        pane.showPayload(QStringLiteral("e1"), R"({"sku": "S", "delta": -4})", kJson);
        QVERIFY(!unmaskButton(pane)->isEnabled());
        QVERIFY(pane.note().isEmpty());
    }

    void unmaskingWaitsForTheAudit()
    {
        PayloadPane pane;
        QStringList subjects;
        QString refusal = QStringLiteral("the store is read-only");
        pane.setUnmaskGate([&](const QString& subject, const PayloadPane::Decision& decide) {
            subjects << subject;
            QTimer::singleShot(0, &pane, [decide, refusal] { decide(refusal); });  // answers later, like a store
        });
        pane.showPayload(QStringLiteral("e1"), kOrder, kJson);
        unmaskButton(pane)->click();
        QVERIFY(pane.isMasked());  // not before the answer
        QTRY_VERIFY(unmaskButton(pane)->isEnabled());
        QVERIFY(pane.isMasked());  // refused: stays masked, and says why
        QVERIFY(pane.note().contains(QStringLiteral("the store is read-only")));
        QVERIFY(!pane.shownText().contains(QStringLiteral("ada@example.com")));

        refusal.clear();
        unmaskButton(pane)->click();
        QTRY_VERIFY(!pane.isMasked());
        QVERIFY(pane.shownText().contains(QStringLiteral("ada@example.com")));
        QCOMPARE(subjects, (QStringList{QStringLiteral("e1"), QStringLiteral("e1")}));

        // An answer that arrives after another payload was selected unmasks nothing.
        pane.showPayload(QStringLiteral("e2"), kOrder, kJson);
        unmaskButton(pane)->click();
        pane.showPayload(QStringLiteral("e3"), kOrder, kJson);
        QTest::qWait(20);
        QVERIFY(pane.isMasked());
    }

    void hexWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("reason");
        QTest::newRow("invalid utf-8") << QByteArray("{\"name\": \"Ad\xff\"}") << kJson
                                       << QStringLiteral("Not valid UTF-8 at byte 12");
        QTest::newRow("deep nesting") << QByteArray(100'000, '[') << kJson << QStringLiteral("deeper than 1024 levels");
        QTest::newRow("truncated json") << QByteArray("{\"a\": [1, ") << kJson << QStringLiteral("Not valid JSON");
        QTest::newRow("binary") << QByteArray("\x01\x02\x03", 3) << QString() << QStringLiteral("Binary content");
        QTest::newRow("truncated protobuf")
            << QByteArray("\x0a\x05RC", 4) << QStringLiteral("application/x-protobuf; messageType=controltower.v1.SaleCompleted")
            << QStringLiteral("not a valid controltower.v1.SaleCompleted");
        QTest::newRow("unknown message type") << QByteArray("\x08\x01", 2)
                                              << QStringLiteral("application/x-protobuf; messageType=x.Nope")
                                              << QStringLiteral("no contract defines the message type x.Nope");
    }

    void hexWithTheReason()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, contentType);
        QFETCH(QString, reason);
        const ProtobufPayloadDecoder decoder;
        PayloadPane pane;
        pane.setDecoder(&decoder);
        pane.showPayload(QStringLiteral("e1"), payload, contentType);
        QCOMPARE(pane.decoded().kind, DecodedPayload::Kind::Hex);
        QVERIFY2(pane.note().contains(reason), qPrintable(pane.note()));
        // Bytes that cannot be read as fields cannot be masked either: withheld until shown on purpose.
        QVERIFY(pane.shownText().isEmpty());
        QVERIFY(pane.note().contains(QStringLiteral("withheld")));
        unmaskButton(pane)->click();
        QVERIFY(pane.shownText().startsWith(QStringLiteral("00000000  ")));
    }

    void protobufAsATree()
    {
        controltower::v1::OrderCaptured order;
        order.set_order_id("ORD-9");
        order.set_customer_email("bob@example.com");
        const ProtobufPayloadDecoder decoder;
        PayloadPane pane;
        pane.setDecoder(&decoder);
        pane.showPayload(QStringLiteral("e1"), QByteArray::fromStdString(order.SerializeAsString()),
                         QStringLiteral("application/x-protobuf; messageType=controltower.v1.OrderCaptured"));
        QCOMPARE(pane.decoded().kind, DecodedPayload::Kind::Protobuf);
        QVERIFY(pane.shownText().contains(QStringLiteral("\"order_id\": \"ORD-9\"")));
        QVERIFY(!pane.shownText().contains(QStringLiteral("bob@example.com")));
    }

    void plainTextOnly()
    {
        PayloadPane pane;
        pane.resize(600, 400);
        pane.show();
        pane.showPayload(QStringLiteral("<b>e</b>"), R"({"note": "<b>x</b> <img src=x>"})", kJson);
        QVERIFY(pane.shownText().contains(QStringLiteral("<b>x</b> <img src=x>")));
        QVERIFY(pane.findChild<QPlainTextEdit*>()->isReadOnly());
        pane.showPayload(QStringLiteral("e2"), QByteArray("{\"<b>k</b>\": 1, "), kJson);  // the parser's message
        for (const QLabel* label : pane.findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestPayloadPane)
#include "tst_payloadpane.moc"
