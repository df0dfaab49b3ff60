// `ctower dlq list|resolve|discard|assign` (ARCHITECTURE.md §10) on a demo store: the list's JSON
// fields and filters; each action a transition of §3, audited; a lost race exit 4, nothing matched
// exit 3, usage errors exit 2. (Replay against a real broker: tests/amqp.)
#include "clirunner.h"
#include "demostorefixture.h"
#include "store/storefactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::test;

class TestDlqCli : public QObject {
    Q_OBJECT

    CliRun dlq(const QString& sub, const QStringList& args)
    {
        return runCtower(QStringList{QStringLiteral("dlq"), sub, QStringLiteral("--store"), m_store} + args);
    }
    QJsonArray list(const QStringList& args)
    {
        const CliRun run = dlq(QStringLiteral("list"), QStringList{QStringLiteral("--json")} + args);
        return QJsonDocument::fromJson(run.out).array();
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

    void listsOpenFailedMessagesNewestFirst()
    {
        const QJsonArray rows = list({QStringLiteral("--state"), QStringLiteral("open"), QStringLiteral("--limit"), QStringLiteral("10")});
        QCOMPARE(rows.size(), 10);
        const QJsonObject first = rows.first().toObject();
        for (const char* field : {"id", "message_id", "correlation_id", "queue", "reason", "error_class", "state",
                                  "death_count", "last_failed_at", "version"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QVERIFY(first.value(QLatin1String("last_failed_at")).toString() >= rows.last().toObject().value(QLatin1String("last_failed_at")).toString());
        const QString errorClass = first.value(QLatin1String("error_class")).toString();
        for (const QJsonValue& row : list({QStringLiteral("--error-class"), errorClass}))
            QCOMPARE(row.toObject().value(QLatin1String("error_class")).toString(), errorClass);
        const CliRun none = dlq(QStringLiteral("list"), {QStringLiteral("--queue"), QStringLiteral("no.such.dlq")});
        QCOMPARE(none.exitCode, 3);
        QCOMPARE(dlq(QStringLiteral("list"), {QStringLiteral("--state"), QStringLiteral("burnt")}).exitCode, 2);
    }

    void resolvesDiscardsAndAssignsWithAudit()
    {
        const QJsonArray rows = list({QStringLiteral("--state"), QStringLiteral("open"), QStringLiteral("--limit"), QStringLiteral("3")});
        const QString a = rows.at(0).toObject().value(QLatin1String("id")).toString();
        const QString b = rows.at(1).toObject().value(QLatin1String("id")).toString();
        const QString c = rows.at(2).toObject().value(QLatin1String("id")).toString();

        const CliRun resolved = dlq(QStringLiteral("resolve"), {a, b, QStringLiteral("--note"), QStringLiteral("ERP period reopened")});
        QCOMPARE(resolved.exitCode, 0);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT count(*) FROM failed_messages WHERE key IN ('%1','%2') AND state = "
                                                  "'resolved' AND note = 'ERP period reopened'").arg(a, b)).toInt(), 2);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT count(*) FROM %1 WHERE action = 'dlq.resolve' AND "
                                                  "target IN ('%2','%3')").arg(QLatin1String(test::kAuditRows), a, b)).toInt(), 2);

        // Resolving again is not a transition of §3: partly done.
        const CliRun again = dlq(QStringLiteral("resolve"), {a, c, QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 4);
        const QJsonArray outcome = QJsonDocument::fromJson(again.out).array();
        QVERIFY(outcome.at(0).toObject().contains(QLatin1String("error")));
        QCOMPARE(outcome.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("resolved"));

        // Two operators: the one holding an old version loses with a conflict.
        const qint64 version = queryRaw(m_store, QStringLiteral("SELECT version FROM failed_messages WHERE key = '%1'").arg(c)).toLongLong();
        QCOMPARE(dlq(QStringLiteral("assign"), {c, QStringLiteral("--to"), QStringLiteral("ana"), QStringLiteral("--expect-version"),
                                                 QString::number(version)}).exitCode, 0);
        const CliRun late = dlq(QStringLiteral("assign"), {c, QStringLiteral("--to"), QStringLiteral("ben"),
                                                            QStringLiteral("--expect-version"), QString::number(version)});
        QCOMPARE(late.exitCode, 4);
        QVERIFY2(late.out.contains("changed meanwhile"), late.out.constData());
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT assignee FROM failed_messages WHERE key = '%1'").arg(c)).toString(),
                 QStringLiteral("ana"));

        const QString d = list({QStringLiteral("--state"), QStringLiteral("open"), QStringLiteral("--limit"), QStringLiteral("1")})
                              .at(0).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(dlq(QStringLiteral("discard"), {d, QStringLiteral("--reason"), QStringLiteral("test order")}).exitCode, 0);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT state FROM failed_messages WHERE key = '%1'").arg(d)).toString(),
                 QStringLiteral("discarded"));
    }

    // --role: a viewer is refused (audited; exit 4, as any refusal), an operator may not reopen, an
    // admin may; a bad role is a usage error.
    void actsInTheRoleAsked()
    {
        const QString id = list({QStringLiteral("--state"), QStringLiteral("open"), QStringLiteral("--limit"), QStringLiteral("1")})
                               .at(0).toObject().value(QLatin1String("id")).toString();
        const CliRun viewer = dlq(QStringLiteral("resolve"), {id, QStringLiteral("--note"), QStringLiteral("x"),
                                                              QStringLiteral("--role"), QStringLiteral("viewer")});
        QCOMPARE(viewer.exitCode, 4);
        QVERIFY2(viewer.out.contains("not allowed for the viewer role"), viewer.out.constData());
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT count(*) FROM %1 WHERE action = 'dlq.resolve' AND "
                                                  "target = '%2' AND result = 'refused' AND role = 'viewer'")
                                       .arg(QLatin1String(test::kAuditRows), id)).toInt(), 1);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT state FROM failed_messages WHERE key = '%1'").arg(id)).toString(),
                 QStringLiteral("open"));

        QCOMPARE(dlq(QStringLiteral("discard"), {id, QStringLiteral("--reason"), QStringLiteral("duplicate order")}).exitCode, 0);
        const CliRun operatorReopen = dlq(QStringLiteral("reopen"), {id, QStringLiteral("--note"), QStringLiteral("not a duplicate")});
        QCOMPARE(operatorReopen.exitCode, 4);
        QVERIFY2(operatorReopen.out.contains("operator role"), operatorReopen.out.constData());
        const CliRun adminReopen = dlq(QStringLiteral("reopen"), {id, QStringLiteral("--note"), QStringLiteral("not a duplicate"),
                                                                  QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(adminReopen.exitCode, 0);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT state FROM failed_messages WHERE key = '%1'").arg(id)).toString(),
                 QStringLiteral("open"));
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT role FROM audit_entries WHERE action = 'dlq.reopen' AND target = '%1' "
                                                  "AND result = 'ok'").arg(id)).toString(), QStringLiteral("admin"));
        QCOMPARE(dlq(QStringLiteral("resolve"), {id, QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--role"),
                                                 QStringLiteral("root")}).exitCode, 2);
    }

    // Snoozed until a time: listed with it, audited, and woken with --until now.
    void snoozesAndWakes()
    {
        const QString id = list({QStringLiteral("--state"), QStringLiteral("open"), QStringLiteral("--limit"), QStringLiteral("1")})
                               .at(0).toObject().value(QLatin1String("id")).toString();
        const QString until = Timestamp::now().plusSeconds(7200).toIso();
        const CliRun slept = dlq(QStringLiteral("snooze"), {id, QStringLiteral("--until"), until, QStringLiteral("--note"),
                                                            QStringLiteral("carrier back tomorrow"), QStringLiteral("--json")});
        QCOMPARE(slept.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(slept.out).array().at(0).toObject().value(QLatin1String("snoozed_until")).toString(), until);
        const CliRun shown = dlq(QStringLiteral("show"), {id, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QLatin1String("snoozed_until")).toString(), until);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'dlq.snooze' AND "
                                                  "target = '%1'").arg(id)).toInt(), 1);
        QCOMPARE(dlq(QStringLiteral("snooze"), {id, QStringLiteral("--until"), until}).exitCode, 2);  // no note
        QCOMPARE(dlq(QStringLiteral("snooze"), {id, QStringLiteral("--note"), QStringLiteral("x")}).exitCode, 2);  // no time
        QCOMPARE(dlq(QStringLiteral("snooze"), {id, QStringLiteral("--until"), QStringLiteral("tomorrow"), QStringLiteral("--note"),
                                                QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(dlq(QStringLiteral("snooze"), {id, QStringLiteral("--until"), QStringLiteral("now")}).exitCode, 0);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT snoozed_until FROM failed_messages WHERE key = '%1'").arg(id)).toLongLong(), 0);
    }

    // Personal data stays masked in show --json and export unless --unmask, which is audited.
    void showAndExportMaskPersonalData()
    {
        FailedMessage m;
        m.key = QStringLiteral("01900000-0000-7000-8000-0000000c1100");
        m.messageId = QStringLiteral("msg-cli-pii");
        m.correlationId = QStringLiteral("ORD-CLI-PII");
        m.queue = QStringLiteral("oms.orders.dlq");
        m.firstDeathAt = m.lastDeathAt = Timestamp::fromSeconds(1793577600);
        m.contentType = QStringLiteral("application/json");
        m.payload = QByteArrayLiteral("{\"order_id\":\"ORD-CLI-PII\",\"customer_email\":\"ana@example.com\"}");
        m.headers = QByteArrayLiteral("{\"customer_phone\":\"+49 30 1234567\",\"x-death\":[{\"queue\":\"oms.orders\","
                                      "\"reason\":\"rejected\",\"count\":3,\"time\":1793577600}]}");
        {
            auto store = openStore(m_store, OpenMode::ReadWrite);
            QVERIFY(store.ok());
            IngestBatch batch;
            batch.failedMessages << m;
            QVERIFY(store.value()->ingest(batch).ok());
        }
        const CliRun shown = dlq(QStringLiteral("show"), {m.key, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.out.contains("ana@example.com") && !shown.out.contains("1234567"));
        const QJsonObject doc = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(doc.value(QLatin1String("payload")).toObject().value(QLatin1String("fields")).toObject()
                     .value(QLatin1String("order_id")).toString(), QStringLiteral("ORD-CLI-PII"));
        QCOMPARE(doc.value(QLatin1String("death_history")).toArray().at(0).toObject().value(QLatin1String("count")).toInt(), 3);
        QVERIFY(doc.value(QLatin1String("masked")).toBool());
        const CliRun text = dlq(QStringLiteral("show"), {m.key});
        QVERIFY(text.out.contains("ORD-CLI-PII") && !text.out.contains("ana@example.com"));
        const CliRun masked = dlq(QStringLiteral("export"), {m.key});
        QVERIFY(!masked.out.contains("ana@example.com"));

        const qint64 audited = queryRaw(m_store, QStringLiteral("SELECT count(*) FROM audit_entries")).toLongLong();
        const CliRun unmasked = dlq(QStringLiteral("export"), {m.key, QStringLiteral("--unmask")});
        QCOMPARE(unmasked.exitCode, 0);
        QVERIFY(unmasked.out.contains("ana@example.com") && unmasked.out.contains("1234567"));
        QCOMPARE(QByteArray::fromBase64(QJsonDocument::fromJson(unmasked.out).object().value(QLatin1String("payload")).toObject()
                                            .value(QLatin1String("body_base64")).toString().toLatin1()),
                 m.payload);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT count(*) FROM audit_entries")).toLongLong(), audited + 1);
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT action || ' ' || target FROM audit_entries ORDER BY seq DESC LIMIT 1"))
                     .toString(), QStringLiteral("payload.unmasked ") + m.key);
        // A viewer sees it masked, and the refusal is in the trail.
        const CliRun viewer = dlq(QStringLiteral("export"), {m.key, QStringLiteral("--unmask"), QStringLiteral("--role"),
                                                             QStringLiteral("viewer")});
        QCOMPARE(viewer.exitCode, 1);
        QVERIFY(viewer.out.isEmpty());
        QVERIFY2(viewer.err.contains("stays masked"), viewer.err.constData());
        QCOMPARE(queryRaw(m_store, QStringLiteral("SELECT result || ' ' || role FROM audit_entries ORDER BY seq DESC LIMIT 1"))
                     .toString(), QStringLiteral("refused viewer"));
        QCOMPARE(dlq(QStringLiteral("show"), {QStringLiteral("no-such-id")}).exitCode, 3);
    }

    void usageErrors()
    {
        QCOMPARE(dlq(QStringLiteral("discard"), {QStringLiteral("some-id")}).exitCode, 2); // no --reason
        QCOMPARE(dlq(QStringLiteral("resolve"), {QStringLiteral("--note"), QStringLiteral("x")}).exitCode, 2); // no ID
        QCOMPARE(dlq(QStringLiteral("resolve"), {QStringLiteral("no-such-id"), QStringLiteral("--note"), QStringLiteral("x")}).exitCode, 3);
        QCOMPARE(dlq(QStringLiteral("replay"), {QStringLiteral("some-id")}).exitCode, 2);                  // no --amqp
        QCOMPARE(dlq(QStringLiteral("replay"), {QStringLiteral("--amqp"), QStringLiteral("amqp://g@127.0.0.1:1/%2F")}).exitCode, 2);
        QCOMPARE(dlq(QStringLiteral("replay"), {QStringLiteral("--all"), QStringLiteral("--to"), QStringLiteral("q"),
                                                QStringLiteral("--via-exchange"), QStringLiteral("--amqp"),
                                                QStringLiteral("amqp://g@127.0.0.1:1/%2F")}).exitCode, 2);
        for (const char* canary : {"0", "many"})
            QCOMPARE(dlq(QStringLiteral("replay"), {QStringLiteral("--all"), QStringLiteral("--canary"), QLatin1String(canary),
                                                    QStringLiteral("--amqp"), QStringLiteral("amqp://g@127.0.0.1:1/%2F")}).exitCode, 2);
        // An action on a store that is not there fails; it never creates one.
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.db"));
        const CliRun noStore = runCtower({QStringLiteral("dlq"), QStringLiteral("resolve"), QStringLiteral("--store"), missing,
                                          QStringLiteral("x"), QStringLiteral("--note"), QStringLiteral("y")});
        QCOMPARE(noStore.exitCode, 1);
        QVERIFY(noStore.oneErrorLine());
        QVERIFY(!QFile::exists(missing));
        const CliRun bare = runCtower({QStringLiteral("dlq")});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY(bare.err.contains("Usage: ctower dlq"));
    }
};

QTEST_GUILESS_MAIN(TestDlqCli)
#include "tst_dlq_cli.moc"
