#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ct {

// One place the team connects to: a store, a broker (AMQP and its management API) and the queues
// whose health is watched. No secret is ever part of it: passwords live in the keychain under
// secretKey() (ARCHITECTURE.md §8).
struct ConnectionProfile {
    QString name;
    QString storeUrl;       // sqlite path or postgresql:// URL, without a password
    QString amqpUrl;        // amqp:// or amqps://, without a password
    QString managementUrl;  // http(s)://HOST:PORT of the broker's management API, without a password
    QString caFile;         // amqps and https: the CA certificate to verify the server with
    QStringList queues;     // the queues whose health is shown

    bool operator==(const ConnectionProfile&) const = default;
};

enum class SecretKind { Store, Amqp, Management };

// The keychain key of a profile's secret: "profile/<name>/<kind>".
QString secretKey(const QString& profileName, SecretKind kind);

// A URL split into the URL without its password, and the password (empty when it had none).
std::pair<QString, QString> withoutPassword(const QString& url);

// Why `name` (trimmed) cannot name a profile, in one sentence: it is empty, or one of `taken` (the
// other profiles' names). Empty when it can.
QString profileNameProblem(const QString& name, const QStringList& taken);

// The saved profiles, in a JSON file of the user's configuration. Saving takes any password out of
// the URLs (the caller puts it in the keychain first): the file never holds one.
class ConnectionProfiles {
public:
    // Empty (and *error empty) when the file does not exist; empty with *error set when it is malformed.
    static ConnectionProfiles load(const QString& path, QString* error);
    bool save(const QString& path, QString* error) const;
    // The user's file: controltower/profiles.json in the configuration folder.
    static QString defaultPath();

    const QList<ConnectionProfile>& profiles() const { return m_profiles; }
    const ConnectionProfile* find(const QString& name) const;
    // The profiles' names, but `except`'s.
    QStringList names(const QString& except = {}) const;
    // Adds the profile, or replaces the one of the same name. A profile needs a name.
    bool put(const ConnectionProfile& profile, QString* error);
    // Gives the profile `from` the name `to` (trimmed), which profileNameProblem() must accept.
    bool rename(const QString& from, const QString& to, QString* error);
    bool remove(const QString& name);

private:
    QList<ConnectionProfile> m_profiles;
};

} // namespace ct
