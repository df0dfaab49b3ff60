// The hash the store writes an audit entry with is the one the trail's verification recomputes:
// OpenSSL's SHA-256 and Qt's agree on every kind of entry.
#include "store/auditdigest.h"

#include <QTest>

using namespace ct;

class TestAuditDigest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithTheVerification()
    {
        AuditEntry e = AuditEntry::bySystem(QStringLiteral("dlq.start_replay"), QStringLiteral("01900000-0000-7000"),
                                            QStringLiteral("to queue \"erp\\orders\"\nattempt \u00e9\u4e2d \U0001F600"));
        QCOMPARE(auditDigest(e), e.computeHash());
        QCOMPARE(auditDigest(e).size(), 64);
        e.prevHash = auditDigest(e);
        e.detail = QString();
        QCOMPARE(auditDigest(e), e.computeHash());
        e.detail = QString(100000, QLatin1Char('x'));
        QCOMPARE(auditDigest(e), e.computeHash());
    }
};

QTEST_GUILESS_MAIN(TestAuditDigest)
#include "tst_auditdigest.moc"
