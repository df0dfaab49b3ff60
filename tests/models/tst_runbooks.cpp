// Runbooks: read from the team's file (or the examples built in), the most specific one chosen for a
// failure, and a malformed file refused with a sentence rather than half read.
#include "runbooks.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;

class TestRunbooks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void choosesTheMostSpecific()
    {
        QString error;
        const RunbookLibrary library = RunbookLibrary::fromJson(
            "{\"runbooks\": ["
            " {\"title\": \"any\"},"
            " {\"queue\": \"erp.*\", \"title\": \"erp\"},"
            " {\"queue\": \"erp.*.dlq\", \"error_class\": \"business_rule\", \"title\": \"erp rule\"},"
            " {\"queue\": \"erp.*.dlq\", \"title\": \"erp dlq\"},"
            " {\"queue\": \"erp.inventory.dlq\", \"title\": \"inventory\", \"link\": \"https://wiki.example.com/inv\"},"
            " {\"error_class\": \"routing\", \"title\": \"routing\"}"
            "]}",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(library.size(), 6);
        const auto title = [&](const char* queue, const char* errorClass) {
            const Runbook* r = library.find(QString::fromLatin1(queue), QString::fromLatin1(errorClass));
            return r ? r->title : QString();
        };
        QCOMPARE(title("erp.inventory.dlq", "business_rule"), QStringLiteral("inventory"));  // exact queue first
        QCOMPARE(title("erp.sales.dlq", "business_rule"), QStringLiteral("erp rule"));
        QCOMPARE(title("erp.sales.dlq", "downstream_timeout"), QStringLiteral("erp dlq"));   // the longer pattern
        QCOMPARE(title("erp.sales.parking-lot", "routing"), QStringLiteral("erp"));         // a queue pattern before a class
        QCOMPARE(title("oms.orders.dlq", "routing"), QStringLiteral("routing"));
        QCOMPARE(title("oms.orders.dlq", "unknown"), QStringLiteral("any"));
        QCOMPARE(library.find(QStringLiteral("erp.inventory.dlq"), QString())->link,
                 QUrl(QStringLiteral("https://wiki.example.com/inv")));
        // Regular-expression characters in a name are taken literally.
        QCOMPARE(title("erpXsales.dlq", "x"), QStringLiteral("any"));
    }

    void refusesAMalformedFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{runbooks") << QStringLiteral("not a JSON object");
        QTest::newRow("no list") << QByteArray("{\"books\": []}") << QStringLiteral("no \"runbooks\" array");
        QTest::newRow("no title") << QByteArray("{\"runbooks\": [{\"queue\": \"a\"}]}") << QStringLiteral("runbook 1 has no title");
        QTest::newRow("not an object") << QByteArray("{\"runbooks\": [\"a\"]}") << QStringLiteral("runbook 1 has no title");
        QTest::newRow("script link") << QByteArray("{\"runbooks\": [{\"title\": \"t\", \"link\": \"javascript:alert(1)\"}]}")
                                     << QStringLiteral("http or https");
        QTest::newRow("file link") << QByteArray("{\"runbooks\": [{\"title\": \"t\", \"link\": \"file:///etc/passwd\"}]}")
                                   << QStringLiteral("http or https");
    }
    void refusesAMalformedFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        const RunbookLibrary library = RunbookLibrary::fromJson(json, &error);
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(library.size(), 0);
    }

    // The examples built in read cleanly and give every failure of the demo estate a runbook.
    void theBuiltInExamplesCoverEveryFailure()
    {
        const RunbookSource source = loadRunbooks(QStringLiteral(":/controltower/runbooks.json"));
        QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
        QVERIFY(source.library.size() >= 5);
        for (const char* errorClass : {"business_rule", "downstream_timeout", "schema_validation", "routing", "unknown"})
            QVERIFY(source.library.find(QStringLiteral("oms.orders.dlq"), QString::fromLatin1(errorClass)));
        QCOMPARE(source.library.find(QStringLiteral("erp.settlements.dlq"), QStringLiteral("business_rule"))->title,
                 QStringLiteral("ERP rejected a posting"));
    }

    void aFileThatCannotBeReadSaysWhich()
    {
        QTemporaryDir dir;
        const RunbookSource source = loadRunbooks(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(source.error.contains(QStringLiteral("missing.json")));
        QCOMPARE(source.library.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunbooks)
#include "tst_runbooks.moc"
