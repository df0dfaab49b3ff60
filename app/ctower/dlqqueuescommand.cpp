#include "dlqcommon.h"

#include "amqp/amqpurl.h"
#include "amqp/managementapi.h"
#include "queuehealth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace ct::cli {

// Broker health from the management API: depth, consumers and rates, and a verdict per queue.
int runDlqQueues(const QStringList& arguments)
{
    Command command(QStringLiteral("dlq queues"),
                    QStringLiteral("Broker health: each queue's depth, consumers, publish/deliver/ack rates, and whether "
                                   "its consumers keep up (from the RabbitMQ management API, read-only)."));
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("amqp"), QStringLiteral("The broker: its credentials and virtual host (password from "
                                                        "CTOWER_AMQP_PASSWORD when the URL has none)."),
                 QStringLiteral("amqp://USER@HOST:PORT/VHOST")});
    p.addOption({QStringLiteral("management"), QStringLiteral("The management API (default: the broker's host, port 15672)."),
                 QStringLiteral("http(s)://HOST:PORT")});
    p.addOption({QStringLiteral("ca-file"),
                 QStringLiteral("https: the PEM file of the authority that signed the management API's certificate "
                                "(default: the --amqp URL's cacertfile; else the system's authorities). The "
                                "certificate is always verified."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("queue"), QStringLiteral("Only this queue (repeatable)."), QStringLiteral("Q")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("amqp")))
        return command.usageError(QStringLiteral("dlq queues needs --amqp URL"));
    QString error;
    amqp::AmqpUrl url;
    if (!amqp::AmqpUrl::parse(p.value(QStringLiteral("amqp")), qEnvironmentVariable("CTOWER_AMQP_PASSWORD"), &url, &error))
        return command.usageError(error);
    amqp::ManagementApi api;
    if (!amqp::ManagementApi::make(url.full, p.value(QStringLiteral("management")), &api, &error))
        return command.usageError(error);
    if (p.isSet(QStringLiteral("ca-file")) && p.value(QStringLiteral("ca-file")).isEmpty())
        return command.usageError(QStringLiteral("--ca-file needs a file"));
    const QString caFile = p.isSet(QStringLiteral("ca-file")) ? p.value(QStringLiteral("ca-file")) : url.caFile;
    if (!caFile.isEmpty() && !api.setCaFile(caFile, &error))
        return command.fail(error);
    // The application's own event loop runs until the answer is in.
    QNetworkAccessManager manager;
    Expected<QList<QueueHealth>> queues = StoreError::make(StoreError::Code::Unreachable, QStringLiteral("no answer"));
    api.fetchQueues(manager, [&queues](const Expected<QList<QueueHealth>>& answer) {
        queues = answer;
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    });
    QCoreApplication::exec();
    if (!queues)
        return command.fail(queues.error());
    const QStringList wanted = p.values(QStringLiteral("queue"));
    QList<QueueHealth> shown;
    for (const QueueHealth& q : queues.value()) {
        if (wanted.isEmpty() || wanted.contains(q.name))
            shown << q;
    }
    if (command.json()) {
        QJsonArray rows;
        for (const QueueHealth& q : shown) {
            rows.append(QJsonObject{
                {QStringLiteral("queue"), q.name},
                {QStringLiteral("messages"), q.messages},
                {QStringLiteral("ready"), q.ready},
                {QStringLiteral("unacknowledged"), q.unacknowledged},
                {QStringLiteral("consumers"), q.consumers},
                {QStringLiteral("publish_rate"), q.publishRate},
                {QStringLiteral("deliver_rate"), q.deliverRate},
                {QStringLiteral("ack_rate"), q.ackRate},
                {QStringLiteral("growth_rate"), q.growthRate},
                {QStringLiteral("dead_letters_to"), q.deadLettersTo},
                {QStringLiteral("verdict"), queueVerdictName(q.verdict)},
                {QStringLiteral("summary"), q.summary},
            });
        }
        command.printJson(QJsonDocument(rows));
    } else {
        for (const QueueHealth& q : shown)
            command.print(QStringLiteral("%1  %2  %3").arg(q.name, -40).arg(queueVerdictName(q.verdict), -14).arg(q.summary));
    }
    return shown.isEmpty() ? NothingMatched : Done;
}

} // namespace ct::cli
