#include "postgreserror.h"

#include <QRegularExpression>

namespace ct {
namespace {

using Code = StoreError::Code;

// What a libpq or server message means, recognised by a phrase of it (libpq's own English texts;
// a translated libpq falls through to the generic sentence, which is still one line).
struct Meaning {
    const char* phrase;
    Code code;
    const char* reason;
};

const Meaning kMeanings[] = {
    {"Connection refused", Code::Unreachable, "connection refused"},
    {"could not translate host name", Code::Unreachable, "unknown host name"},
    {"No route to host", Code::Unreachable, "no route to host"},
    {"Network is unreachable", Code::Unreachable, "network unreachable"},
    {"No such file or directory", Code::Unreachable, "no server socket there"},
    {"server closed the connection unexpectedly", Code::Unreachable, "the server closed the connection"},
    {"the database system is starting up", Code::Unreachable, "the server is starting up"},
    {"the database system is shutting down", Code::Unreachable, "the server is shutting down"},
    {"too many clients", Code::Unreachable, "the server has no free connection slots"},
    {"password authentication failed", Code::AccessDenied, "password authentication failed"},
    {"no password supplied", Code::AccessDenied, "no password given: put it in the URL or in CTOWER_STORE_PASSWORD"},
    {"no pg_hba.conf entry", Code::AccessDenied, "the server's pg_hba.conf does not admit this host and user"},
    {"authentication failed", Code::AccessDenied, "authentication failed"},
    {"permission denied", Code::AccessDenied, "permission denied"},
};

QString stripPrefixes(QString line)
{
    // "connection to server at "h", port 5432 failed: FATAL:  reason" -> "reason"
    const qsizetype failed = line.indexOf(QLatin1String(" failed: "));
    if (line.startsWith(QLatin1String("connection to server")) && failed > 0)
        line = line.mid(failed + 9);
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC|WARNING):\\s+"));
    line.remove(severity);
    line = line.trimmed();
    if (line.endsWith(QLatin1Char('.')))
        line.chop(1);
    return line;
}

// The user libpq logged in as: named in its message (it may be the operating system's user when the
// URL names none), else the URL's.
QString userIn(const QString& libpqMessage, const StoreLocation& location)
{
    static const QRegularExpression quoted(QStringLiteral(R"re((?:role|user) "([^"]*)")re"));
    const QRegularExpressionMatch m = quoted.match(libpqMessage);
    return m.hasMatch() ? m.captured(1) : location.user;
}

} // namespace

QString postgresMessageLine(const QString& libpqMessage)
{
    const QStringList lines = libpqMessage.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QString text = stripPrefixes(line);
        if (!text.isEmpty())
            return text;
    }
    return QStringLiteral("no reason given");
}

QString postgresServerName(const StoreLocation& location)
{
    if (location.host.startsWith(QLatin1Char('/')))
        return QStringLiteral("the socket in %1 (port %2)").arg(location.host).arg(location.port);
    if (location.host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(location.host).arg(location.port);
    return QStringLiteral("%1:%2").arg(location.host).arg(location.port);
}

StoreError postgresConnectError(const QString& libpqMessage, const StoreLocation& location, const QString& password)
{
    const QString server = postgresServerName(location);
    if (libpqMessage.contains(QLatin1String("timeout expired")))
        return StoreError::make(Code::Unreachable, QStringLiteral("PostgreSQL at %1 did not answer within %2 s")
                                                       .arg(server)
                                                       .arg(location.connectTimeoutSeconds()));
    QString detail = postgresMessageLine(libpqMessage);
    if (!password.isEmpty())
        detail.replace(password, QStringLiteral("***"));
    if (libpqMessage.contains(QLatin1String("SSL")) || libpqMessage.contains(QLatin1String("certificate")))
        return StoreError::make(Code::Unreachable,
                                QStringLiteral("cannot connect securely to PostgreSQL at %1 (%2)").arg(server, detail));
    static const QRegularExpression noDatabase(QStringLiteral(R"re(database "[^"]*" does not exist)re"));
    if (noDatabase.match(libpqMessage).hasMatch())
        return StoreError::make(Code::NotFound, QStringLiteral("PostgreSQL at %1 has no database \"%2\"")
                                                    .arg(server, location.database));
    static const QRegularExpression noRole(QStringLiteral(R"re(role "[^"]*" does not exist)re"));
    if (noRole.match(libpqMessage).hasMatch())
        return StoreError::make(Code::AccessDenied, QStringLiteral("PostgreSQL at %1 has no user \"%2\"")
                                                        .arg(server, userIn(libpqMessage, location)));
    for (const Meaning& m : kMeanings) {
        if (!libpqMessage.contains(QLatin1String(m.phrase)))
            continue;
        if (m.code == Code::AccessDenied)
            return StoreError::make(m.code, QStringLiteral("PostgreSQL at %1 refused user \"%2\" (%3)")
                                                .arg(server, userIn(libpqMessage, location), QLatin1String(m.reason)));
        return StoreError::make(m.code, QStringLiteral("cannot reach PostgreSQL at %1 (%2)")
                                            .arg(server, QLatin1String(m.reason)));
    }
    return StoreError::make(Code::Unreachable,
                            QStringLiteral("cannot connect to PostgreSQL at %1 (%2)").arg(server, detail));
}

StoreError postgresStatementError(const QString& libpqMessage, const QString& sqlState, bool connectionLost,
                                  const QString& doing, const StoreLocation& location)
{
    // Connection exceptions (08…) and a server shutting down or terminating us (57P…) end the session.
    if (connectionLost || sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P")))
        return StoreError::make(Code::Unreachable,
                                QStringLiteral("lost the connection to PostgreSQL at %1 while %2 (%3)")
                                    .arg(postgresServerName(location), doing, postgresMessageLine(libpqMessage)));
    // Deadlock detected, or a serialization failure: another writer got in the way; try again.
    if (sqlState == QLatin1String("40P01") || sqlState == QLatin1String("40001"))
        return StoreError::make(Code::Contention,
                                QStringLiteral("%1 on %2 collided with another writer: %3")
                                    .arg(doing, location.redacted(), postgresMessageLine(libpqMessage)));
    // Insufficient privilege, or a store opened read-only.
    const bool denied = sqlState == QLatin1String("42501") || sqlState == QLatin1String("25006");
    return StoreError::make(denied ? Code::AccessDenied : Code::QueryFailed,
                            QStringLiteral("%1 failed on %2: %3")
                                .arg(doing, location.redacted(), postgresMessageLine(libpqMessage)));
}

} // namespace ct
