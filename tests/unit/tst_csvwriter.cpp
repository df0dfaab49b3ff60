// CSV as RFC 4180 writes it, and the audit trail's export in it.
#include "auditcsv.h"
#include "csvwriter.h"

#include <QTest>

class TestCsvWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotesWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("dlq.resolve") << QStringLiteral("dlq.resolve");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces stay") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("not markup, not a formula: as written") << QStringLiteral("<b>=1</b>") << QStringLiteral("<b>=1</b>");
    }

    void quotesWhatNeedsIt()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(ct::csvField(field), written);
    }

    void recordsEndInCrLf()
    {
        QCOMPARE(ct::csvRecord({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QStringLiteral("a,\"b,c\",\r\n"));
        QCOMPARE(ct::csvDocument({{QStringLiteral("h1"), QStringLiteral("h2")}, {QStringLiteral("\u00e4"), QStringLiteral("x")}}),
                 QByteArray("h1,h2\r\n\xc3\xa4,x\r\n"));
        QCOMPARE(ct::csvDocument({}), QByteArray());
    }

    void auditTrailAsCsv()
    {
        ct::AuditEntry e;
        e.seq = 7;
        e.at = ct::Timestamp::fromMicros(1793577600123456);
        e.actor = QStringLiteral("ana");
        e.role = QStringLiteral("operator");
        e.action = QStringLiteral("dlq.resolve");
        e.target = QStringLiteral("msg-1");
        e.before = QStringLiteral("open");
        e.after = QStringLiteral("resolved");
        e.result = QStringLiteral("ok");
        e.detail = QStringLiteral("note: \"ERP period reopened\", line 1\nline 2");
        e.prevHash = QStringLiteral("aa");
        e.hash = QStringLiteral("bb");
        const QByteArray csv = ct::auditCsv({e});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), QByteArray("seq,at,actor,role,action,target,before,after,result,detail,prev_hash,hash\r"));
        QCOMPARE(csv.mid(csv.indexOf('\n') + 1),
                 QByteArray("7,2026-11-02T00:00:00.123456Z,ana,operator,dlq.resolve,msg-1,open,resolved,ok,"
                            "\"note: \"\"ERP period reopened\"\", line 1\nline 2\",aa,bb\r\n"));
        QCOMPARE(ct::auditCsv({}), QByteArray("seq,at,actor,role,action,target,before,after,result,detail,prev_hash,hash\r\n"));
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
