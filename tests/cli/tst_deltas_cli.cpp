// `ctower deltas` (ARCHITECTURE.md §10) on a demo store: the fields of the contract, every difference
// explained, the filters, a count nobody's message explains shown by --unexplained, prices, usage errors.
#include "clirunner.h"
#include "demostorefixture.h"
#include "store/storefactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;
using namespace ct::test;

class TestDeltasCli : public QObject {
    Q_OBJECT

    CliRun deltas(const QStringList& args) { return runCtower(QStringList{QStringLiteral("deltas"), QStringLiteral("--store"), m_demo.path()} + args); }
    QJsonArray rows(const QStringList& args)
    {
        const CliRun run = deltas(QStringList{QStringLiteral("--json")} + args);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

    DemoStoreFixture m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everyDifferenceWithItsCauses()
    {
        const QJsonArray all = rows({});
        QVERIFY(all.size() > 10);
        int causes = 0;
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"sku", "node", "system", "quantity", "authoritative_system", "authoritative_quantity",
                                      "delta", "explained", "residual", "as_of", "causes"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            QVERIFY(o.value(QLatin1String("delta")).toInteger() != 0);
            QCOMPARE(o.value(QLatin1String("explained")).toInteger() + o.value(QLatin1String("residual")).toInteger(),
                     o.value(QLatin1String("delta")).toInteger());
            QCOMPARE(o.value(QLatin1String("residual")).toInteger(), 0);
            qint64 sum = 0;
            for (const QJsonValue& c : o.value(QLatin1String("causes")).toArray()) {
                sum += c.toObject().value(QLatin1String("quantity")).toInteger();
                QVERIFY(!c.toObject().value(QLatin1String("summary")).toString().isEmpty());
                ++causes;
            }
            QCOMPARE(sum, o.value(QLatin1String("explained")).toInteger());
        }
        QVERIFY(causes >= all.size());

        const QJsonArray store = rows({QStringLiteral("--node"), QStringLiteral("ST-002")});
        QVERIFY(!store.isEmpty());
        for (const QJsonValue& v : store) {
            QCOMPARE(v.toObject().value(QLatin1String("node")).toString(), QStringLiteral("ST-002"));
            QCOMPARE(v.toObject().value(QLatin1String("authoritative_system")).toString(), QStringLiteral("pos"));
        }
        QVERIFY(rows({QStringLiteral("--min-delta"), QStringLiteral("0")}).size() > all.size() * 5);
        QVERIFY(rows({QStringLiteral("--unexplained")}).isEmpty());

        const CliRun text = deltas({QStringLiteral("--node"), QStringLiteral("ST-002")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("SKU "));
        QVERIFY(text.out.contains("so "));
    }

    // Every cell of the demo is valued at the ERP's standard cost; a cell whose cost nobody knows
    // leaves the three fields out.
    void eachDifferenceValuedAtCost()
    {
        const QJsonArray all = rows({});
        QVERIFY(!all.isEmpty());
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            const qint64 cost = o.value(QLatin1String("unit_cost_minor")).toInteger();
            QVERIFY2(cost > 0, qPrintable(o.value(QLatin1String("sku")).toString()));
            QCOMPARE(o.value(QLatin1String("cost_currency")).toString(), QStringLiteral("EUR"));
            QCOMPARE(o.value(QLatin1String("value_at_cost_minor")).toInteger(),
                     qAbs(o.value(QLatin1String("delta")).toInteger()) * cost);
        }

        const QJsonObject first = all.first().toObject();
        const QString sku = first.value(QLatin1String("sku")).toString();
        const QString node = first.value(QLatin1String("node")).toString();
        // The text table says the same in money.
        const CliRun text = deltas({QStringLiteral("--sku"), sku, QStringLiteral("--node"), node});
        QVERIFY(text.out.contains("AT COST"));
        const QByteArray money =
            QString::number(double(first.value(QLatin1String("value_at_cost_minor")).toInteger()) / 100.0, 'f', 2).toUtf8();
        QVERIFY2(text.out.contains(QByteArray(money + " EUR")), text.out.constData());
        const QString where = QStringLiteral(" WHERE sku = '%1' AND node = '%2' AND system = 'erp'").arg(sku, node);
        const QStringList cell{QStringLiteral("--sku"), sku, QStringLiteral("--node"), node};
        QCOMPARE(execRaw(m_demo.path(), QStringLiteral("UPDATE inventory_positions SET unit_cost_minor = 0, cost_currency = ''") + where),
                 QString());
        const QJsonArray unknown = rows(cell);
        QVERIFY(!unknown.isEmpty());
        for (const QJsonValue& v : unknown) {
            QCOMPARE(v.toObject().value(QLatin1String("sku")).toString(), sku);
            for (const char* field : {"unit_cost_minor", "cost_currency", "value_at_cost_minor"})
                QVERIFY2(!v.toObject().contains(QLatin1String(field)), field);
        }
        QCOMPARE(execRaw(m_demo.path(), QStringLiteral("UPDATE inventory_positions SET unit_cost_minor = %1, cost_currency = 'EUR'")
                                            .arg(first.value(QLatin1String("unit_cost_minor")).toInteger()) + where),
                 QString());
        QCOMPARE(rows(cell).first().toObject().value(QLatin1String("unit_cost_minor")), first.value(QLatin1String("unit_cost_minor")));
    }

    // The ERP's count of one SKU at DC-EAST is taken again and comes back 7 short of what every
    // message says, then right again.
    void aCountNoMessageExplains()
    {
        auto store = openStore(m_demo.path(), OpenMode::ReadWrite);
        QVERIFY2(store, qPrintable(store.error().text));
        const auto positions = store.value()->inventoryPositions(QStringLiteral("DC-EAST"));
        QVERIFY(positions);
        InventoryPosition erp;
        for (const InventoryPosition& p : positions.value()) {
            if (p.sku == QLatin1String("SKU-000003") && p.system == QLatin1String("erp"))
                erp = p;
        }
        QVERIFY(!erp.sku.isEmpty());
        const auto recount = [&](qint64 by) {
            IngestBatch batch;
            InventoryPosition p = erp;
            p.onHand += by;
            batch.inventory.append(p);
            return bool(store.value()->ingest(batch));
        };
        QVERIFY(recount(-7));
        const QJsonArray unexplained = rows({QStringLiteral("--unexplained")});
        QCOMPARE(unexplained.size(), 1);
        const QJsonObject o = unexplained.first().toObject();
        QCOMPARE(o.value(QLatin1String("sku")).toString(), QStringLiteral("SKU-000003"));
        QCOMPARE(o.value(QLatin1String("system")).toString(), QStringLiteral("erp"));
        QCOMPARE(o.value(QLatin1String("residual")).toInteger(), -7);
        QVERIFY(recount(0));
        QVERIFY(rows({QStringLiteral("--unexplained")}).isEmpty());
    }

    void pricesWithTheirCampaigns()
    {
        const QJsonArray all = rows({QStringLiteral("--measure"), QStringLiteral("price"), QStringLiteral("--min-delta"), QStringLiteral("0")});
        QVERIFY(!all.isEmpty());
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"sku", "node", "system", "quantity", "price_minor", "currency", "promotion_id",
                                      "authoritative_system", "authoritative_quantity", "authoritative_promotion_id", "delta",
                                      "explained", "residual", "as_of", "causes"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            QCOMPARE(o.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
            QCOMPARE(o.value(QLatin1String("authoritative_system")).toString(), QStringLiteral("erp"));
            QVERIFY(o.value(QLatin1String("system")).toString() != QLatin1String("erp"));
            QCOMPARE(o.value(QLatin1String("residual")).toInteger(), 0);
        }
        // A price changed behind every system's back is what no campaign explains.
        const QJsonObject first = all.first().toObject();
        const QString where = QStringLiteral("sku = '%1' AND node = '%2' AND system = '%3'")
                                  .arg(first.value(QLatin1String("sku")).toString(), first.value(QLatin1String("node")).toString(),
                                       first.value(QLatin1String("system")).toString());
        QCOMPARE(execRaw(m_demo.path(), QStringLiteral("UPDATE price_positions SET price_minor = price_minor + 1 WHERE ") + where), QString());
        const QJsonArray unexplained = rows({QStringLiteral("--measure"), QStringLiteral("price"), QStringLiteral("--unexplained")});
        QCOMPARE(unexplained.size(), 1);
        QCOMPARE(unexplained.first().toObject().value(QLatin1String("sku")), first.value(QLatin1String("sku")));
        QCOMPARE(execRaw(m_demo.path(), QStringLiteral("UPDATE price_positions SET price_minor = price_minor - 1 WHERE ") + where), QString());
    }

    void usageErrors()
    {
        QCOMPARE(deltas({QStringLiteral("--measure"), QStringLiteral("weight")}).exitCode, 2);
        const CliRun bad = deltas({QStringLiteral("--min-delta"), QStringLiteral("lots")});
        QCOMPARE(bad.exitCode, 2);
        const CliRun nothing = deltas({QStringLiteral("--node"), QStringLiteral("ST-999")});
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.startsWith("No stock counts disagree"));
    }
};

QTEST_GUILESS_MAIN(TestDeltasCli)
#include "tst_deltas_cli.moc"
