#pragma once

// The test run's RabbitMQ node, stopped and started inside (durable queues and persistent messages
// survive): `rabbitmq-node stop-app|start-app` on the node the CTest fixture started.
#include <QProcess>
#include <QString>

namespace ct::test {

inline bool brokerApp(const char* command)
{
    QProcess p;
    p.start(QStringLiteral(CT_SOURCE_DIR "/tests/scripts/rabbitmq-node"),
            {QString::fromLatin1(command), qEnvironmentVariable("CTOWER_TEST_STATE")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace ct::test
