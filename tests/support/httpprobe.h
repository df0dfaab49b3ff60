#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QTcpSocket;

namespace ct::test {

// An HTTP answer as read off the wire.
struct HttpAnswer {
    int status = 0;          // 0: no answer (the connection closed or timed out first)
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case
    QByteArray body;
    bool closedAfter = false; // the server closed the connection after it

    QByteArray header(const QByteArray& name) const;
};

// A raw HTTP/1.1 client on one loopback connection, blocking, for probing a server the way hostile
// or slow clients do: it writes exactly the bytes it is given.
class HttpProbe {
public:
    explicit HttpProbe(quint16 port, const QString& host = QStringLiteral("127.0.0.1"));
    ~HttpProbe();
    bool isConnected() const;

    bool write(const QByteArray& bytes);
    // Reads one answer (headers, then a Content-Length body) within timeoutMs.
    HttpAnswer read(int timeoutMs = 10000);
    // True when the server closes the connection within timeoutMs (reading and dropping what comes).
    bool waitForClose(int timeoutMs);

    // A whole request: method, path, headers ("Name: value" lines), body with its Content-Length.
    static QByteArray request(const QByteArray& method, const QByteArray& path,
                              const QList<QByteArray>& headers, const QByteArray& body = {});
    // request() on a fresh connection, then read().
    static HttpAnswer exchange(quint16 port, const QByteArray& method, const QByteArray& path,
                               const QList<QByteArray>& headers, const QByteArray& body = {});

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_pending;
};

} // namespace ct::test
