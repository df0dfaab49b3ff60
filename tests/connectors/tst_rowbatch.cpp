// The rows of a set-based statement as one JSON value (RowBatch::json()): any text a row holds
// (quotes, backslashes, line breaks and other control characters, non-Latin text, characters
// outside the BMP) reads back exactly, integers as numbers.
#include "store/rowbatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ct;

class TestRowBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textReadsBackExactly()
    {
        const QStringList texts{QString(),
                                QStringLiteral("plain"),
                                QStringLiteral("to \"erp\\orders\"\nattempt\t1\r"),
                                QString(QChar(0x01)) + QStringLiteral("bell") + QChar(0x1f),
                                QStringLiteral("\u00e9\u4e2d \U0001F600 end"),
                                QStringLiteral("caf\u00e9 \"chez\" \\ Z\u00fcrich\n"),
                                QStringLiteral("</script>&amp;")};
        RowBatch rows({{QStringLiteral("n"), RowBatch::Type::Integer}, {QStringLiteral("t"), RowBatch::Type::Text}});
        for (qsizetype i = 0; i < texts.size(); ++i)
            rows.add({qint64(i) - 3'000'000'000'000LL, texts.at(i)});

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(rows.json(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QJsonArray row = array.at(i).toArray();
            QCOMPARE(row.size(), 2);
            QCOMPARE(row.at(0).toInteger(), qint64(i) - 3'000'000'000'000LL);
            QCOMPARE(row.at(1).toString(), texts.at(i).isNull() ? QStringLiteral("") : texts.at(i));
        }
    }

    void noRowsIsAnEmptyArray() { QCOMPARE(RowBatch({{QStringLiteral("t"), RowBatch::Type::Text}}).json(), QByteArray("[]")); }
};

QTEST_GUILESS_MAIN(TestRowBatch)
#include "tst_rowbatch.moc"
