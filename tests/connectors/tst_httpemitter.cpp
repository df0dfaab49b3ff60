// The emitter (`ctower demo --emit`) against an HTTP server on loopback that answers as it is told:
// a 503 with Retry-After is tried again, a refusal ends the post with the collector's reason, and
// post() blocks the calling thread without running an event loop there (the server below runs on a
// thread of its own, as a collector would in its own process).
#include "emitter/httpemitter.h"

#include <QByteArrayList>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace ct;

namespace {

// Answers each request with the next scripted response (the last one repeats), then closes.
class ScriptedServer : public QObject {
public:
    explicit ScriptedServer(QByteArrayList responses)
        : m_responses(std::move(responses))
    {
    }

    void listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }
    quint16 port() const { return m_server->serverPort(); }
    int requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray headers = buffer.left(headerEnd).toLower();
        const qsizetype at = headers.indexOf("content-length:");
        const qsizetype length = at < 0 ? 0 : headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        int n;
        {
            QMutexLocker lock(&m_mutex);
            n = m_requests++;
        }
        const QByteArray& body = m_responses.at(qMin<qsizetype>(n, m_responses.size() - 1));
        socket->write(body);
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }

    QTcpServer* m_server = nullptr;
    QByteArrayList m_responses;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    mutable QMutex m_mutex;
    int m_requests = 0;
};

QByteArray response(const char* status, const QByteArray& extraHeaders = {}, const QByteArray& body = {})
{
    return QByteArray("HTTP/1.1 ") + status + "\r\nConnection: close\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

// The server on its own thread for the length of a test.
struct ServerThread {
    explicit ServerThread(QByteArrayList responses)
        : server(new ScriptedServer(std::move(responses)))
    {
        server->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, server, &QObject::deleteLater);
        thread.start();
        QMetaObject::invokeMethod(server, [s = server] { s->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        thread.quit();
        thread.wait();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())); }

    QThread thread;
    ScriptedServer* server;
};

QList<Event> someEvents(int n)
{
    QList<Event> events;
    for (int i = 0; i < n; ++i) {
        Event e;
        e.id = QStringLiteral("ev-%1").arg(i);
        e.source = QStringLiteral("oms");
        e.type = QStringLiteral("oms.order.created");
        e.correlationId = QStringLiteral("ORD-%1").arg(i);
        e.occurredAt = Timestamp::fromMicros(1'700'000'000'000'000 + i);
        events.append(e);
    }
    return events;
}

} // namespace

class TestHttpEmitter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptedEventsAreCounted()
    {
        ServerThread server({response("202 Accepted")});
        HttpEmitter emitter(server.url(), cloudevents::Mode::Binary, 4);
        QCOMPARE(emitter.endpoint(), server.url().toString() + QStringLiteral("/v1/events"));
        const StoreError error = emitter.post(someEvents(10));
        QVERIFY2(!error.isError(), qPrintable(error.text));
        QCOMPARE(emitter.requests(), 10);
        QCOMPARE(emitter.events(), 10);
        QCOMPARE(server.server->requests(), 10);
        // The thread serves the next post as well.
        QVERIFY(!emitter.post(someEvents(3)).isError());
        QCOMPARE(emitter.events(), 13);
    }

    void a503IsTriedAgainAfterItsRetryAfter()
    {
        ServerThread server({response("503 Service Unavailable", "Retry-After: 1\r\n"), response("202 Accepted")});
        HttpEmitter emitter(server.url(), cloudevents::Mode::Batch);
        const StoreError error = emitter.post(someEvents(5));
        QVERIFY2(!error.isError(), qPrintable(error.text));
        QCOMPARE(emitter.requests(), 2);
        QCOMPARE(emitter.events(), 5);
    }

    void aRefusalEndsThePostWithTheCollectorsReason()
    {
        ServerThread server({response("400 Bad Request", "Content-Type: application/json\r\n",
                                      R"({"error":"time is not an RFC 3339 time","field":"time","index":3})")});
        HttpEmitter emitter(server.url(), cloudevents::Mode::Batch);
        const StoreError error = emitter.post(someEvents(5));
        QVERIFY(error.isError());
        QCOMPARE(error.code, StoreError::Code::Refused);
        QVERIFY2(error.text.contains(QLatin1String("400")) && error.text.contains(QLatin1String("RFC 3339")),
                 qPrintable(error.text));
        QCOMPARE(emitter.events(), 0);
    }

    void nobodyListeningIsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpEmitter emitter(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), cloudevents::Mode::Structured);
        const StoreError error = emitter.post(someEvents(2));
        QVERIFY(error.isError());
        QCOMPARE(error.code, StoreError::Code::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestHttpEmitter)
#include "tst_httpemitter.moc"
