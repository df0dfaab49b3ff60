#include "store/correlationcache.h"

#include <QTest>

using ct::CorrelationCache;
using ct::RollupEvent;

class TestCorrelationCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void remembersEveryEventAsStored()
    {
        CorrelationCache cache(10);
        QVERIFY(!cache.find(QStringLiteral("a")));
        RollupEvent e;
        e.step = 3;
        e.isNew = true;
        cache.remember(QStringLiteral("a"), {e, e});
        const QList<RollupEvent>* known = cache.find(QStringLiteral("a"));
        QVERIFY(known);
        QCOMPARE(known->size(), 2);
        QCOMPARE(known->at(0).step, 3);
        QVERIFY(!known->at(0).isNew && !known->at(1).isNew);  // stored now: old to the next batch
        cache.remember(QStringLiteral("a"), {e});
        QCOMPARE(cache.find(QStringLiteral("a"))->size(), 1);  // replaced, not appended
        cache.clear();
        QVERIFY(!cache.find(QStringLiteral("a")));
    }

    void staysBoundedAndKeepsTheNewest()
    {
        CorrelationCache cache(4);
        for (int i = 0; i < 10; ++i)
            cache.remember(QString::number(i), {RollupEvent()});
        QVERIFY(cache.size() <= 4);
        QVERIFY(!cache.find(QStringLiteral("0")));
        QVERIFY(cache.find(QStringLiteral("9")));
        QVERIFY(cache.find(QStringLiteral("8")));
    }

    void aRememberedAgainEntryMovesToTheNewerGeneration()
    {
        CorrelationCache cache(4);
        cache.remember(QStringLiteral("a"), {RollupEvent()});
        cache.remember(QStringLiteral("b"), {RollupEvent()});
        cache.remember(QStringLiteral("c"), {RollupEvent()});  // a, b now the older generation
        cache.remember(QStringLiteral("a"), {RollupEvent(), RollupEvent()});
        cache.remember(QStringLiteral("d"), {RollupEvent()});  // c, a older; b dropped
        QVERIFY(!cache.find(QStringLiteral("b")));
        QCOMPARE(cache.find(QStringLiteral("a"))->size(), 2);
        QVERIFY(cache.size() <= 4);
    }
};

QTEST_APPLESS_MAIN(TestCorrelationCache)
#include "tst_correlationcache.moc"
