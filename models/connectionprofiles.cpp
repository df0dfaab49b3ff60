#include "connectionprofiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace ct {

QString secretKey(const QString& profileName, SecretKind kind)
{
    const char* what = kind == SecretKind::Store ? "store" : kind == SecretKind::Amqp ? "amqp" : "management";
    return QStringLiteral("profile/%1/%2").arg(profileName, QLatin1String(what));
}

std::pair<QString, QString> withoutPassword(const QString& url)
{
    // Tolerant: a password with a space or a stray character is still a password, and still taken out.
    QUrl u(url, QUrl::TolerantMode);
    if (!u.isValid() || u.scheme().isEmpty() || u.password().isEmpty())
        return {url, QString()};
    const QString password = u.password(QUrl::FullyDecoded);
    u.setPassword(QString());
    return {u.toString(), password};
}

ConnectionProfiles ConnectionProfiles::load(const QString& path, QString* error)
{
    error->clear();
    ConnectionProfiles out;
    QFile file(path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
        return out;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    const QJsonValue list = doc.object().value(QLatin1String("profiles"));
    if (parse.error != QJsonParseError::NoError || !list.isArray()) {
        *error = QStringLiteral("%1: not a list of connection profiles (%2)").arg(path, parse.errorString());
        return out;
    }
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject o = v.toObject();
        ConnectionProfile p;
        p.name = o.value(QLatin1String("name")).toString();
        p.storeUrl = o.value(QLatin1String("store")).toString();
        p.amqpUrl = o.value(QLatin1String("amqp")).toString();
        p.managementUrl = o.value(QLatin1String("management")).toString();
        p.caFile = o.value(QLatin1String("ca_file")).toString();
        for (const QJsonValue& q : o.value(QLatin1String("queues")).toArray())
            p.queues << q.toString();
        QString why;
        if (!out.put(p, &why)) {
            *error = QStringLiteral("%1: %2").arg(path, why);
            return {};
        }
    }
    return out;
}

bool ConnectionProfiles::save(const QString& path, QString* error) const
{
    QJsonArray list;
    for (const ConnectionProfile& p : m_profiles) {
        list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("store"), withoutPassword(p.storeUrl).first},
                                {QStringLiteral("amqp"), withoutPassword(p.amqpUrl).first},
                                {QStringLiteral("management"), withoutPassword(p.managementUrl).first},
                                {QStringLiteral("ca_file"), p.caFile},
                                {QStringLiteral("queues"), QJsonArray::fromStringList(p.queues)}});
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);  // written whole or not at all
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), list}}).toJson()) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ConnectionProfiles::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/controltower/profiles.json");
}

const ConnectionProfile* ConnectionProfiles::find(const QString& name) const
{
    for (const ConnectionProfile& p : m_profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

bool ConnectionProfiles::put(const ConnectionProfile& profile, QString* error)
{
    if (profile.name.trimmed().isEmpty()) {
        *error = QStringLiteral("a connection profile needs a name");
        return false;
    }
    for (ConnectionProfile& p : m_profiles) {
        if (p.name == profile.name) {
            p = profile;
            return true;
        }
    }
    m_profiles.append(profile);
    return true;
}

bool ConnectionProfiles::remove(const QString& name)
{
    return m_profiles.removeIf([&name](const ConnectionProfile& p) { return p.name == name; }) > 0;
}

} // namespace ct
