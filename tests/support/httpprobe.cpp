#include "httpprobe.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace ct::test {

QByteArray HttpAnswer::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first == name.toLower())
            return h.second;
    }
    return {};
}

HttpProbe::HttpProbe(quint16 port, const QString& host) : m_socket(std::make_unique<QTcpSocket>())
{
    m_socket->connectToHost(host, port);
    m_socket->waitForConnected(5000);
}

HttpProbe::~HttpProbe() = default;

bool HttpProbe::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpProbe::write(const QByteArray& bytes)
{
    if (!isConnected())
        return false;
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = m_socket->write(bytes.constData() + written, bytes.size() - written);
        if (n < 0)
            return false;
        written += n;
        if (!m_socket->waitForBytesWritten(5000) && m_socket->bytesToWrite() > 0)
            return false;
    }
    return true;
}

HttpAnswer HttpProbe::read(int timeoutMs)
{
    HttpAnswer answer;
    QDeadlineTimer deadline(timeoutMs);
    auto fill = [&] {
        if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
        m_pending += m_socket->readAll();
        return true;
    };
    qsizetype headerEnd = -1;
    while ((headerEnd = m_pending.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !fill()) {
            answer.closedAfter = m_socket->state() != QAbstractSocket::ConnectedState;
            return answer;
        }
    }
    const QList<QByteArray> lines = m_pending.left(headerEnd).split('\n');
    m_pending.remove(0, headerEnd + 4);
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    answer.status = statusLine.value(1).toInt();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        answer.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    while (m_pending.size() < length && !deadline.hasExpired() && fill()) {
    }
    answer.body = m_pending.left(length);
    m_pending.remove(0, answer.body.size());
    answer.closedAfter = answer.header("connection").toLower() == "close";
    return answer;
}

bool HttpProbe::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return true;
        if (m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_socket->readAll();
        else if (m_socket->state() != QAbstractSocket::ConnectedState || m_socket->error() == QAbstractSocket::RemoteHostClosedError)
            return true;
    }
    return m_socket->state() != QAbstractSocket::ConnectedState;
}

QByteArray HttpProbe::request(const QByteArray& method, const QByteArray& path, const QList<QByteArray>& headers,
                              const QByteArray& body)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray& h : headers)
        out += h + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

HttpAnswer HttpProbe::exchange(quint16 port, const QByteArray& method, const QByteArray& path,
                               const QList<QByteArray>& headers, const QByteArray& body)
{
    HttpProbe probe(port);
    if (!probe.write(request(method, path, headers, body)))
        return {};
    return probe.read();
}

} // namespace ct::test
