#include "storelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace ct {
namespace {

const QStringList& allowedPostgresOptions()
{
    static const QStringList names{QStringLiteral("sslmode"),     QStringLiteral("connect_timeout"),
                                   QStringLiteral("sslrootcert"), QStringLiteral("application_name"),
                                   QStringLiteral("host"),        QStringLiteral("target_session_attrs")};
    return names;
}

StoreError invalid(const QString& why)
{
    return StoreError::make(StoreError::Code::InvalidLocation, why);
}

Expected<StoreLocation> parseSqlite(const QString& text)
{
    StoreLocation loc;
    loc.engine = StoreLocation::Engine::Sqlite;
    QString path = text;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || !url.host().isEmpty() || url.hasQuery() || url.hasFragment())
            return invalid(QStringLiteral("the store URL \"%1\" is not valid: write sqlite:///absolute/path.db").arg(text));
        path = url.path(QUrl::FullyDecoded);
        if (!path.startsWith(QLatin1Char('/')))
            return invalid(QStringLiteral("the store URL \"%1\" needs an absolute path (sqlite:///path/to/store.db)").arg(text));
    }
    if (path.isEmpty() || path.endsWith(QLatin1Char('/')))
        return invalid(QStringLiteral("the store location \"%1\" does not name a file").arg(text));
    if (path.contains(QChar::Null))
        return invalid(QStringLiteral("the store location contains a NUL character"));
    loc.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return loc;
}

Expected<StoreLocation> parsePostgres(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(QStringLiteral("the store URL is not valid: %1").arg(url.errorString()));
    StoreLocation loc;
    loc.engine = StoreLocation::Engine::Postgres;
    loc.host = url.host(QUrl::FullyDecoded);
    loc.user = url.userName(QUrl::FullyDecoded);
    loc.password = url.password(QUrl::FullyDecoded);
    const int port = url.port(5432);
    if (port <= 0 || port > 65535)
        return invalid(QStringLiteral("the store URL has an invalid port"));
    loc.port = port;
    loc.database = url.path(QUrl::FullyDecoded);
    if (loc.database.startsWith(QLatin1Char('/')))
        loc.database.remove(0, 1);
    if (loc.database.isEmpty() || loc.database.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("the store URL must name one database (postgresql://user@host:port/database)"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedPostgresOptions().contains(key))
            return invalid(QStringLiteral("the store URL has an unknown option \"%1\" (allowed: %2)")
                               .arg(key, allowedPostgresOptions().join(QStringLiteral(", "))));
        if (key == QLatin1String("host"))
            loc.host = value;
        else
            loc.options.insert(key, value);
    }
    if (loc.host.isEmpty())
        return invalid(QStringLiteral("the store URL must name a host (postgresql://user@host:port/database)"));
    if (loc.options.contains(QStringLiteral("connect_timeout"))) {
        bool ok = false;
        const int t = loc.options.value(QStringLiteral("connect_timeout")).toInt(&ok);
        if (!ok || t < 1 || t > 3600)
            return invalid(QStringLiteral("connect_timeout in the store URL must be a number of seconds from 1 to 3600"));
    }
    static const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")};
    if (loc.options.contains(QStringLiteral("sslmode"))
        && !sslModes.contains(loc.options.value(QStringLiteral("sslmode"))))
        return invalid(QStringLiteral("sslmode in the store URL must be one of %1").arg(sslModes.join(QStringLiteral(", "))));
    return loc;
}

} // namespace

Expected<StoreLocation> StoreLocation::parse(const QString& rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return invalid(QStringLiteral("the store location is empty"));
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")))
        return parsePostgres(text);
    if (text.startsWith(QLatin1String("sqlite:")))
        return parseSqlite(text);
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme > 0)
        return invalid(QStringLiteral("the store URL scheme \"%1\" is not supported (use sqlite:/// or postgresql://)")
                           .arg(text.left(scheme)));
    return parseSqlite(text);
}

QString StoreLocation::redacted() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!user.isEmpty())
        url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(QStringLiteral("***"));
    const bool socket = host.startsWith(QLatin1Char('/'));
    url.setHost(socket ? QString() : host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

QString StoreLocation::engineName() const
{
    return engine == Engine::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

bool StoreLocation::isLocalHost() const
{
    if (engine == Engine::Sqlite || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost"))
        return true;
    // Loopback addresses: 127.0.0.0/8 and ::1 (no QtNetwork in the domain library).
    static const QRegularExpression v4(QStringLiteral(R"(^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$)"));
    return host == QLatin1String("::1") || host == QLatin1String("[::1]") || v4.match(host).hasMatch();
}

int StoreLocation::connectTimeoutSeconds() const
{
    return options.value(QStringLiteral("connect_timeout"), QStringLiteral("5")).toInt();
}

QString StoreLocation::postgresConnectOptions() const
{
    QStringList parts;
    parts << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds());
    const QString sslmode = options.value(QStringLiteral("sslmode"),
                                          isLocalHost() ? QStringLiteral("prefer") : QStringLiteral("verify-full"));
    parts << QStringLiteral("sslmode=") + sslmode;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() != QLatin1String("connect_timeout") && it.key() != QLatin1String("sslmode"))
            parts << it.key() + QLatin1Char('=') + it.value();
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace ct
