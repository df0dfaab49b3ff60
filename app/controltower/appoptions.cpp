#include "appoptions.h"

#include "actorrole.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace ct::app {

int AppOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Control Tower: operations control tower for retail integration."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("The telemetry store (sqlite:///path.db, a path, or "
                                                  "postgresql://user@host:port/db). Default: the demo store."),
                                   QStringLiteral("URL"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"),
                                      QStringLiteral("Render every page at 1440x900 to DIR/<page>.png and exit."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language, e.g. de or en (default: the system's)."),
                                  QStringLiteral("L"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use the dark theme."));
    const QCommandLineOption runbooks(QStringLiteral("runbooks"),
                                      QStringLiteral("The runbooks the Exceptions page shows (JSON, as "
                                                     "resources/runbooks.json). Default: "
                                                     "~/.config/controltower/runbooks.json, else the examples."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("The role to act in: viewer, operator or admin (default: the one "
                                                 "chosen last time, else operator); never more than the store grants."),
                                  QStringLiteral("ROLE"));
    parser.addOptions({store, snapshot, lang, dark, runbooks, role});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "controltower: " << parser.errorText() << "\n\n" << parser.helpText();
        return 2;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << "controltower " << QStringLiteral(CT_VERSION) << '\n';
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "controltower: unexpected argument \"" << parser.positionalArguments().constFirst()
                            << "\"\n\n" << parser.helpText();
        return 2;
    }
    this->role = parser.value(role);
    if (!this->role.isEmpty() && !actorRoleFromName(this->role)) {
        QTextStream(stderr) << "controltower: --role must be viewer, operator or admin, not \"" << this->role
                            << "\"\n\n" << parser.helpText();
        return 2;
    }
    storeUrl = parser.value(store);
    snapshotDir = parser.value(snapshot);
    language = parser.value(lang);
    this->dark = parser.isSet(dark);
    runbooksFile = parser.value(runbooks);
    return -1;
}

} // namespace ct::app
