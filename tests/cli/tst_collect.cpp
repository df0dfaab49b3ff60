// `ctower collect` as a process: it creates its store, says where it listens, keeps its memory
// bounded whatever it is sent, stops cleanly on SIGTERM, and several collectors share one
// PostgreSQL store without losing or doubling an event.
#include "collectorprocess.h"
#include "httpprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace ct::test;

namespace {

const QByteArray kBatch = "Content-Type: application/cloudevents-batch+json";

QJsonObject cloudEvent(int n)
{
    return QJsonObject{{QStringLiteral("specversion"), QStringLiteral("1.0")},
                       {QStringLiteral("id"), QStringLiteral("ev-%1").arg(n)},
                       {QStringLiteral("source"), QStringLiteral("pos.st-%1").arg(n % 5)},
                       {QStringLiteral("type"), QStringLiteral("pos.sale.completed")},
                       {QStringLiteral("time"), QStringLiteral("2026-11-02T10:%1:00Z").arg(n % 60, 2, 10, QLatin1Char('0'))},
                       {QStringLiteral("correlationid"), QStringLiteral("RCPT-%1").arg(n / 3)},
                       {QStringLiteral("flow"), QStringLiteral("store-sale")},
                       {QStringLiteral("stage"), QStringLiteral("sale")},
                       {QStringLiteral("quantity"), 1 + n % 4}};
}

QByteArray batchOf(const QList<int>& numbers)
{
    QJsonArray array;
    for (int n : numbers)
        array.append(cloudEvent(n));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

qint64 storedEvents(const QString& url)
{
    const CliRun run = runCtower({QStringLiteral("stats"), QStringLiteral("--store"), url, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("tables")).toObject()
        .value(QStringLiteral("events")).toInteger(-1);
}

QJsonObject statsOf(const QString& url)
{
    return QJsonDocument::fromJson(
               runCtower({QStringLiteral("stats"), QStringLiteral("--store"), url, QStringLiteral("--json")}).out)
        .object();
}

// Small enough to send one event a request in a few seconds, with every fault class in it.
const QStringList kSmallDemo{QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--orders-per-day"),
                             QStringLiteral("150"), QStringLiteral("--stores"), QStringLiteral("2"),
                             QStringLiteral("--sales-per-store"), QStringLiteral("40"), QStringLiteral("--skus"),
                             QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("7")};

// Five hops of order-to-cash written by hand as CloudEvents (not by the simulator or the encoder):
// captured, authorised, created, allocated, and the ERP posting rejected - each caused by the one
// before. Returned in a shuffled order.
QByteArray handWrittenChain()
{
    QList<QByteArray> events = {
        R"({"specversion":"1.0","id":"hw-1","source":"webshop","type":"webshop.order.captured",
            "time":"2026-11-02T09:00:00Z","correlationid":"ORD-HW-1","flow":"order-to-cash","stage":"capture",
            "subject":"PO-HW-1","datacontenttype":"application/json","data":{"order_id":"ORD-HW-1"}})",
        R"({"specversion":"1.0","id":"hw-4","source":"oms","type":"oms.order.allocated",
            "time":"2026-11-02T09:03:10Z","correlationid":"ORD-HW-1","causationid":"hw-3","flow":"order-to-cash",
            "stage":"allocate","node":"DC-EAST"})",
        R"({"specversion":"1.0","id":"hw-2","source":"payments","type":"payments.payment.authorized",
            "time":"2026-11-02T09:00:04Z","correlationid":"ORD-HW-1","causationid":"hw-1","flow":"order-to-cash",
            "stage":"payment","amount":12900,"currency":"EUR"})",
        R"({"specversion":"1.0","id":"hw-5","source":"erp","type":"erp.sales_order.rejected",
            "time":"2026-11-02T09:05:00Z","correlationid":"ORD-HW-1","causationid":"hw-4","flow":"order-to-cash",
            "stage":"erp-post","status":"failed","data":{"error":"Account 140000 is blocked for posting"}})",
        R"({"specversion":"1.0","id":"hw-3","source":"oms","type":"oms.order.created",
            "time":"2026-11-02T09:00:30Z","correlationid":"ORD-HW-1","causationid":"hw-2","flow":"order-to-cash",
            "stage":"submit"})",
    };
    return "[" + events.join(",") + "]";
}

QJsonObject lineageJson(const QString& url, const QString& id)
{
    const CliRun run = runCtower({QStringLiteral("lineage"), QStringLiteral("--store"), url, id, QStringLiteral("--json"),
                                  QStringLiteral("--at"), QStringLiteral("2026-11-02T10:00:00Z")});
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject{};
}

} // namespace

class TestCollect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsItsStoreAndStopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        const QString url = dir.filePath(QStringLiteral("new.db"));
        CollectorProcess collector(url);
        QVERIFY2(collector.port() != 0, collector.errors().constData());
        QVERIFY(collector.output().contains(url.toUtf8()));
        QCOMPARE(HttpProbe::exchange(collector.port(), "POST", "/v1/events", {kBatch}, batchOf({1, 2, 3})).status, 202);
        QCOMPARE(collector.terminate(), 0);
        QVERIFY(collector.output().contains("Stopped after accepting 3 events."));
        QCOMPARE(storedEvents(url), 3);
    }

    void aHandWrittenChainPostedShuffledReadsRight()
    {
        QTemporaryDir dir;
        const QString url = dir.filePath(QStringLiteral("chain.db"));
        CollectorProcess collector(url);
        QVERIFY2(collector.port() != 0, collector.errors().constData());
        QCOMPARE(HttpProbe::exchange(collector.port(), "POST", "/v1/events", {kBatch}, handWrittenChain()).status, 202);

        const QJsonObject first = lineageJson(url, QStringLiteral("PO-HW-1"));
        QCOMPARE(first.value(QStringLiteral("correlation_id")).toString(), QStringLiteral("ORD-HW-1"));
        QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
        QVERIFY2(first.value(QStringLiteral("summary")).toString().contains(QStringLiteral("ERP posting")),
                 qPrintable(first.value(QStringLiteral("summary")).toString()));
        QStringList statuses;
        for (const QJsonValue& stage : first.value(QStringLiteral("stages")).toArray())
            statuses << stage.toObject().value(QStringLiteral("stage")).toString() + QLatin1Char('=')
                    + stage.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(statuses.mid(0, 6), (QStringList{QStringLiteral("capture=done"), QStringLiteral("payment=done"),
                                                  QStringLiteral("submit=done"), QStringLiteral("allocate=done"),
                                                  QStringLiteral("erp-post=failed"), QStringLiteral("pick=missing")}));
        QStringList order;
        for (const QJsonValue& event : first.value(QStringLiteral("events")).toArray())
            order << event.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("hw-1"), QStringLiteral("hw-2"), QStringLiteral("hw-3"),
                                     QStringLiteral("hw-4"), QStringLiteral("hw-5")}));
        const double latency = first.value(QStringLiteral("stages")).toArray().at(1).toObject()
                                   .value(QStringLiteral("latency_s")).toDouble();
        QCOMPARE(latency, 4.0);

        // Posted again: accepted, and nothing changes.
        QCOMPARE(HttpProbe::exchange(collector.port(), "POST", "/v1/events", {kBatch}, handWrittenChain()).status, 202);
        QCOMPARE(storedEvents(url), 5);
        QCOMPARE(lineageJson(url, QStringLiteral("ORD-HW-1")).value(QStringLiteral("stages")),
                 first.value(QStringLiteral("stages")));
        QCOMPARE(collector.terminate(), 0);
    }

    void refusesAForeignStoreAndBadOptions()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        QCOMPARE(execRaw(foreign, QStringLiteral("CREATE TABLE invoices (id INTEGER)")), QString());
        CliRun run = runCtower({QStringLiteral("collect"), QStringLiteral("--store"), foreign, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        run = runCtower({QStringLiteral("collect"), QStringLiteral("--store"), dir.filePath(QStringLiteral("x.db")),
                         QStringLiteral("--listen"), QStringLiteral("nowhere")});
        QCOMPARE(run.exitCode, 2);
        run = runCtower({QStringLiteral("collect"), QStringLiteral("--store"), dir.filePath(QStringLiteral("x.db")),
                         QStringLiteral("--body-limit-mib"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);
        run = runCtower({QStringLiteral("collect"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(run.exitCode, 2);
    }

    void readsTheShippedConfiguration()
    {
        // The sample in installer/ must be one the collector takes: only its store is swapped.
        QTemporaryDir dir;
        QFile sample(QStringLiteral(CT_SOURCE_DIR "/installer/collector.conf"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray text = sample.readAll();
        const QString url = dir.filePath(QStringLiteral("configured.db"));
        text.replace("store = postgresql://ctower_ingest@127.0.0.1:5432/controltower", QByteArray("store = " + url.toUtf8()));
        text.replace("listen = 127.0.0.1:8080", "listen = 127.0.0.1:0");
        QFile conf(dir.filePath(QStringLiteral("collector.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(text);
        conf.close();
        QProcess p;
        p.start(binaryPath(QStringLiteral("ctower")), {QStringLiteral("collect"), QStringLiteral("--config"), conf.fileName()});
        QVERIFY(p.waitForReadyRead(30000));
        QVERIFY(p.readAllStandardOutput().contains(url.toUtf8()));
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);

        QVERIFY(conf.open(QIODevice::Append));
        conf.write("bodylimit = 3\n");
        conf.close();
        const CliRun bad = runCtower({QStringLiteral("collect"), QStringLiteral("--config"), conf.fileName()});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("unknown setting \"bodylimit\""));
    }

    void staysSmallWhileRefusingTwoGibibytes()
    {
        QTemporaryDir dir;
        CollectorProcess collector(dir.filePath(QStringLiteral("rss.db")));
        QVERIFY(collector.port() != 0);
        // Announced and then really sent: the collector answers 413 at once and must not buffer
        // what the client keeps sending while it drains and closes.
        HttpProbe probe(collector.port());
        QVERIFY(probe.write("POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch + "\r\nContent-Length: 2147483648\r\n\r\n"));
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 64 && probe.write(chunk); ++i) {
        }
        const HttpAnswer answer = probe.read(5000);
        QCOMPARE(answer.status, 413);
        qInfo("peak RSS after refusing 2 GiB announced: %lld KiB", collector.peakRssKiB());
        // A chunked body of unbounded length, too.
        HttpProbe chunked(collector.port());
        QVERIFY(chunked.write("POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch + "\r\nTransfer-Encoding: chunked\r\n\r\n"));
        const QByteArray framed = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        for (int i = 0; i < 64 && chunked.write(framed); ++i) {
        }
        QCOMPARE(chunked.read(5000).status, 413);
        const qint64 peak = collector.peakRssKiB();
        qInfo("peak RSS after refusing an endless chunked body too: %lld KiB", peak);
        QVERIFY(peak > 0);
        QVERIFY2(peak < 64 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
        QCOMPARE(collector.terminate(), 0);
    }

    void anEmittedDemoStoresWhatADirectDemoStores_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char* mode : {"binary", "structured", "batch", "protobuf"})
            QTest::newRow(mode) << QString::fromLatin1(mode);
    }

    void anEmittedDemoStoresWhatADirectDemoStores()
    {
        QFETCH(QString, mode);
        QTemporaryDir dir;
        const QString direct = dir.filePath(QStringLiteral("direct.db"));
        QCOMPARE(runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), direct} + kSmallDemo).exitCode, 0);

        const QString emitted = dir.filePath(QStringLiteral("emitted.db"));
        CollectorProcess collector(emitted);
        QVERIFY2(collector.port() != 0, collector.errors().constData());
        const CliRun run = runCtower(QStringList{QStringLiteral("demo"), QStringLiteral("--store"), emitted,
                                                 QStringLiteral("--emit"),
                                                 QStringLiteral("http://127.0.0.1:%1").arg(collector.port()),
                                                 QStringLiteral("--emit-mode"), mode, QStringLiteral("--json")}
                                     + kSmallDemo);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject sent = QJsonDocument::fromJson(run.out).object();
        QVERIFY(sent.value(QStringLiteral("emitted_events")).toInteger() > 1000);
        QCOMPARE(collector.terminate(), 0);

        const QJsonObject a = statsOf(direct);
        const QJsonObject b = statsOf(emitted);
        QVERIFY(a.value(QStringLiteral("tables")).toObject().value(QStringLiteral("events")).toInteger() > 1000);
        for (const QString& key : a.keys()) {
            if (key.startsWith(QLatin1String("events_by_")) || key == QLatin1String("tables"))
                QVERIFY2(a.value(key) == b.value(key),
                         qPrintable(key + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(a.value(key).toObject()).toJson())
                                    + QString::fromUtf8(QJsonDocument(b.value(key).toObject()).toJson())));
        }
    }

    void emitRefusesBadArguments()
    {
        QTemporaryDir dir;
        const QString url = dir.filePath(QStringLiteral("e.db"));
        const QStringList base{QStringLiteral("demo"), QStringLiteral("--store"), url};
        QCOMPARE(runCtower(base + QStringList{QStringLiteral("--emit"), QStringLiteral("ftp://x")}).exitCode, 2);
        QCOMPARE(runCtower(base + QStringList{QStringLiteral("--emit"), QStringLiteral("http://127.0.0.1:1"),
                                              QStringLiteral("--emit-mode"), QStringLiteral("xml")}).exitCode, 2);
        QCOMPARE(runCtower(base + QStringList{QStringLiteral("--emit-mode"), QStringLiteral("batch")}).exitCode, 2);
        // Nobody listening: one sentence, exit 1.
        const CliRun refused = runCtower(base + QStringList{QStringLiteral("--emit"),
                                                            QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort())}
                                         + kSmallDemo);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.oneErrorLine(), refused.err.constData());
    }

    void twoCollectorsOnOnePostgresStoreStoreEachEventOnce()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(runCtower({QStringLiteral("migrate"), QStringLiteral("--store"), db.url()}).exitCode, 0);
        CollectorProcess a(db.url());
        CollectorProcess b(db.url());
        QVERIFY2(a.port() != 0 && b.port() != 0, QByteArray(a.errors() + b.errors()).constData());

        // 40 batches of 100 events (4000 distinct), each posted to both collectors, in a different
        // shuffled order on each, from four clients at once.
        QList<QList<int>> batches;
        for (int i = 0; i < 40; ++i) {
            QList<int> numbers;
            for (int n = 0; n < 100; ++n)
                numbers.append(i * 100 + n);
            batches.append(numbers);
        }
        std::atomic<int> failures{0};
        auto client = [&](quint16 port, quint32 seed) {
            QList<QList<int>> mine = batches;
            QRandomGenerator random(seed);
            std::shuffle(mine.begin(), mine.end(), random);
            for (QList<int>& numbers : mine) {
                std::shuffle(numbers.begin(), numbers.end(), random);
                if (HttpProbe::exchange(port, "POST", "/v1/events", {kBatch}, batchOf(numbers)).status != 202)
                    ++failures;
            }
        };
        std::thread t1(client, a.port(), 1), t2(client, b.port(), 2), t3(client, a.port(), 3), t4(client, b.port(), 4);
        t1.join();
        t2.join();
        t3.join();
        t4.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(storedEvents(db.url()), 4000);
        QCOMPARE(a.terminate(), 0);
        QCOMPARE(b.terminate(), 0);
        QCOMPARE(a.errors(), QByteArray());
        QCOMPARE(b.errors(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCollect)
#include "tst_collect.moc"
