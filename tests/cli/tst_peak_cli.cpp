// `ctower peak [on|off]` on a demo store: the mode shown and switched (audited), and while it is on,
// `ctower dlq discard` refused by the action layer (exit 4, audited, the message still open) until
// it is switched off again; a viewer may not switch it; usage errors exit 2.
#include "clirunner.h"
#include "demostorefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;
using namespace ct::test;

class TestPeakCli : public QObject {
    Q_OBJECT

    CliRun ctower(const QStringList& args)
    {
        return runCtower(args + QStringList{QStringLiteral("--store"), m_store});
    }
    QJsonObject mode(const QStringList& args = {})
    {
        const CliRun run = ctower(QStringList{QStringLiteral("peak")} + args + QStringList{QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }
    QString state(const QString& key)
    {
        return queryRaw(m_store, QStringLiteral("SELECT state FROM failed_messages WHERE key = '%1'").arg(key)).toString();
    }

    DemoStoreFixture m_demo;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = m_demo.path();
    }

    void locksDiscardsWhileOn()
    {
        const QJsonObject normal = mode();
        QCOMPARE(normal.value(QLatin1String("peak")).toBool(true), false);
        QVERIFY(normal.value(QLatin1String("since")).isNull());

        const QJsonObject on = mode({QStringLiteral("on"), QStringLiteral("--rate"), QStringLiteral("20"),
                                     QStringLiteral("--note"), QStringLiteral("Black Friday")});
        QCOMPARE(on.value(QLatin1String("peak")).toBool(), true);
        QCOMPARE(on.value(QLatin1String("replay_rate_budget")).toDouble(), 20.0);
        QCOMPARE(on.value(QLatin1String("note")).toString(), QStringLiteral("Black Friday"));
        QCOMPARE(mode().value(QLatin1String("peak")).toBool(), true);
        const CliRun text = ctower({QStringLiteral("peak")});
        QVERIFY2(text.out.contains("Peak mode is on") && text.out.contains("20 messages a second"), text.out.constData());

        const CliRun listed = ctower({QStringLiteral("dlq"), QStringLiteral("list"), QStringLiteral("--state"),
                                      QStringLiteral("open"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
        const QString id = QJsonDocument::fromJson(listed.out).array().at(0).toObject().value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const CliRun discard = ctower({QStringLiteral("dlq"), QStringLiteral("discard"), id, QStringLiteral("--reason"),
                                       QStringLiteral("duplicate"), QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(discard.exitCode, 4);
        QVERIFY2(discard.out.contains("locked during a peak event"), discard.out.constData());
        QCOMPARE(state(id), QStringLiteral("open"));
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'dlq.discard' AND "
                                                  "target = '%1' AND result = 'refused'").arg(id)).toInt(), 1);
        // A resolve is no loss: it goes.
        const CliRun resolve = ctower({QStringLiteral("dlq"), QStringLiteral("resolve"), id, QStringLiteral("--note"),
                                       QStringLiteral("posted by hand in the ERP")});
        QCOMPARE(resolve.exitCode, 0);
        QCOMPARE(state(id), QStringLiteral("resolved"));

        QCOMPARE(mode({QStringLiteral("off"), QStringLiteral("--note"), QStringLiteral("sale over")})
                     .value(QLatin1String("peak")).toBool(true), false);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT count(*) FROM audit_entries WHERE target = 'operating_mode' "
                                                  "AND result = 'ok'")).toInt(), 2);
        const CliRun reopen = ctower({QStringLiteral("dlq"), QStringLiteral("reopen"), id, QStringLiteral("--note"),
                                      QStringLiteral("check again"), QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(reopen.exitCode, 0);
        QCOMPARE(state(id), QStringLiteral("open"));
    }

    void aViewerMayNotSwitch()
    {
        const CliRun viewer = ctower({QStringLiteral("peak"), QStringLiteral("on"), QStringLiteral("--role"), QStringLiteral("viewer")});
        QCOMPARE(viewer.exitCode, 1);
        QVERIFY2(viewer.err.contains("viewer may not switch peak mode"), viewer.err.constData());
        QCOMPARE(mode().value(QLatin1String("peak")).toBool(true), false);
    }

    void usageErrors()
    {
        QCOMPARE(ctower({QStringLiteral("peak"), QStringLiteral("sideways")}).exitCode, 2);
        QCOMPARE(ctower({QStringLiteral("peak"), QStringLiteral("off"), QStringLiteral("--rate"), QStringLiteral("5")}).exitCode, 2);
        QCOMPARE(ctower({QStringLiteral("peak"), QStringLiteral("on"), QStringLiteral("--rate"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(ctower({QStringLiteral("peak"), QStringLiteral("on"), QStringLiteral("off")}).exitCode, 2);
        QCOMPARE(mode().value(QLatin1String("peak")).toBool(true), false);
    }
};

QTEST_GUILESS_MAIN(TestPeakCli)
#include "tst_peak_cli.moc"
