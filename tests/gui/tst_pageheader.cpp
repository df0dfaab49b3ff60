// The strip above every page keeps its figure boxes while live refreshes change the numbers: only the
// count of figures adds or removes boxes, and figures from data are shown as written.
#include "pageheader.h"
#include "plaintext.h"

#include <QLabel>
#include <QTest>

using namespace ct;

namespace {

QList<QLabel*> values(const PageHeader& header)
{
    QList<QLabel*> found;
    for (QLabel* l : header.findChildren<QLabel*>()) {
        if (l->objectName() == QLatin1String("figureValue"))
            found << l;
    }
    return found;
}

} // namespace

class TestPageHeader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newFiguresUpdateTheSameBoxes()
    {
        PageHeader header;
        header.setFigures({{QStringLiteral("12"), QStringLiteral("open")},
                           {QStringLiteral("3"), QStringLiteral("failed"), UiStatus::Failed}});
        const QList<QLabel*> before = values(header);
        QCOMPARE(before.size(), 2);
        header.setFigures({{QStringLiteral("13"), QStringLiteral("open")},
                           {QStringLiteral("0"), QStringLiteral("failed"), UiStatus::Ok, QStringLiteral("tip")}});
        const QList<QLabel*> after = values(header);
        QCOMPARE(after, before);
        QCOMPARE(after.at(0)->text(), QStringLiteral("13"));
        QCOMPARE(after.at(1)->text(), QStringLiteral("0"));
        QCOMPARE(after.at(1)->property("status").toInt(), int(UiStatus::Ok));
        QVERIFY(!after.at(0)->property("status").isValid());
        QCOMPARE(after.at(1)->parentWidget()->toolTip(), plainToolTip(QStringLiteral("tip")));
    }

    void aFigureMoreOrFewerAddsOrRemovesOneBox()
    {
        PageHeader header;
        header.setFigures({{QStringLiteral("1"), QStringLiteral("a")}, {QStringLiteral("2"), QStringLiteral("b")}});
        const QList<QLabel*> two = values(header);
        header.setFigures({{QStringLiteral("1"), QStringLiteral("a")}, {QStringLiteral("2"), QStringLiteral("b")},
                           {QStringLiteral("3"), QStringLiteral("c")}});
        QList<QLabel*> three = values(header);
        QCOMPARE(three.size(), 3);
        QVERIFY(three.contains(two.at(0)) && three.contains(two.at(1)));
        header.setFigures({{QStringLiteral("1"), QStringLiteral("a")}});
        QCOMPARE(values(header), QList<QLabel*>{two.at(0)});
        header.setFigures({});
        QVERIFY(values(header).isEmpty());
    }

    void figuresFromDataAreShownAsWritten()
    {
        const QString hostile = QStringLiteral("<b>x</b> %1 %2 &amp;");
        PageHeader header;
        header.setFigures({{hostile, hostile, std::nullopt, hostile}});
        QLabel* value = values(header).value(0);
        QVERIFY(value);
        QCOMPARE(value->text(), hostile);
        QCOMPARE(value->textFormat(), Qt::PlainText);
        for (QLabel* l : header.findChildren<QLabel*>())
            QCOMPARE(l->textFormat(), Qt::PlainText);
        QCOMPARE(value->parentWidget()->toolTip(), plainToolTip(hostile));  // escaped: shown as written
        QVERIFY(!value->parentWidget()->toolTip().contains(QStringLiteral("<b>")));
    }
};

QTEST_MAIN(TestPageHeader)
#include "tst_pageheader.moc"
