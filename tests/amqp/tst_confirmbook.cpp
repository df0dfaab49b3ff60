// Publisher-confirm bookkeeping (ARCHITECTURE.md §7) on event sequences as the broker sends them.
#include "amqp/confirmbook.h"

#include <QTest>

using namespace ct::amqp;
using Kind = ConfirmOutcome::Kind;

namespace {

ConfirmEvent ack(quint64 tag, bool multiple = false) { return {ConfirmEvent::Kind::Ack, tag, multiple, {}, {}}; }
ConfirmEvent nack(quint64 tag, bool multiple = false) { return {ConfirmEvent::Kind::Nack, tag, multiple, {}, {}}; }
ConfirmEvent returned(const QString& attempt)
{
    return {ConfirmEvent::Kind::Return, 0, false, {{QStringLiteral("x-replay-attempt"), attempt}}, QStringLiteral("312 NO_ROUTE")};
}

ConfirmBook bookOf(int n)
{
    ConfirmBook book(QStringLiteral("x-replay-attempt"));
    for (int i = 1; i <= n; ++i)
        book.published(quint64(i), QStringLiteral("k%1").arg(i), QStringLiteral("a%1").arg(i));
    return book;
}

QStringList keys(const QList<ConfirmOutcome>& outcomes, Kind kind)
{
    QStringList out;
    for (const ConfirmOutcome& o : outcomes)
        if (o.kind == kind)
            out << o.key;
    return out;
}

} // namespace

class TestConfirmBook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acksOutOfOrderAndMultiple()
    {
        ConfirmBook book = bookOf(5);
        QCOMPARE(keys(book.apply(ack(3)), Kind::Sent), QStringList{QStringLiteral("k3")});
        QCOMPARE(keys(book.apply(ack(4, true)), Kind::Sent), (QStringList{QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k4")}));
        QCOMPARE(book.unsettled(), 1);
        QVERIFY(book.apply(ack(4, true)).isEmpty()); // nothing twice
        QCOMPARE(keys(book.apply(ack(5)), Kind::Sent), QStringList{QStringLiteral("k5")});
        QCOMPARE(book.unsettled(), 0);
    }

    void aNackIsNotSent()
    {
        ConfirmBook book = bookOf(3);
        const QList<ConfirmOutcome> out = book.apply(nack(2, true));
        QCOMPARE(keys(out, Kind::NotSent), (QStringList{QStringLiteral("k1"), QStringLiteral("k2")}));
        QVERIFY(out.first().reason.contains(QLatin1String("nack")));
    }

    // The return comes first and has no tag; the ack that follows settles the message as not sent.
    void aReturnMakesItsAckNotSent()
    {
        ConfirmBook book = bookOf(3);
        QVERIFY(book.apply(returned(QStringLiteral("a2"))).isEmpty());
        const QList<ConfirmOutcome> out = book.apply(ack(3, true));
        QCOMPARE(keys(out, Kind::Sent), (QStringList{QStringLiteral("k1"), QStringLiteral("k3")}));
        QCOMPARE(keys(out, Kind::NotSent), QStringList{QStringLiteral("k2")});
        QVERIFY(out.at(1).reason.contains(QLatin1String("NO_ROUTE")));
    }

    void aCloseLeavesTheRestIndeterminate()
    {
        ConfirmBook book = bookOf(4);
        book.apply(ack(1));
        const QList<ConfirmOutcome> out = book.apply({ConfirmEvent::Kind::Closed, 0, false, {}, QStringLiteral("404 NOT_FOUND")});
        QCOMPARE(keys(out, Kind::Indeterminate), (QStringList{QStringLiteral("k2"), QStringLiteral("k3"), QStringLiteral("k4")}));
        QVERIFY(out.first().reason.contains(QLatin1String("NOT_FOUND")));
        QCOMPARE(book.unsettled(), 0);
    }

    void anUnknownTagSettlesNothing()
    {
        ConfirmBook book = bookOf(2);
        QVERIFY(book.apply(ack(9)).isEmpty());
        QCOMPARE(book.unsettled(), 2);
    }
};

QTEST_GUILESS_MAIN(TestConfirmBook)
#include "tst_confirmbook.moc"
