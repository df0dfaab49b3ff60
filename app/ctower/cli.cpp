#include "cli.h"

#include "store/storefactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace ct::cli {
namespace {

bool g_verbose = false;

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!g_verbose && type != QtFatalMsg)
        return;
    Q_UNUSED(context)
    QTextStream err(stderr);
    err << message << '\n';
}

void writeTo(FILE* stream, const QString& text)
{
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << '\n';
}

} // namespace

void installMessageHandler(bool verbose)
{
    g_verbose = verbose;
    qInstallMessageHandler(messageHandler);
}

Command::Command(const QString& name, const QString& summary)
    : m_name(name)
{
    m_parser.setApplicationDescription(summary);
    m_parser.addPositionalArgument(name, QStringLiteral("The command."), name);
    m_parser.addOption({QStringLiteral("verbose"), QStringLiteral("Show library diagnostics on stderr.")});
    m_parser.addHelpOption();
}

void Command::addStoreOption()
{
    m_parser.addOption({QStringLiteral("store"),
                        QStringLiteral("The telemetry store: sqlite:///path.db, a path, or postgresql://user@host:port/db."),
                        QStringLiteral("URL")});
}

void Command::addJsonOption()
{
    m_json = true;
    m_parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout.")});
}

void Command::addPositional(const QString& name, const QString& description)
{
    m_positionals << name;
    m_parser.addPositionalArgument(name, description);
}

void Command::addRepeatedPositional(const QString& name, const QString& description)
{
    m_positionals << name;
    m_repeatLast = true;
    m_parser.addPositionalArgument(name, description, name + QStringLiteral("..."));
}

void Command::addOptionalRepeatedPositional(const QString& name, const QString& description)
{
    addRepeatedPositional(name, description);
    m_lastOptional = true;
}

int Command::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        writeTo(stdout, m_parser.helpText());
        return Done;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > m_positionals.size() && !m_repeatLast)
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(m_positionals.size())));
    if (positional.size() < m_positionals.size() - (m_lastOptional ? 1 : 0))
        return usageError(QStringLiteral("missing %1").arg(m_positionals.at(positional.size())));
    return -1;
}

bool Command::readInt(const QString& name, qint64 min, qint64 max, qint64* value, QString* error)
{
    const QString text = m_parser.value(name);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(name, QString::number(min), QString::number(max), text);
        return false;
    }
    *value = v;
    return true;
}

QString Command::storeUrl(bool allowEnvironment)
{
    QString url = m_parser.value(QStringLiteral("store"));
    if (url.isEmpty() && allowEnvironment)
        url = qEnvironmentVariable("CTOWER_STORE");
    if (url.isEmpty()) {
        usageError(allowEnvironment ? QStringLiteral("no store given: pass --store URL or set CTOWER_STORE")
                                    : QStringLiteral("%1 needs an explicit --store URL").arg(m_name));
    }
    return url;
}

std::unique_ptr<TelemetryStore> Command::openStore(const QString& url, OpenMode mode)
{
    auto opened = ct::openStore(url, mode);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

std::unique_ptr<TelemetryStore> Command::start(const QStringList& arguments, OpenMode mode, int* exitCode)
{
    if (int rc = parse(arguments); rc >= 0) {
        *exitCode = rc;
        return nullptr;
    }
    return openGivenStore(mode, exitCode);
}

std::unique_ptr<TelemetryStore> Command::openGivenStore(OpenMode mode, int* exitCode)
{
    const QString url = storeUrl(true);
    if (url.isEmpty()) {
        *exitCode = Usage;
        return nullptr;
    }
    auto store = openStore(url, mode);
    *exitCode = store ? Done : Failed;
    return store;
}

std::unique_ptr<TelemetryStore> Command::openExistingStoreToWrite(int* exitCode)
{
    if (!openGivenStore(OpenMode::ReadOnly, exitCode)) // says "no store at …" rather than create one
        return nullptr;
    auto store = openStore(storeUrl(true), OpenMode::ReadWrite);
    *exitCode = store ? Done : Failed;
    return store;
}

void Command::addRoleOption()
{
    m_parser.addOption({QStringLiteral("role"),
                        QStringLiteral("The role to act in: viewer, operator (the default) or admin; never more than "
                                       "the store grants this connection."),
                        QStringLiteral("ROLE"), QStringLiteral("operator")});
}

std::optional<ActorRole> Command::actingRole(TelemetryStore& store, int* exitCode)
{
    const QString name = m_parser.value(QStringLiteral("role"));
    const std::optional<ActorRole> asked = actorRoleFromName(name.isEmpty() ? QStringLiteral("operator") : name);
    if (!asked) {
        *exitCode = usageError(QStringLiteral("--role must be viewer, operator or admin, not \"%1\"").arg(name));
        return std::nullopt;
    }
    const Expected<ActorRole> granted = store.grantedRole();
    if (!granted) {
        *exitCode = fail(granted.error());
        return std::nullopt;
    }
    const ActorRole acting = ct::actingRole(*asked, granted.value());
    if (acting != *asked)
        writeTo(stderr, QStringLiteral("ctower %1: acting as %2, the most %3 grants this connection (asked: %4)")
                            .arg(m_name, actorRoleName(acting), store.location().redacted(), actorRoleName(*asked)));
    return acting;
}

int Command::usageError(const QString& message)
{
    QString text = QStringLiteral("ctower %1: %2\n\n").arg(m_name, message) + m_parser.helpText();
    writeTo(stderr, text);
    return Usage;
}

int Command::fail(const QString& sentence)
{
    QString line = sentence;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    writeTo(stderr, QStringLiteral("ctower %1: %2").arg(m_name, line));
    return Failed;
}

void Command::printJson(const QJsonDocument& doc)
{
    printBytes(doc.toJson(QJsonDocument::Indented));
}

void Command::printBytes(const QByteArray& bytes)
{
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(bytes);
}

void Command::print(const QString& text)
{
    writeTo(stdout, text);
}

} // namespace ct::cli
