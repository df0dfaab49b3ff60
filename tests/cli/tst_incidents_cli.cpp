// `ctower incidents` (ARCHITECTURE.md §10) on demo stores of both engines: an ERP outage gives a silent
// system opening several usual intervals into it and closing when the ERP returns, and a growing
// backlog; a flash-sale peak gives SLA breach bursts and a growing backlog in the evening; a quiet
// estate gives none of these. --follow --webhook posts each opening and closing once as a CloudEvent
// to a real loopback HTTP receiver, retrying a 503, and a restarted follower posts nothing again.
#include "clirunner.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ct::test;

namespace {

const QStringList kEstate{QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--orders-per-day"), QStringLiteral("1000"),
                          QStringLiteral("--sales-per-store"), QStringLiteral("300"), QStringLiteral("--stores"), QStringLiteral("10"),
                          QStringLiteral("--skus"), QStringLiteral("200")};
const QString kOutage = QStringLiteral("erp=2026-11-01T10:00:00Z/2026-11-01T12:00:00Z");
const QString kSince = QStringLiteral("2026-11-01T00:00:00Z");

QDateTime iso(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The ids a follower noted as delivered.
QStringList stateLines(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
}

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

// A webhook on loopback: takes each POST, answers 503 to the first `failFirst` of them and 200 after.
class Receiver : public QObject {
public:
    explicit Receiver(int failFirst = 0)
        : m_failFirst(failFirst)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    ++requests;
                    contentTypes.append(head.mid(head.indexOf("content-type:") + 13).split('\r').first().trimmed());
                    const bool fail = requests <= m_failFirst;
                    if (!fail)
                        events.append(QJsonDocument::fromJson(buffer->mid(end + 4, length)).object());
                    socket->write(fail ? "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                       : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    buffer->clear();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hooks/incidents").arg(m_server.serverPort()); }

    int requests = 0;
    QList<QJsonObject> events;
    QList<QByteArray> contentTypes;

private:
    QTcpServer m_server;
    int m_failFirst;
};

} // namespace

class TestIncidentsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchDatabase m_pg;

    QString sqlite(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".db")); }

    static QString demo(const QString& store, const QStringList& extra)
    {
        const CliRun run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), store} + kEstate + extra);
        return run.exitCode == 0 ? QString() : QString::fromUtf8(run.err);
    }

    static QJsonArray incidents(const QString& store, const QStringList& extra = {})
    {
        const CliRun run = runCtower(QStringList{QStringLiteral("incidents"), QStringLiteral("--store"), store,
                                                 QStringLiteral("--json"), QStringLiteral("--since"), kSince} + extra);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

    static QList<QJsonObject> ofKind(const QJsonArray& all, const char* kind)
    {
        QList<QJsonObject> out;
        for (const QJsonValue& v : all)
            if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String(kind))
                out.append(v.toObject());
        return out;
    }

    QString storeOf(const QByteArray& engine, const QString& name) const
    {
        return engine == "postgresql" ? m_pg.url() : sqlite(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.isValid(), qPrintable(m_pg.error()));
        for (const auto& [store, extra] : {std::pair{sqlite(QStringLiteral("quiet")), QStringList()},
                                           {sqlite(QStringLiteral("outage")), QStringList{QStringLiteral("--outage"), kOutage}},
                                           {sqlite(QStringLiteral("peak")), QStringList{QStringLiteral("--peak")}},
                                           {m_pg.url(), QStringList{QStringLiteral("--outage"), kOutage}}}) {
            const QString error = demo(store, extra);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void outage_data()
    {
        QTest::addColumn<QByteArray>("engine");
        QTest::newRow("sqlite") << QByteArray("sqlite");
        QTest::newRow("postgresql") << QByteArray("postgresql");
    }

    void outage()
    {
        QFETCH(QByteArray, engine);
        const QJsonArray all = incidents(storeOf(engine, QStringLiteral("outage")));
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"id", "kind", "system", "opened_at", "closed_at", "summary", "page", "filter"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
        }
        const QList<QJsonObject> silent = ofKind(all, "silent_system");
        QList<QJsonObject> erp;
        for (const QJsonObject& o : silent)
            if (o.value(QLatin1String("system")).toString() == QLatin1String("erp"))
                erp.append(o);
        QCOMPARE(erp.size(), 1);
        // Several usual intervals into the outage, not at once and not at its end.
        const QDateTime opened = iso(erp[0].value(QLatin1String("opened_at")));
        QVERIFY2(opened >= utc("2026-11-01T10:15:00Z") && opened <= utc("2026-11-01T10:45:00Z"), qPrintable(opened.toString(Qt::ISODate)));
        QCOMPARE(iso(erp[0].value(QLatin1String("closed_at"))), utc("2026-11-01T12:00:00Z"));
        QCOMPARE(erp[0].value(QLatin1String("page")).toString(), QStringLiteral("lineage"));
        QVERIFY(erp[0].value(QLatin1String("summary")).toString().contains(QStringLiteral("erp sent no event from 2026-11-01 10:00 UTC to 2026-11-01 12:00 UTC")));

        const QList<QJsonObject> backlog = ofKind(all, "backlog_growth");
        QVERIFY(!backlog.isEmpty());
        for (const QJsonObject& o : backlog) {
            const QDateTime at = iso(o.value(QLatin1String("opened_at")));
            QVERIFY2(at >= utc("2026-11-01T10:00:00Z") && at < utc("2026-11-01T12:00:00Z"), qPrintable(at.toString(Qt::ISODate)));
            QCOMPARE(o.value(QLatin1String("system")).toString(), QStringLiteral("erp"));
            QVERIFY(o.value(QLatin1String("summary")).toString().contains(QStringLiteral("to drain")));
            QVERIFY(!o.value(QLatin1String("closed_at")).isNull());
        }
    }

    void peak()
    {
        const QJsonArray all = incidents(sqlite(QStringLiteral("peak")));
        const QList<QJsonObject> bursts = ofKind(all, "sla_breach_burst");
        QVERIFY(!bursts.isEmpty());
        for (const QJsonObject& o : bursts)
            QVERIFY2(iso(o.value(QLatin1String("opened_at"))) >= utc("2026-11-01T18:00:00Z"), qPrintable(o.value(QLatin1String("summary")).toString()));
        const QList<QJsonObject> backlog = ofKind(all, "backlog_growth");
        QVERIFY(!backlog.isEmpty());
        for (const QJsonObject& o : backlog)
            QVERIFY(iso(o.value(QLatin1String("opened_at"))) >= utc("2026-11-01T18:00:00Z"));
        QVERIFY(ofKind(all, "silent_system").isEmpty());
    }

    void quietEstateHasNone()
    {
        const QJsonArray all = incidents(sqlite(QStringLiteral("quiet")));
        QVERIFY2(all.isEmpty(), QJsonDocument(all).toJson().constData());
        const CliRun text = runCtower({QStringLiteral("incidents"), QStringLiteral("--store"), sqlite(QStringLiteral("quiet"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("No incident from "));
    }

    void usageAndFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("bad since") << QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")} << 2;
        QTest::newRow("webhook without follow") << QStringList{QStringLiteral("--webhook"), QStringLiteral("http://127.0.0.1:1/")} << 2;
        QTest::newRow("state without webhook") << QStringList{QStringLiteral("--follow"), QStringLiteral("--state"), QStringLiteral("x")} << 2;
        QTest::newRow("bad webhook") << QStringList{QStringLiteral("--follow"), QStringLiteral("--webhook"), QStringLiteral("ftp://x/")} << 1;
    }

    void usageAndFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliRun run = runCtower(QStringList{QStringLiteral("incidents"), QStringLiteral("--store"), sqlite(QStringLiteral("quiet")),
                                                 QStringLiteral("--json")} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        const CliRun missing = runCtower({QStringLiteral("incidents"), QStringLiteral("--store"), sqlite(QStringLiteral("none"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.oneErrorLine());
    }

    void followPostsEachOnceAcrossRestarts()
    {
        const QString store = sqlite(QStringLiteral("outage"));
        QSet<QString> expected;
        for (const QJsonValue& v : incidents(store)) {
            const QJsonObject o = v.toObject();
            expected.insert(o.value(QLatin1String("id")).toString() + QStringLiteral("/opened"));
            if (!o.value(QLatin1String("closed_at")).isNull())
                expected.insert(o.value(QLatin1String("id")).toString() + QStringLiteral("/closed"));
        }
        QVERIFY(expected.size() >= 3);
        const QString state = m_dir.filePath(QStringLiteral("webhook.sent"));
        Receiver receiver(1); // the first try gets a 503 and is retried
        const QStringList args{QStringLiteral("incidents"), QStringLiteral("--store"), store, QStringLiteral("--since"), kSince,
                               QStringLiteral("--follow"), QStringLiteral("--webhook"), receiver.url(), QStringLiteral("--state"), state};
        QProcess follower;
        follower.start(binaryPath(QStringLiteral("ctower")), args);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.events.size(), expected.size(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(stateLines(state).size(), expected.size(), 30000);
        follower.terminate();
        QVERIFY(follower.waitForFinished(30000));
        QCOMPARE(follower.exitCode(), 0);
        QSet<QString> got;
        QString previousTime;
        for (const QJsonObject& e : std::as_const(receiver.events)) {
            QCOMPARE(e.value(QLatin1String("specversion")).toString(), QStringLiteral("1.0"));
            QVERIFY(e.value(QLatin1String("type")).toString().startsWith(QLatin1String("com.controltower.incident.")));
            QVERIFY(!e.value(QLatin1String("source")).toString().isEmpty());
            QVERIFY(e.value(QLatin1String("data")).toObject().contains(QLatin1String("summary")));
            QVERIFY(e.value(QLatin1String("time")).toString() >= previousTime); // in order
            previousTime = e.value(QLatin1String("time")).toString();
            got.insert(e.value(QLatin1String("id")).toString());
        }
        QCOMPARE(got, expected); // each once: as many events as ids
        QCOMPARE(receiver.requests, expected.size() + 1);
        for (const QByteArray& type : std::as_const(receiver.contentTypes))
            QVERIFY(type.startsWith("application/cloudevents+json"));

        // A follower that stopped after delivering the newest but before noting it: it posts that one
        // again (the same id: the receiver knows it) and nothing it had noted. Anything posted again
        // by mistake would come first, the transitions being posted oldest first.
        QStringList lines = stateLines(state);
        QFile file(state);
        const QString last = lines.takeLast();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        file.close();
        receiver.events.clear();
        follower.start(binaryPath(QStringLiteral("ctower")), args);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.events.size(), 1, 60000);
        QCOMPARE(receiver.events.constFirst().value(QLatin1String("id")).toString(), last);
        follower.terminate();
        QVERIFY(follower.waitForFinished(30000));
        QCOMPARE(receiver.events.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIncidentsCli)
#include "tst_incidents_cli.moc"
