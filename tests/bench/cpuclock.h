#pragma once

#include <QDir>
#include <QFile>
#include <QStringList>

#include <ctime>
#include <unistd.h>

namespace ct::bench {

// CPU time, in seconds, of the processes a benchmark cares about on this machine: this one, and the
// local servers it talks to (found in /proc by their command name, e.g. "beam.smp" for RabbitMQ or
// "postgres" for PostgreSQL's server processes). Servers on another machine count as none.
struct CpuClock {
    double self = 0;
    double broker = 0;
    double database = 0;

    static CpuClock now()
    {
        CpuClock c;
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        c.self = double(t.tv_sec) + double(t.tv_nsec) / 1e9;
        c.broker = ofCommand("beam.smp");
        c.database = ofCommand("postgres");
        return c;
    }

    CpuClock since(const CpuClock& start) const
    {
        return {self - start.self, broker - start.broker, database - start.database};
    }

    static int cores() { return int(sysconf(_SC_NPROCESSORS_ONLN)); }

private:
    // user + system time of every process with that command name (/proc/PID/stat fields 2, 14 and 15).
    static double ofCommand(const char* command)
    {
        const double ticks = double(sysconf(_SC_CLK_TCK));
        const QByteArray wanted = QByteArray("(") + command + ")";
        double seconds = 0;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& pid : pids) {
            if (pid.isEmpty() || !pid.at(0).isDigit())
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
            if (open < 0 || close < open || line.mid(open, close - open + 1) != wanted)
                continue;
            // After the command: state is field 3, utime 14 and stime 15.
            const QList<QByteArray> fields = line.mid(close + 2).split(' ');
            if (fields.size() > 12)
                seconds += (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
        }
        return seconds;
    }
};

} // namespace ct::bench
