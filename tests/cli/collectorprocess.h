#pragma once

#include "clirunner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

namespace ct::test {

// `ctower collect` running as its own process on a free loopback port, as a service would run it.
class CollectorProcess {
public:
    explicit CollectorProcess(const QString& storeUrl, const QStringList& extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CTOWER_STORE"));
        m_process.setProcessEnvironment(env);
        m_process.start(binaryPath(QStringLiteral("ctower")),
                        QStringList{QStringLiteral("collect"), QStringLiteral("--store"), storeUrl,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                            + extra);
        // The first line says where it listens.
        static const QRegularExpression where(QStringLiteral("on http://127\\.0\\.0\\.1:(\\d+) "));
        QDeadlineTimer deadline(30000);
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
    ~CollectorProcess()
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

    // Sends SIGTERM and waits: the exit code, or -1 when it did not exit normally in time.
    int terminate(int timeoutMs = 60000)
    {
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        m_out += m_process.readAllStandardOutput();
        return m_process.exitCode();
    }
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
