#include "collectorconfig.h"

#include <QFileInfo>
#include <QSettings>

namespace ct::collector {

bool parseListenAddress(const QString& text, CollectorConfig* config, QString* error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&ok);
    if (colon < 0 || !ok || port > 65535) {
        *error = QStringLiteral("--listen takes HOST:PORT (e.g. 127.0.0.1:8080), not \"%1\"").arg(text);
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    config->host = host.isEmpty() ? QStringLiteral("127.0.0.1") : host;
    config->port = quint16(port);
    return true;
}

bool loadConfigFile(const QString& path, CollectorConfig* config, QString* storeUrl, QString* error)
{
    if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable()) {
        *error = QStringLiteral("cannot read the configuration file %1").arg(path);
        return false;
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        *error = QStringLiteral("%1 is not a valid configuration file").arg(path);
        return false;
    }
    file.beginGroup(QStringLiteral("collector"));
    auto number = [&](const QString& key, qint64 min, qint64 max, qint64* value) {
        bool ok = false;
        const qint64 v = file.value(key).toString().toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error = QStringLiteral("%1: %2 must be a whole number from %3 to %4")
                         .arg(path, key, QString::number(min), QString::number(max));
            return false;
        }
        *value = v;
        return true;
    };
    const QStringList keys = file.childKeys();
    for (const QString& key : keys) {
        qint64 v = 0;
        if (key == QLatin1String("store")) {
            *storeUrl = file.value(key).toString();
        } else if (key == QLatin1String("listen")) {
            if (!parseListenAddress(file.value(key).toString(), config, error))
                return false;
        } else if (key == QLatin1String("body_limit_mib")) {
            if (!number(key, 1, 4096, &v))
                return false;
            config->bodyLimit = v * 1024 * 1024;
        } else if (key == QLatin1String("max_connections")) {
            if (!number(key, 1, 100'000, &v))
                return false;
            config->maxConnections = int(v);
        } else if (key == QLatin1String("amqp")) {
            config->drain.amqpUrl = file.value(key).toString();
        } else if (key == QLatin1String("dlq")) {
            config->drain.queues.clear();
            for (const QString& queue : file.value(key).toStringList())
                if (!queue.trimmed().isEmpty())
                    config->drain.queues.append(queue.trimmed());
        } else if (key == QLatin1String("prefetch")) {
            if (!number(key, 1, 65535, &v))
                return false;
            config->drain.prefetch = quint16(v);
        } else if (key == QLatin1String("retry_after_s")) {
            if (!number(key, 1, 3600, &v))
                return false;
            config->retryAfterSeconds = int(v);
        } else {
            *error = QStringLiteral("%1: unknown setting \"%2\" in [collector]").arg(path, key);
            return false;
        }
    }
    return true;
}

} // namespace ct::collector
