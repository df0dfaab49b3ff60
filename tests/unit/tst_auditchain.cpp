#include "auditentry.h"
#include "auditverification.h"
#include "uuid.h"

#include <QRegularExpression>
#include <QTest>

using ct::AuditBreak;
using ct::AuditEntry;
using ct::AuditTarget;

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

    // One action done to many at once is one entry: its hash covers every target, in order.
    void aGroupedEntryHashesEveryTarget()
    {
        AuditEntry g;
        g.at = ct::Timestamp::fromMicros(7);
        g.actor = QStringLiteral("ana");
        g.role = QStringLiteral("operator");
        g.action = QStringLiteral("dlq.start_replay");
        g.result = QStringLiteral("ok");
        g.targets = {{QStringLiteral("k-1"), QStringLiteral("open"), QStringLiteral("replaying"), QStringLiteral("v 1 -> 2")},
                     {QStringLiteral("k-2"), QStringLiteral("open"), QStringLiteral("replaying"), QStringLiteral("v 4 -> 5")}};
        const QString base = g.computeHash();
        AuditEntry without = g;
        without.targets.clear();
        QVERIFY(without.computeHash() != base);
        QVERIFY(g.canonicalForm().startsWith(without.canonicalForm()));  // the entry's own fields, then its targets
        for (int field = 0; field < 4; ++field) {
            AuditEntry changed = g;
            AuditTarget& t = changed.targets[1];
            QString* fields[] = {&t.target, &t.before, &t.after, &t.detail};
            *fields[field] += QLatin1Char('x');
            QVERIFY2(changed.computeHash() != base, qPrintable(QString::number(field)));
        }
        AuditEntry swapped = g;
        swapped.targets.swapItemsAt(0, 1);
        QVERIFY(swapped.computeHash() != base);
        AuditEntry fewer = g;
        fewer.targets.removeLast();
        QVERIFY(fewer.computeHash() != base);
    }

    void groupRunsJoinsConsecutiveLikeEntriesOnly()
    {
        const auto entry = [](const char* action, const char* target, const char* result = "ok") {
            AuditEntry e;
            e.at = ct::Timestamp::fromMicros(9);
            e.actor = QStringLiteral("ana");
            e.role = QStringLiteral("operator");
            e.action = QString::fromLatin1(action);
            e.target = QString::fromLatin1(target);
            e.before = QStringLiteral("open");
            e.after = QStringLiteral("replaying");
            e.result = QString::fromLatin1(result);
            e.detail = QStringLiteral("about ") + e.target;
            return e;
        };
        const QList<AuditEntry> in{entry("dlq.start_replay", "k-1"), entry("dlq.start_replay", "k-2"),
                                   entry("dlq.start_replay", "k-3", "refused"), entry("dlq.broker_ack", "k-4"),
                                   entry("dlq.start_replay", "k-5"), entry("dlq.start_replay", "k-6"),
                                   entry("dlq.start_replay", "k-7")};
        const QList<AuditEntry> out = AuditEntry::groupRuns(in);
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.at(0).targets.size(), 2);
        QVERIFY(out.at(0).target.isEmpty() && out.at(0).detail.isEmpty());
        QCOMPARE(out.at(1).target, QStringLiteral("k-3"));  // alone: an entry as it always was
        QVERIFY(out.at(1).targets.isEmpty());
        QCOMPARE(out.at(2).target, QStringLiteral("k-4"));
        QCOMPARE(out.at(3).targets.size(), 3);
        // Read back one row per target, they are the entries that went in, in order.
        QList<AuditEntry> rows;
        for (const AuditEntry& e : out)
            rows += e.perTarget();
        QCOMPARE(rows.size(), in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            QCOMPARE(rows.at(i).target, in.at(i).target);
            QCOMPARE(rows.at(i).before, in.at(i).before);
            QCOMPARE(rows.at(i).after, in.at(i).after);
            QCOMPARE(rows.at(i).detail, in.at(i).detail);
            QCOMPARE(rows.at(i).action, in.at(i).action);
            QCOMPARE(rows.at(i).result, in.at(i).result);
            QVERIFY(rows.at(i).targets.isEmpty());
        }
    }

    void aChainWithAGroupedEntryVerifiesAndATamperedTargetBreaksIt()
    {
        QList<AuditEntry> trail = chain(3);
        AuditEntry g = trail.at(1);
        g.target.clear();
        g.targets = {{QStringLiteral("k-1"), QStringLiteral("open"), QStringLiteral("replayed"), QString()},
                     {QStringLiteral("k-2"), QStringLiteral("open"), QStringLiteral("replayed"), QString()}};
        g.hash = g.computeHash();
        trail[1] = g;
        trail[2].prevHash = g.hash;
        trail[2].hash = trail[2].computeHash();
        QVERIFY(ct::verifyAuditChain(trail).intact());
        trail[1].targets[1].after = QStringLiteral("resolved");
        const auto v = ct::verifyAuditChain(trail);
        QVERIFY(!v.intact());
        QCOMPARE(v.firstBrokenSeq, 2);
        QCOMPARE(v.reason, AuditBreak::HashMismatch);
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
