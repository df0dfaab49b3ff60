// The Integration page's domain and item models: totals count each receiving system once, a pair's
// status by its integrity, and the three tables under QAbstractItemModelTester, updated in place so a
// selected row follows its pair or rule; data from events stays text in tooltips.
#include "dataqualitycountmodel.h"
#include "dataqualityviolationmodel.h"
#include "integrationoverview.h"
#include "systempairhealthmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QTest>
#include <QTextDocument>

using namespace ct;

Q_DECLARE_METATYPE(ct::PairStatus)

namespace {

PairHealth pair(const char* from, const char* to, qint64 messages, qint64 errors, qint64 count = 10, double p95 = 5)
{
    PairHealth p;
    p.from = QString::fromLatin1(from);
    p.to = QString::fromLatin1(to);
    p.messages = messages;
    p.errors = errors;
    p.count = count;
    p.p50 = p95 / 2;
    p.p95 = p95;
    return p;
}

DataQualityRules rules()
{
    QString error;
    const QByteArray json = "{\"rules\": ["
                            "{\"id\": \"negative_quantity\", \"name\": \"Negative quantity\", \"check\": \"not_negative\","
                            " \"fields\": [\"/lines/*/quantity\"]},"
                            "{\"id\": \"unknown_sku\", \"name\": \"Unknown SKU\", \"check\": \"known_sku\","
                            " \"fields\": [\"/sku\"]}]}";
    DataQualityRules r = DataQualityRules::fromJson(json, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return r;
}

} // namespace

class TestIntegrationModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void totalsCountEachReceiverOnce_data()
    {
        QTest::addColumn<QList<PairHealth>>("pairs");
        QTest::addColumn<qint64>("messages");
        QTest::addColumn<qint64>("errors");
        QTest::newRow("none") << QList<PairHealth>{} << qint64(0) << qint64(0);
        QTest::newRow("two receivers") << QList<PairHealth>{pair("oms", "erp", 100, 2), pair("erp", "wms", 50, 1)}
                                       << qint64(150) << qint64(3);
        QTest::newRow("one receiver, two senders")
            << QList<PairHealth>{pair("oms", "erp", 100, 2), pair("pos", "erp", 100, 2), pair("erp", "wms", 50, 0)}
            << qint64(150) << qint64(2);
    }
    void totalsCountEachReceiverOnce()
    {
        QFETCH(QList<PairHealth>, pairs);
        QFETCH(qint64, messages);
        QFETCH(qint64, errors);
        const IntegrationTotals totals = integrationTotals(pairs);
        QCOMPARE(totals.messages, messages);
        QCOMPARE(totals.errors, errors);
        QCOMPARE(totals.integrityRate(), messages == 0 ? 1.0 : double(messages - errors) / double(messages));
    }

    void pairStatusFollowsIntegrity_data()
    {
        QTest::addColumn<PairHealth>("pair");
        QTest::addColumn<PairStatus>("status");
        QTest::newRow("idle") << pair("a", "b", 0, 0, 0) << PairStatus::Idle;
        QTest::newRow("latency only") << pair("a", "b", 0, 0, 3) << PairStatus::Ok;
        QTest::newRow("clean") << pair("a", "b", 1000, 0) << PairStatus::Ok;
        QTest::newRow("one error in a thousand") << pair("a", "b", 1000, 1) << PairStatus::Degraded;
        QTest::newRow("exactly 99%") << pair("a", "b", 1000, 10) << PairStatus::Degraded;
        QTest::newRow("under 99%") << pair("a", "b", 1000, 11) << PairStatus::Failing;
    }
    void pairStatusFollowsIntegrity()
    {
        QFETCH(PairHealth, pair);
        QFETCH(PairStatus, status);
        QCOMPARE(pairStatus(pair), status);
    }

    void integrityStatusOfTotals_data()
    {
        QTest::addColumn<qint64>("messages");
        QTest::addColumn<qint64>("errors");
        QTest::addColumn<PairStatus>("status");
        QTest::newRow("nothing") << qint64(0) << qint64(0) << PairStatus::Idle;
        QTest::newRow("clean") << qint64(5) << qint64(0) << PairStatus::Ok;
        QTest::newRow("exactly 99%") << qint64(100) << qint64(1) << PairStatus::Degraded;
        QTest::newRow("all failed") << qint64(3) << qint64(3) << PairStatus::Failing;
    }
    void integrityStatusOfTotals()
    {
        QFETCH(qint64, messages);
        QFETCH(qint64, errors);
        QFETCH(PairStatus, status);
        QCOMPARE(integrityStatus(messages, errors), status);
    }

    void pairModelUpdatesInPlace()
    {
        SystemPairHealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPairs({pair("oms", "erp", 100, 2), pair("erp", "wms", 50, 0, 0), pair("pos", "erp", 10, 1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, SystemPairHealthModel::Integrity).data().toString(), QLocale().toString(98.0, 'f', 2) + QLatin1Char('%'));
        QCOMPARE(model.index(1, SystemPairHealthModel::P95).data().toString(), QStringLiteral("–"));  // nothing measured
        QCOMPARE(model.index(1, SystemPairHealthModel::P95).data(SystemPairHealthModel::SortRole).toDouble(), -1.0);
        QCOMPARE(model.index(0, SystemPairHealthModel::Messages).data(SystemPairHealthModel::SortRole).toLongLong(), 100);
        QCOMPARE(model.index(2, 0).data(SystemPairHealthModel::StatusRole).toInt(), int(PairStatus::Failing));

        const QPersistentModelIndex selected = model.index(2, SystemPairHealthModel::Errors);
        model.setPairs({pair("pos", "erp", 20, 1), pair("oms", "erp", 120, 2)});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(SystemPairHealthModel::KeyRole).toString(), QStringLiteral("pos\x1f" "erp"));
        QCOMPARE(selected.row(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("oms\x1f" "erp")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("erp\x1f" "wms")), -1);
    }

    void countModelNamesRulesAndUpdatesInPlace()
    {
        DataQualityCountModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts({{QStringLiteral("negative_quantity"), QStringLiteral("oms"), 4},
                         {QStringLiteral("unknown_sku"), QStringLiteral("pos"), 2},
                         {QStringLiteral("retired_rule"), QStringLiteral("erp"), 1}},
                        rules());
        QCOMPARE(model.index(0, DataQualityCountModel::Rule).data().toString(), QStringLiteral("Negative quantity"));
        QCOMPARE(model.index(2, DataQualityCountModel::Rule).data().toString(), QStringLiteral("retired_rule"));
        QCOMPARE(model.index(1, DataQualityCountModel::Violations).data(DataQualityCountModel::SortRole).toLongLong(), 2);
        const QPersistentModelIndex selected = model.index(1, 0);
        model.setCounts({{QStringLiteral("unknown_sku"), QStringLiteral("pos"), 9},
                         {QStringLiteral("negative_quantity"), QStringLiteral("oms"), 4}},
                        rules());
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 0);
        QCOMPARE(selected.data(DataQualityCountModel::RuleRole).toString(), QStringLiteral("unknown_sku"));
        QCOMPARE(model.index(0, DataQualityCountModel::Violations).data(DataQualityCountModel::SortRole).toLongLong(), 9);
    }

    void violationModelKeepsEventTextAsText()
    {
        DataQualityViolationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DataQualityViolation v;
        v.rule = QStringLiteral("unknown_sku");
        v.system = QStringLiteral("pos");
        v.source = QStringLiteral("pos.store-7");
        v.correlationId = QStringLiteral("SALE-1");
        v.eventId = QStringLiteral("e1");
        v.stage = QStringLiteral("sale");
        v.occurredAt = Timestamp::fromSeconds(1793577600);
        v.detail = QStringLiteral("sku \"<b>X</b>\" is not known");
        DataQualityViolation w = v;
        w.eventId = QStringLiteral("e2");
        w.correlationId = QStringLiteral("SALE-2");
        model.setViolations({v, w});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex detail = model.index(0, DataQualityViolationModel::Detail);
        QCOMPARE(detail.data().toString(), v.detail);
        QCOMPARE(detail.data(DataQualityViolationModel::CorrelationRole).toString(), QStringLiteral("SALE-1"));
        QTextDocument tip;
        tip.setHtml(detail.data(Qt::ToolTipRole).toString());
        QCOMPARE(tip.toPlainText(), v.detail);
        QCOMPARE(model.index(1, DataQualityViolationModel::At).data(DataQualityViolationModel::SortRole).toLongLong(),
                 v.occurredAt.micros());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationModels)
#include "tst_integrationmodels.moc"
