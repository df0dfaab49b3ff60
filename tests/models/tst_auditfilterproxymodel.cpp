// The Audit page's filtered, sorted view of the trail, checked by QAbstractItemModelTester.
#include "auditfilterproxymodel.h"
#include "audittrailmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ct;

namespace {

QList<AuditEntry> trail()
{
    QList<AuditEntry> entries;
    QString previous;
    const QStringList actions{QStringLiteral("store.created"), QStringLiteral("dlq.resolve"), QStringLiteral("dlq.replay"),
                              QStringLiteral("payload.unmasked")};
    for (int i = 0; i < actions.size(); ++i) {
        AuditEntry e;
        e.seq = i + 1;
        e.at = Timestamp::fromSeconds(1793577600 + i);
        e.actor = i == 0 ? QStringLiteral("system") : QStringLiteral("ana");
        e.role = QStringLiteral("operator");
        e.action = actions.at(i);
        e.result = i == 2 ? QStringLiteral("not_sent") : QStringLiteral("ok");
        e.prevHash = previous;
        e.hash = e.computeHash();
        previous = e.hash;
        entries.append(e);
    }
    return entries;
}

QList<qint64> seqs(const QList<AuditEntry>& entries)
{
    QList<qint64> out;
    for (const AuditEntry& e : entries)
        out << e.seq;
    return out;
}

} // namespace

class TestAuditFilterProxyModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filtersAndSortsNewestFirst()
    {
        AuditTrailModel model;
        AuditFilterProxyModel proxy(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(AuditTrailModel::At, Qt::DescendingOrder);
        model.setEntries(trail());
        QCOMPARE(seqs(proxy.shownEntries()), (QList<qint64>{4, 3, 2, 1}));

        AuditFilter dlq;
        dlq.actionPrefix = QStringLiteral("dlq");
        proxy.setFilter(dlq);
        QCOMPARE(seqs(proxy.shownEntries()), (QList<qint64>{3, 2}));
        dlq.result = QStringLiteral("ok");
        proxy.setFilter(dlq);
        QCOMPARE(seqs(proxy.shownEntries()), (QList<qint64>{2}));
        QCOMPARE(proxy.index(0, AuditTrailModel::Action).data().toString(), QStringLiteral("dlq.resolve"));

        // A re-read keeps the filter.
        QList<AuditEntry> more = trail();
        AuditEntry next = more.last();
        next.seq = 5;
        next.action = QStringLiteral("dlq.discard");
        next.prevHash = more.last().hash;
        next.hash = next.computeHash();
        more.append(next);
        model.setEntries(more);
        QCOMPARE(seqs(proxy.shownEntries()), (QList<qint64>{5, 2}));

        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 5);
    }

    void rowsCarryTheChainVerdict()
    {
        AuditTrailModel model;
        QList<AuditEntry> entries = trail();
        entries[1].detail = QStringLiteral("rewritten");
        model.setEntries(entries);
        QCOMPARE(model.verification().firstBrokenSeq, 2);
        QCOMPARE(model.verification().reason, AuditBreak::HashMismatch);
        QCOMPARE(model.verification().firstBroken, 1);
        const auto status = [&model](int row) {
            return AuditTrailModel::ChainStatus(model.index(row, 0).data(AuditTrailModel::StatusRole).toInt());
        };
        QCOMPARE(status(2), AuditTrailModel::ChainStatus::Broken);  // newest first: seq 2 is the third row
        QCOMPARE(status(0), AuditTrailModel::ChainStatus::Verified);
        QCOMPARE(status(3), AuditTrailModel::ChainStatus::Verified);
    }
};

QTEST_GUILESS_MAIN(TestAuditFilterProxyModel)
#include "tst_auditfilterproxymodel.moc"
