// The collector over real HTTP on loopback, in this process: what it accepts, what it refuses and
// how, what it stores, and how it stops.
#include "collector/collector.h"
#include "collector/collectormetrics.h"
#include "httpprobe.h"
#include "store/storefactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace ct;
using namespace ct::collector;
using ct::test::HttpAnswer;
using ct::test::HttpProbe;

namespace {

const QByteArray kStructured = "Content-Type: application/cloudevents+json; charset=utf-8";
const QByteArray kBatch = "Content-Type: application/cloudevents-batch+json";

QJsonObject cloudEvent(const QString& id, const QString& correlation = QStringLiteral("ORD-1"))
{
    return QJsonObject{{QStringLiteral("specversion"), QStringLiteral("1.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("source"), QStringLiteral("oms")},
                       {QStringLiteral("type"), QStringLiteral("oms.order.created")},
                       {QStringLiteral("time"), QStringLiteral("2026-11-02T10:00:00.000001Z")},
                       {QStringLiteral("correlationid"), correlation},
                       {QStringLiteral("flow"), QStringLiteral("order-to-cash")},
                       {QStringLiteral("stage"), QStringLiteral("order-created")},
                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("order"), correlation}}}};
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray batchOf(int first, int count)
{
    QJsonArray array;
    for (int i = first; i < first + count; ++i)
        array.append(cloudEvent(QStringLiteral("ev-%1").arg(i), QStringLiteral("ORD-%1").arg(i % 7)));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// A collector on a free loopback port over a fresh SQLite store, served from a thread of its own.
class RunningCollector {
public:
    explicit RunningCollector(CollectorConfig config = {})
    {
        config.port = 0;
        m_url = m_dir.filePath(QStringLiteral("collected.db"));
        const QString url = m_url;
        m_collector = std::make_unique<Collector>(config, [url] { return openStore(url, OpenMode::ReadWrite); });
        m_error = m_collector->start();
        if (m_error.isEmpty())
            m_thread = std::thread([this] { m_collector->run(); });
    }
    ~RunningCollector() { stop(); }

    void stop()
    {
        if (m_thread.joinable()) {
            m_collector->stop();
            m_thread.join();
        }
    }
    bool isRunning() const { return m_thread.joinable(); }
    QString error() const { return m_error; }
    quint16 port() const { return m_collector->port(); }
    const CollectorMetrics& metrics() const { return m_collector->metrics(); }

    HttpAnswer post(const QList<QByteArray>& headers, const QByteArray& body)
    {
        return HttpProbe::exchange(port(), "POST", "/v1/events", headers, body);
    }
    qint64 storedEvents() const
    {
        auto store = openStore(m_url, OpenMode::ReadOnly);
        if (!store)
            return -1;
        auto stats = store.value()->stats();
        return stats ? stats->tables.value(QStringLiteral("events")) : -1;
    }
    QList<Event> transaction(const QString& correlationId) const
    {
        auto store = openStore(m_url, OpenMode::ReadOnly);
        if (!store)
            return {};
        auto events = store.value()->eventsByCorrelation(correlationId);
        return events ? events.value() : QList<Event>{};
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_error;
    std::unique_ptr<Collector> m_collector;
    std::thread m_thread;
};

QJsonObject bodyOf(const HttpAnswer& answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

} // namespace

class TestCollector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsAStructuredEventAndStoresIt()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        const HttpAnswer a = c.post({kStructured}, json(cloudEvent(QStringLiteral("ev-1"))));
        QCOMPARE(a.status, 202);
        QCOMPARE(bodyOf(a).value(QStringLiteral("accepted")).toInt(), 1);
        // 202 means committed: the event is readable the moment the answer arrives.
        const QList<Event> stored = c.transaction(QStringLiteral("ORD-1"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().id, QStringLiteral("ev-1"));
        QCOMPARE(stored.first().source, QStringLiteral("oms"));
        QCOMPARE(stored.first().occurredAt.micros() % 1'000'000, 1);
    }

    void aRetriedBatchDoesNotDoubleCount()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        const QByteArray batch = batchOf(0, 50);
        QCOMPARE(c.post({kBatch}, batch).status, 202);
        QCOMPARE(c.storedEvents(), 50);
        QCOMPARE(c.post({kBatch}, batch).status, 202);
        QCOMPARE(c.storedEvents(), 50);
        QVERIFY(c.metrics().prometheusText().contains("ctower_collector_events_duplicate_total 50\n"));
    }

    void aBadEventRefusesTheWholeBatchNamingIt()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        QJsonArray array = QJsonDocument::fromJson(batchOf(0, 5)).array();
        QJsonObject third = array.at(2).toObject();
        third.remove(QStringLiteral("source"));
        array.replace(2, third);
        const HttpAnswer a = c.post({kBatch}, QJsonDocument(array).toJson());
        QCOMPARE(a.status, 400);
        QCOMPARE(a.header("content-type"), QByteArray("application/json"));
        QCOMPARE(bodyOf(a).value(QStringLiteral("field")).toString(), QStringLiteral("source"));
        QCOMPARE(bodyOf(a).value(QStringLiteral("index")).toInt(), 2);
        QVERIFY(!bodyOf(a).value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(c.storedEvents(), 0);
    }

    void refusesOtherMediaTypes()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        const HttpAnswer a = c.post({"Content-Type: text/plain"}, "hello");
        QCOMPARE(a.status, 415);
        QCOMPARE(bodyOf(a).value(QStringLiteral("field")).toString(), QStringLiteral("content-type"));
        QCOMPARE(c.post({}, "{}").status, 415);
    }

    void anOversizedBodyIsRefusedBeforeItIsSent()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        HttpProbe probe(c.port());
        // Only the headers go out: the answer must not wait for 2 GiB that never come.
        QVERIFY(probe.write("POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch
                            + "\r\nContent-Length: 2147483648\r\n\r\n"));
        const HttpAnswer a = probe.read(5000);
        QCOMPARE(a.status, 413);
        QVERIFY(a.closedAfter);
        QVERIFY(bodyOf(a).value(QStringLiteral("error")).toString().contains(QStringLiteral("16 MiB")));
    }

    void aChunkedBodyIsRefusedOnceItPassesTheLimit()
    {
        CollectorConfig config;
        config.bodyLimit = 64 * 1024;
        RunningCollector c(config);
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        HttpProbe probe(c.port());
        QVERIFY(probe.write("POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch + "\r\nTransfer-Encoding: chunked\r\n\r\n"));
        const QByteArray chunk(16 * 1024, ' ');
        HttpAnswer a;
        for (int i = 0; i < 16 && a.status == 0; ++i) {
            probe.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            if (i >= 3)
                a = probe.read(300);
        }
        QCOMPARE(a.status, 413);
        QCOMPARE(c.storedEvents(), 0);
    }

    void malformedFramingGetsA400()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        const QList<QByteArray> probes = {
            "POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch + "\r\nContent-Length: -5\r\n\r\n",
            "POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch + "\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n[]",
            "POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch
                + "\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n[]\r\n0\r\n\r\n",
            "NOT A REQUEST\r\n\r\n",
            "POST /v1/events HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n",
            "POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch + "\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n[]\r\n0\r\n\r\n",
        };
        for (const QByteArray& bytes : probes) {
            HttpProbe probe(c.port());
            QVERIFY(probe.write(bytes));
            const HttpAnswer a = probe.read(5000);
            QVERIFY2(a.status == 400, bytes.constData());
        }
        // And it still serves.
        QCOMPARE(c.post({kBatch}, batchOf(0, 3)).status, 202);
    }

    void aClientTooSlowWithItsHeadersIsDropped()
    {
        CollectorConfig config;
        config.headerTimeout = std::chrono::seconds(1);
        RunningCollector c(config);
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        HttpProbe slow(c.port());
        const QByteArray request = HttpProbe::request("POST", "/v1/events", {kBatch}, batchOf(0, 2));
        // One byte every 300 ms: the headers are not in after a second.
        bool closed = false;
        for (int i = 0; i < request.size() && !closed; ++i) {
            slow.write(request.mid(i, 1));
            closed = slow.waitForClose(300);
        }
        QVERIFY(closed);
        // The stream closes the socket on its deadline before the handler counts it.
        QTRY_COMPARE(c.metrics().rejectedRequests(Rejection::Timeout), 1);
        QCOMPARE(c.post({kBatch}, batchOf(0, 2)).status, 202);
    }

    void servesRequestsOneAfterAnotherOnOneConnection()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        HttpProbe probe(c.port());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(probe.write(HttpProbe::request("POST", "/v1/events", {kBatch}, batchOf(i * 10, 10))));
            const HttpAnswer a = probe.read();
            QCOMPARE(a.status, 202);
            QVERIFY(!a.closedAfter);
        }
        // Pipelined: two requests written at once are answered in order.
        QVERIFY(probe.write(HttpProbe::request("GET", "/healthz", {})
                            + HttpProbe::request("POST", "/v1/events", {kBatch}, batchOf(30, 5))));
        QCOMPARE(probe.read().status, 200);
        QCOMPARE(probe.read().status, 202);
        QCOMPARE(c.storedEvents(), 35);
    }

    void answersExpectContinue()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        HttpProbe probe(c.port());
        const QByteArray body = batchOf(0, 4);
        QVERIFY(probe.write("POST /v1/events HTTP/1.1\r\nHost: x\r\n" + kBatch + "\r\nExpect: 100-continue\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n"));
        QCOMPARE(probe.read().status, 100);
        QVERIFY(probe.write(body));
        QCOMPARE(probe.read().status, 202);
    }

    void healthMetricsAndUnknownPaths()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        QCOMPARE(HttpProbe::exchange(c.port(), "GET", "/healthz", {}).status, 200);
        QCOMPARE(HttpProbe::exchange(c.port(), "GET", "/nowhere", {}).status, 404);
        const HttpAnswer wrong = HttpProbe::exchange(c.port(), "GET", "/v1/events", {});
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.header("allow"), QByteArray("POST"));
        QCOMPARE(c.post({kBatch}, batchOf(0, 3)).status, 202);
        QCOMPARE(c.post({"Content-Type: text/plain"}, "x").status, 415);
        const HttpAnswer metrics = HttpProbe::exchange(c.port(), "GET", "/metrics", {});
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("content-type").startsWith("text/plain; version=0.0.4"));
        const QByteArray text = metrics.body;
        QVERIFY2(text.contains("ctower_collector_events_accepted_total 3\n"), text.constData());
        QVERIFY(text.contains("ctower_collector_requests_rejected_total{reason=\"unsupported_media_type\"} 1\n"));
        QVERIFY(text.contains("ctower_collector_requests_rejected_total{reason=\"not_found\"} 1\n"));
        QVERIFY(text.contains("ctower_collector_requests_rejected_total{reason=\"method_not_allowed\"} 1\n"));
        QVERIFY(text.contains("ctower_collector_commit_seconds_bucket{le=\"+Inf\"} 1\n"));
        QVERIFY(text.contains("ctower_collector_commit_seconds_count 1\n"));
    }

    void stoppingAnswersTheRequestsInFlight()
    {
        RunningCollector c;
        QVERIFY2(c.isRunning(), qPrintable(c.error()));
        HttpProbe idle(c.port());
        QVERIFY(idle.isConnected());
        HttpProbe busy(c.port());
        const QByteArray body = batchOf(0, 200);
        const QByteArray request = HttpProbe::request("POST", "/v1/events", {kBatch}, body);
        // Half the request is in when the collector is told to stop; the rest follows.
        QVERIFY(busy.write(request.left(request.size() / 2)));
        QTest::qWait(100);
        std::thread stopper([&] { c.stop(); });
        QTest::qWait(100);
        QVERIFY(busy.write(request.mid(request.size() / 2)));
        const HttpAnswer a = busy.read();
        stopper.join();
        QCOMPARE(a.status, 202);
        QVERIFY(a.closedAfter);
        QVERIFY(idle.waitForClose(1000));
        QCOMPARE(c.storedEvents(), 200);
    }

    void refusesAnAddressInUse()
    {
        RunningCollector first;
        QVERIFY2(first.isRunning(), qPrintable(first.error()));
        QTemporaryDir dir;
        CollectorConfig config;
        config.port = first.port();
        const QString url = dir.filePath(QStringLiteral("second.db"));
        Collector second(config, [url] { return openStore(url, OpenMode::ReadWrite); });
        const QString error = second.start();
        QVERIFY(error.contains(QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(first.port())));
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
