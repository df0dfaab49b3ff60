// The audit filter that the Audit page and `ctower audit` share, and the choices the page offers.
#include "auditfilter.h"

#include <QTest>

using ct::AuditEntry;
using ct::AuditFilter;

namespace {

AuditEntry entry(const QString& actor, const QString& action, const QString& result, qint64 second,
                 const QString& detail = {})
{
    AuditEntry e;
    e.at = ct::Timestamp::fromSeconds(second);
    e.actor = actor;
    e.role = QStringLiteral("operator");
    e.action = action;
    e.target = QStringLiteral("msg-") + QString::number(second);
    e.result = result;
    e.detail = detail;
    return e;
}

const AuditEntry kResolve = entry(QStringLiteral("ana"), QStringLiteral("dlq.resolve"), QStringLiteral("ok"), 100,
                                  QStringLiteral("ERP period reopened"));
const AuditEntry kReplay = entry(QStringLiteral("ben"), QStringLiteral("dlq.replay"), QStringLiteral("not_sent"), 200);
const AuditEntry kUnmask = entry(QStringLiteral("ana"), QStringLiteral("payload.unmasked"), QStringLiteral("ok"), 300);

} // namespace

class TestAuditFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<QStringList>("kept");  // targets of the entries kept
        const QString resolve = kResolve.target, replay = kReplay.target, unmask = kUnmask.target;
        QTest::newRow("empty keeps all") << AuditFilter{} << QStringList{resolve, replay, unmask};
        QTest::newRow("actor") << AuditFilter{QStringLiteral("ana"), {}, {}, {}, {}} << QStringList{resolve, unmask};
        QTest::newRow("actor is exact") << AuditFilter{QStringLiteral("an"), {}, {}, {}, {}} << QStringList{};
        QTest::newRow("action prefix") << AuditFilter{{}, QStringLiteral("dlq"), {}, {}, {}} << QStringList{resolve, replay};
        QTest::newRow("longer action prefix") << AuditFilter{{}, QStringLiteral("dlq.rep"), {}, {}, {}} << QStringList{replay};
        QTest::newRow("result") << AuditFilter{{}, {}, QStringLiteral("not_sent"), {}, {}} << QStringList{replay};
        QTest::newRow("text, any case, in the detail") << AuditFilter{{}, {}, {}, QStringLiteral("erp PERIOD"), {}}
                                                        << QStringList{resolve};
        QTest::newRow("text in the target") << AuditFilter{{}, {}, {}, QStringLiteral("msg-3"), {}} << QStringList{unmask};
        QTest::newRow("since is inclusive") << AuditFilter{{}, {}, {}, {}, ct::Timestamp::fromSeconds(200)}
                                             << QStringList{replay, unmask};
        QTest::newRow("all of them at once") << AuditFilter{QStringLiteral("ana"), QStringLiteral("dlq"), QStringLiteral("ok"),
                                                            QStringLiteral("reopened"), ct::Timestamp::fromSeconds(50)}
                                              << QStringList{resolve};
        QTest::newRow("nothing") << AuditFilter{QStringLiteral("ben"), QStringLiteral("payload"), {}, {}, {}} << QStringList{};
    }

    void matches()
    {
        QFETCH(AuditFilter, filter);
        QFETCH(QStringList, kept);
        QStringList targets;
        for (const AuditEntry& e : ct::filterAuditEntries({kResolve, kReplay, kUnmask}, filter))
            targets << e.target;
        QCOMPARE(targets, kept);
    }

    void emptyMeansEveryFieldEmpty()
    {
        QVERIFY(AuditFilter{}.isEmpty());
        QVERIFY(!(AuditFilter{{}, {}, {}, {}, ct::Timestamp::fromSeconds(1)}.isEmpty()));
        QVERIFY(!(AuditFilter{{}, {}, QStringLiteral("ok"), {}, {}}.isEmpty()));
    }

    void facetsAreSortedDistinctAndNeverEmpty()
    {
        const ct::AuditFacets facets =
            ct::auditFacets({kUnmask, kReplay, kResolve, entry({}, QStringLiteral("store"), {}, 400)});
        QCOMPARE(facets.actors, (QStringList{QStringLiteral("ana"), QStringLiteral("ben")}));
        QCOMPARE(facets.actionPrefixes, (QStringList{QStringLiteral("dlq"), QStringLiteral("payload"), QStringLiteral("store")}));
        QCOMPARE(facets.results, (QStringList{QStringLiteral("not_sent"), QStringLiteral("ok")}));
    }
};

QTEST_APPLESS_MAIN(TestAuditFilter)
#include "tst_auditfilter.moc"
