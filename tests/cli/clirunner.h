#pragma once

#include "testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace ct::test {

// One run of the ctower executable, as a script would run it.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;

    // stderr holds exactly one line (the one-sentence failure contract).
    bool oneErrorLine() const { return err.count('\n') == 1 && err.endsWith('\n') && err.size() > 10; }
};

// asUser runs it as another user through runuser; executable then names a copy that user can reach
// (the build folder may sit under a home folder only its owner can enter).
inline CliRun runCtower(const QStringList& args, const QProcessEnvironment& extra = {}, const QString& asUser = {},
                        int timeoutMs = 120000, const QString& executable = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CTOWER_STORE"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    if (asUser.isEmpty()) {
        p.start(binaryPath(QStringLiteral("ctower")), args);
    } else {
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), asUser, QStringLiteral("--"),
                                                      executable.isEmpty() ? binaryPath(QStringLiteral("ctower"))
                                                                           : executable} + args);
    }
    CliRun run;
    run.finished = p.waitForFinished(timeoutMs);
    run.exitCode = run.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    if (!run.finished)
        run.err += QByteArrayLiteral("ctower did not finish within ") + QByteArray::number(timeoutMs / 1000) + "s\n";
    return run;
}

} // namespace ct::test
