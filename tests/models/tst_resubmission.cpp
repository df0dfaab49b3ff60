// Edit & resubmit (ARCHITECTURE.md §7): the edited copy is checked before it may go — JSON, the
// protobuf contract, something changed — masked values keep the original's data, and the diff names
// what changed without showing anyone's personal data.
#include "failedmessage.h"
#include "payloads/protobufpayloaddecoder.h"
#include "personaldatamask.h"
#include "resubmission.h"

#include "controltower/v1/retail.pb.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;

namespace {

FailedMessage jsonOrder()
{
    FailedMessage m;
    m.key = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
    m.contentType = QStringLiteral("application/json");
    m.payload = QByteArrayLiteral(R"({"order_id":"ORD-7","customer_email":"ada@example.com","lines":[{"sku":"SKU-1","quantity":2}],"company_code":"1000"})");
    return m;
}

FailedMessage protobufOrder()
{
    controltower::v1::OrderCaptured order;
    order.set_order_id("ORD-8");
    order.set_customer_email("ada@example.com");
    order.mutable_ship_to()->set_city("Berlin");
    FailedMessage m;
    m.key = QStringLiteral("01900000-0000-7000-8000-0000000000a2");
    m.contentType = QStringLiteral("application/x-protobuf; messageType=controltower.v1.OrderCaptured");
    m.payload = QByteArray::fromStdString(order.SerializeAsString());
    return m;
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestResubmission : public QObject {
    Q_OBJECT

    const PersonalDataMask& mask = PersonalDataMask::standard();
    const ProtobufPayloadDecoder decoder;

private Q_SLOTS:
    void editsJsonWithPersonalDataMasked()
    {
        const FailedMessage m = jsonOrder();
        QString error;
        QString text = editablePayload(m, &decoder, mask, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!text.contains(QLatin1String("ada@example.com")));
        QVERIFY(text.contains(kMaskedValue));
        text.replace(QLatin1String("\"1000\""), QLatin1String("\"2000\""));

        const Resubmission r = prepareResubmission(m, text, &decoder, mask);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char(';'))));
        QCOMPARE(r.changes.items.size(), 1);
        QCOMPARE(r.changes.items.constFirst().path, QStringLiteral("company_code"));
        QCOMPARE(r.changes.items.constFirst().a, QStringLiteral("\"2000\""));
        QVERIFY(r.warnings.isEmpty());
        // What goes on the wire has the real e-mail back, not the mask.
        const QJsonObject sent = object(r.body);
        QCOMPARE(sent.value(QLatin1String("customer_email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(sent.value(QLatin1String("company_code")).toString(), QStringLiteral("2000"));
        QCOMPARE(r.sha256Before, QString::fromLatin1(QCryptographicHash::hash(m.payload, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.sha256After, QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex()));
    }

    void refusesWhatCannotGo()
    {
        const FailedMessage m = jsonOrder();
        QString error;
        const QString text = editablePayload(m, &decoder, mask, &error);
        QVERIFY(!prepareResubmission(m, text, &decoder, mask).ok());  // nothing changed
        QVERIFY(prepareResubmission(m, text, &decoder, mask).errors.constFirst().contains(QLatin1String("nothing was changed")));
        const Resubmission broken = prepareResubmission(m, QStringLiteral("{\"order_id\": "), &decoder, mask);
        QVERIFY(!broken.ok());
        QVERIFY(broken.errors.constFirst().contains(QLatin1String("not valid JSON")));

        FailedMessage text_plain = m;
        text_plain.contentType = QStringLiteral("text/plain");
        QVERIFY(editablePayload(text_plain, &decoder, mask, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("only JSON and protobuf")));
        FailedMessage badJson = m;
        badJson.payload = QByteArrayLiteral("{oops");
        QVERIFY(editablePayload(badJson, &decoder, mask, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
    }

    void warnsOfRemovedFieldsAndChangedTypes()
    {
        const FailedMessage m = jsonOrder();
        const Resubmission r = prepareResubmission(
            m, QStringLiteral(R"({"order_id":"ORD-7","customer_email":"•••","lines":[{"sku":"SKU-1","quantity":"two"}]})"),
            &decoder, mask);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char(';'))));
        QVERIFY2(r.warnings.contains(QStringLiteral("company_code is removed")), qPrintable(r.warnings.join(QLatin1Char(';'))));
        QVERIFY2(r.warnings.contains(QStringLiteral("lines[0].quantity changes its type")), qPrintable(r.warnings.join(QLatin1Char(';'))));
    }

    void checksProtobufAgainstItsContract()
    {
        const FailedMessage m = protobufOrder();
        QString error;
        QString text = editablePayload(m, &decoder, mask, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(text.contains(QLatin1String("ORD-8")));
        QVERIFY(!text.contains(QLatin1String("ada@example.com")));

        const Resubmission fixed = prepareResubmission(m, QString(text).replace(QLatin1String("ORD-8"), QLatin1String("ORD-9")),
                                                       &decoder, mask);
        QVERIFY2(fixed.ok(), qPrintable(fixed.errors.join(QLatin1Char(';'))));
        controltower::v1::OrderCaptured sent;
        QVERIFY(sent.ParseFromArray(fixed.body.constData(), int(fixed.body.size())));
        QCOMPARE(QString::fromStdString(sent.order_id()), QStringLiteral("ORD-9"));
        QCOMPARE(QString::fromStdString(sent.customer_email()), QStringLiteral("ada@example.com"));

        // A field the contract does not name.
        QJsonObject tree = QJsonDocument::fromJson(text.toUtf8()).object();
        tree.insert(QStringLiteral("discount_code"), QStringLiteral("X"));
        const Resubmission unknown = prepareResubmission(m, QString::fromUtf8(QJsonDocument(tree).toJson()), &decoder, mask);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.errors.constFirst().contains(QLatin1String("against the contract")), qPrintable(unknown.errors.join(QLatin1Char(';'))));
        // A value of the wrong type.
        tree.remove(QStringLiteral("discount_code"));
        tree.insert(QStringLiteral("order_id"), QJsonObject{{QStringLiteral("x"), 1}});
        QVERIFY(!prepareResubmission(m, QString::fromUtf8(QJsonDocument(tree).toJson()), &decoder, mask).ok());
    }
};

QTEST_GUILESS_MAIN(TestResubmission)
#include "tst_resubmission.moc"
