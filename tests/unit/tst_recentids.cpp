#include "recentids.h"

#include <QTest>

class TestRecentIds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flagsOnlyAnotherDay()
    {
        ct::RecentIds ids(10);
        const QString erp = QStringLiteral("erp");
        QVERIFY(!ids.isDuplicateAcrossDays(erp, QStringLiteral("a"), 5));
        ids.remember(erp, QStringLiteral("a"), 5);
        QVERIFY(!ids.isDuplicateAcrossDays(erp, QStringLiteral("a"), 5));  // same day: the unique index decides
        QVERIFY(ids.isDuplicateAcrossDays(erp, QStringLiteral("a"), 6));
        QVERIFY(!ids.isDuplicateAcrossDays(QStringLiteral("oms"), QStringLiteral("a"), 6));  // another source
        QVERIFY(!ids.isDuplicateAcrossDays(erp, QStringLiteral("b"), 6));
    }

    void staysBounded()
    {
        ct::RecentIds ids(4);
        for (int i = 0; i < 10; ++i)
            ids.remember(QStringLiteral("s"), QString::number(i), 1);
        QVERIFY(ids.size() <= 4);
        QVERIFY(!ids.isDuplicateAcrossDays(QStringLiteral("s"), QStringLiteral("0"), 2));  // forgotten
        QVERIFY(ids.isDuplicateAcrossDays(QStringLiteral("s"), QStringLiteral("9"), 2));   // still known
    }
};

QTEST_APPLESS_MAIN(TestRecentIds)
#include "tst_recentids.moc"
