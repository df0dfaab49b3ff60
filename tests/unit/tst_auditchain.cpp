#include "auditentry.h"
#include "uuid.h"

#include <QRegularExpression>
#include <QTest>

using ct::AuditEntry;

class TestAuditChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hashCoversEveryField()
    {
        AuditEntry a;
        a.at = ct::Timestamp::fromMicros(42);
        a.actor = QStringLiteral("ana");
        a.role = QStringLiteral("operator");
        a.action = QStringLiteral("dlq.replay");
        a.target = QStringLiteral("msg-1");
        const QString base = a.computeHash();
        QCOMPARE(base.size(), 64);
        QCOMPARE(a.computeHash(), base);  // stable
        AuditEntry changed = a;
        changed.detail = QStringLiteral("x");
        QVERIFY(changed.computeHash() != base);
        changed = a;
        changed.prevHash = QStringLiteral("00");
        QVERIFY(changed.computeHash() != base);
        changed = a;
        changed.at = ct::Timestamp::fromMicros(43);
        QVERIFY(changed.computeHash() != base);
    }

    void fieldsCannotSpoofEachOther()
    {
        AuditEntry a;
        a.actor = QStringLiteral("ab");
        a.role = QStringLiteral("c");
        AuditEntry b;
        b.actor = QStringLiteral("a");
        b.role = QStringLiteral("bc");
        QVERIFY(a.computeHash() != b.computeHash());
    }

    void uuidForms()
    {
        static const QRegularExpression v7(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        static const QRegularExpression v4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY(v7.match(ct::uuidV7(1793577600000, 0xffffffffffffffffULL, 0xffffffffffffffffULL)).hasMatch());
        QVERIFY(v4.match(ct::uuidV4(0, 0)).hasMatch());
        // Version 7 sorts by time as text.
        QVERIFY(ct::uuidV7(1000, 99, 99) < ct::uuidV7(1001, 0, 0));
        QCOMPARE(ct::uuidV7(1793577600000, 1, 2), ct::uuidV7(1793577600000, 1, 2));
    }
};

QTEST_APPLESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
