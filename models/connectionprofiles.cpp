#include "connectionprofiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

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

QString profileNameProblem(const QString& name, const QStringList& taken)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("ct::ConnectionProfiles", "A profile needs a name.");
    if (taken.contains(trimmed))
        return QCoreApplication::translate("ct::ConnectionProfiles",
                                           "There is already a profile named \u201c%1\u201d.")
            .arg(trimmed);
    return {};
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

QStringList ConnectionProfiles::names(const QString& except) const
{
    QStringList out;
    for (const ConnectionProfile& p : m_profiles) {
        if (p.name != except)
            out << p.name;
    }
    return out;
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

bool ConnectionProfiles::rename(const QString& from, const QString& to, QString* error)
{
    const auto profile = std::find_if(m_profiles.begin(), m_profiles.end(),
                                      [&from](const ConnectionProfile& p) { return p.name == from; });
    if (profile == m_profiles.end()) {
        *error =
            QCoreApplication::translate("ct::ConnectionProfiles", "There is no profile named \u201c%1\u201d.")
                .arg(from);
        return false;
    }
    *error = profileNameProblem(to, names(from));
    if (!error->isEmpty())
        return false;
    profile->name = to.trimmed();
    return true;
}

bool ConnectionProfiles::remove(const QString& name)
{
    return m_profiles.removeIf([&name](const ConnectionProfile& p) { return p.name == name; }) > 0;
}

} // namespace ct
