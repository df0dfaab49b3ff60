#pragma once

#include "storeerror.h"

#include <QMap>
#include <QString>

namespace ct {

// Where a store lives: `sqlite:///abs/path.db`, a bare path, or
// `postgresql://user[:password]@host[:port]/database[?sslmode=…&connect_timeout=…]`.
struct StoreLocation {
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path;                 // SQLite: absolute file path
    QString host;                 // PostgreSQL: host name, address, or a socket folder (starts with '/')
    int port = 5432;
    QString user;
    QString password;             // never printed; see redacted()
    QString database;
    QMap<QString, QString> options;  // libpq options given in the query string

    static Expected<StoreLocation> parse(const QString& text);

    // The location as a person may see it: the password replaced by "***".
    QString redacted() const;
    QString engineName() const;
    // Loopback or a local socket: the only hosts where TLS is not demanded by default.
    bool isLocalHost() const;
    // The libpq connection options to apply (connect_timeout and sslmode always set).
    QString postgresConnectOptions() const;
    int connectTimeoutSeconds() const;
};

} // namespace ct
