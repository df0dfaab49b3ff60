#include "auditentry.h"
#include "auditverification.h"
#include "uuid.h"

#include <QRegularExpression>
#include <QTest>

using ct::AuditBreak;
using ct::AuditEntry;

namespace {

// A trail of n entries, seq 1..n, chained the way the store chains them (the first after `previous`).
QList<AuditEntry> chain(int n, QString previous = {})
{
    QList<AuditEntry> entries;
    for (int i = 1; i <= n; ++i) {
        AuditEntry e;
        e.seq = i;
        e.at = ct::Timestamp::fromSeconds(1793577600 + i);
        e.actor = QStringLiteral("ana");
        e.role = QStringLiteral("operator");
        e.action = QStringLiteral("dlq.resolve");
        e.target = QStringLiteral("msg-%1").arg(i);
        e.result = QStringLiteral("ok");
        e.prevHash = previous;
        e.hash = e.computeHash();
        previous = e.hash;
        entries.append(e);
    }
    return entries;
}

} // namespace

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

    // The bytes hashed are fixed: every stored chain was hashed from them. Each field is its UTF-8
    // length, a colon, its UTF-8 and the unit separator; non-ASCII counts bytes, not characters.
    void canonicalFormIsLengthPrefixedUtf8()
    {
        AuditEntry a;
        a.at = ct::Timestamp::fromMicros(1796130341541000);
        a.actor = QStringLiteral("jos\u00e9");
        a.role = QStringLiteral("operator");
        a.action = QStringLiteral("dlq.resolve");
        a.target = QStringLiteral("k-1");
        a.after = QStringLiteral("resolved");
        a.result = QStringLiteral("ok");
        a.detail = QStringLiteral("Stra\u00dfe \u2192 \U0001F4E6 \"quoted\"");
        const QByteArray want = QByteArray("0:\x1f" "16:1796130341541000\x1f" "5:jos\xc3\xa9\x1f" "8:operator\x1f"
                                           "11:dlq.resolve\x1f" "3:k-1\x1f" "0:\x1f" "8:resolved\x1f" "2:ok\x1f"
                                           "25:Stra\xc3\x9f" "e \xe2\x86\x92 \xf0\x9f\x93\xa6 \"quoted\"\x1f");
        QCOMPARE(a.canonicalForm(), want);
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

    void verifiesAnIntactChain()
    {
        const QList<AuditEntry> entries = chain(4);
        const ct::AuditVerification v = ct::verifyAuditChain(entries);
        QVERIFY(v.intact());
        QCOMPARE(v.entries, 4);
        QCOMPARE(v.lastHash, entries.last().hash);
        QCOMPARE(v.verdicts, QList<AuditBreak>(4, AuditBreak::None));
        QCOMPARE(v.reason, AuditBreak::None);
        const ct::AuditVerification empty = ct::verifyAuditChain({});
        QVERIFY(empty.intact());
        QCOMPARE(empty.entries, 0);
        QVERIFY(empty.lastHash.isEmpty());
    }

    void findsTheFirstBreak_data()
    {
        QTest::addColumn<int>("tamper");  // 0 detail rewritten, 1 entry removed, 2 hash recomputed, 3 first links
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<AuditBreak>("reason");
        QTest::addColumn<QList<AuditBreak>>("verdicts");
        const auto ok = AuditBreak::None;
        QTest::newRow("detail rewritten: that row's hash") << 0 << qint64(3) << AuditBreak::HashMismatch
                                                          << QList<AuditBreak>{ok, ok, AuditBreak::HashMismatch, ok, ok};
        QTest::newRow("row removed: the next does not link") << 1 << qint64(4) << AuditBreak::BrokenLink
                                                            << QList<AuditBreak>{ok, ok, AuditBreak::BrokenLink, ok};
        QTest::newRow("hash recomputed: the next does not link") << 2 << qint64(4) << AuditBreak::BrokenLink
                                                                << QList<AuditBreak>{ok, ok, ok, AuditBreak::BrokenLink, ok};
        QTest::newRow("first entry links to something") << 3 << qint64(1) << AuditBreak::BrokenLink
                                                       << QList<AuditBreak>{AuditBreak::BrokenLink, ok, ok, ok, ok};
    }

    void findsTheFirstBreak()
    {
        QFETCH(int, tamper);
        QFETCH(qint64, seq);
        QFETCH(AuditBreak, reason);
        QFETCH(QList<AuditBreak>, verdicts);
        QList<AuditEntry> entries = chain(5);
        switch (tamper) {
        case 0:
            entries[2].detail = QStringLiteral("rewritten");
            break;
        case 1:
            entries.removeAt(2);
            break;
        case 2:
            entries[2].detail = QStringLiteral("rewritten");
            entries[2].hash = entries[2].computeHash();
            break;
        default:
            entries = chain(5, QStringLiteral("00"));  // chained after a hash that is not there
        }
        const ct::AuditVerification v = ct::verifyAuditChain(entries);
        QVERIFY(!v.intact());
        QCOMPARE(v.firstBrokenSeq, seq);
        QCOMPARE(entries.at(v.firstBroken).seq, seq);
        QCOMPARE(v.reason, reason);
        QCOMPARE(v.verdicts, verdicts);
        QCOMPARE(v.entries, entries.size());
    }

    void breakNames()
    {
        QCOMPARE(ct::auditBreakName(AuditBreak::HashMismatch), QStringLiteral("hash_mismatch"));
        QCOMPARE(ct::auditBreakName(AuditBreak::BrokenLink), QStringLiteral("broken_link"));
        QVERIFY(ct::auditBreakName(AuditBreak::None).isEmpty());
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
