#pragma once

#include "clirunner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace ct::test {

// A ctower command that serves on a free loopback port (`collect --listen 127.0.0.1:0`,
// `demo --serve-apis 127.0.0.1:0`) running as its own process, as a service would run it. The port
// comes from the first line it prints, which says where it listens ("… on http://127.0.0.1:PORT …").
class ServerProcess {
public:
    explicit ServerProcess(const QStringList& args, const QProcessEnvironment& extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CTOWER_STORE"));
        env.remove(QStringLiteral("CTOWER_DEMO_API_TOKEN"));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        m_process.setProcessEnvironment(env);
        m_process.start(binaryPath(QStringLiteral("ctower")), args);
        static const QRegularExpression where(QStringLiteral("on http://127\\.0\\.0\\.1:(\\d+) "));
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
            const auto match = where.match(QString::fromUtf8(m_out));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                break;
            }
        }
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // What it printed on stderr so far (or at its end).
    QByteArray errors() { return m_err += m_process.readAllStandardError(); }

    // Sends the signal and waits: the exit code, or -1 when it did not exit normally in time.
    int stopWith(int signal, int timeoutMs = 60000)
    {
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(timeoutMs) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        m_out += m_process.readAllStandardOutput();
        return m_process.exitCode();
    }
    int terminate(int timeoutMs = 60000) { return stopWith(SIGTERM, timeoutMs); }
    QByteArray output() const { return m_out; }
    // Reads what it prints until `text` has come (true) or the time is up.
    bool waitForOutput(const QByteArray& text, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_out.contains(text) && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_out += m_process.readAllStandardOutput();
        }
        return m_out.contains(text);
    }

    // The peak resident set (VmHWM) so far, in KiB; -1 when unknown.
    qint64 peakRssKiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    quint16 m_port = 0;
};

} // namespace ct::test
