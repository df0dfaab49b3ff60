#pragma once

#include "storeerror.h"
#include "telemetrystore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>

#include <memory>
#include <optional>

namespace ct::cli {

// Exit statuses of ARCHITECTURE.md §10: a contract that scripts depend on.
enum Exit { Done = 0, Failed = 1, Usage = 2, NothingMatched = 3, Partial = 4 };

// What every subcommand shares: its parser, the standard options, and one-sentence output rules.
class Command {
public:
    Command(const QString& name, const QString& summary);
    QCommandLineParser& parser() { return m_parser; }
    void addStoreOption();
    void addJsonOption();
    // --role viewer|operator|admin: the role to act in (operator when not given).
    void addRoleOption();
    // An argument the command takes by position; parse() then wants each of them, and no more.
    void addPositional(const QString& name, const QString& description);
    // The last positional argument, which may be given more than once ("KEY..."); at least once.
    void addRepeatedPositional(const QString& name, const QString& description);
    // Like addRepeatedPositional(), but it may also be left out.
    void addOptionalRepeatedPositional(const QString& name, const QString& description);
    QString positional(qsizetype index) const { return m_parser.positionalArguments().value(index); }
    QStringList positionals() const { return m_parser.positionalArguments(); }

    // Parses; on --help prints usage and returns Done; on a usage error prints it with usage and
    // returns Usage. Returns -1 when the command should go on.
    int parse(const QStringList& arguments);
    bool json() const { return m_json && m_parser.isSet(QStringLiteral("json")); }

    // Reads an integer option within [min, max] into *value (left alone when the option is absent);
    // false with *error set (a usage error) on a bad value.
    bool readInt(const QString& name, qint64 min, qint64 max, qint64* value, QString* error);
    // The store URL from --store, else CTOWER_STORE when allowEnvironment. Empty: a usage error was printed.
    QString storeUrl(bool allowEnvironment);
    // Opens the store, printing the error sentence on failure (returns nullptr).
    std::unique_ptr<TelemetryStore> openStore(const QString& url, OpenMode mode);
    // The usual start of a command: parse, find the store (--store or CTOWER_STORE), open it. Returns
    // nullptr with *exitCode set when the command ends here (help, usage error, failure).
    std::unique_ptr<TelemetryStore> start(const QStringList& arguments, OpenMode mode, int* exitCode);
    // start() after parse(): the store of --store or CTOWER_STORE, opened.
    std::unique_ptr<TelemetryStore> openGivenStore(OpenMode mode, int* exitCode);
    // For commands that change what a store holds: a missing store is an error, never created.
    std::unique_ptr<TelemetryStore> openExistingStoreToWrite(int* exitCode);

    // The role to act in on this store: --role, never more than the store grants the connection (a
    // line on stderr says so when it grants less). Nothing, with *exitCode set, on a bad --role or
    // when the store cannot say.
    std::optional<ActorRole> actingRole(TelemetryStore& store, int* exitCode);

    int usageError(const QString& message);
    int fail(const QString& sentence);
    int fail(const StoreError& error) { return fail(error.text); }
    void printJson(const QJsonDocument& doc);
    void printBytes(const QByteArray& bytes);  // as they are (a CSV document)
    void print(const QString& text);

private:
    QString m_name;
    QCommandLineParser m_parser;
    QStringList m_positionals;
    bool m_json = false;
    bool m_repeatLast = false;
    bool m_lastOptional = false;
};

int runDemo(const QStringList& arguments);
int runStats(const QStringList& arguments);
int runInfo(const QStringList& arguments);
int runMigrate(const QStringList& arguments);
int runCollect(const QStringList& arguments);
int runLineage(const QStringList& arguments);
int runFind(const QStringList& arguments);
int runDlq(const QStringList& arguments);
int runAudit(const QStringList& arguments);
int runDeltas(const QStringList& arguments);
int runRefresh(const QStringList& arguments);
int runSla(const QStringList& arguments);
int runPosting(const QStringList& arguments);
int runIncidents(const QStringList& arguments);
int runHealth(const QStringList& arguments);
int runQuality(const QStringList& arguments);
int runPeak(const QStringList& arguments);
int runBlocking(const QStringList& arguments);

// Keeps Qt's and libpq's own lines off stderr unless verbose.
void installMessageHandler(bool verbose);

} // namespace ct::cli
