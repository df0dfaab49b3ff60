#pragma once

#include <QString>
#include <QStringList>

namespace ct::app {

// The desktop application's command line.
struct AppOptions {
    QString storeUrl;     // empty: the demo store in the user's data folder
    QString snapshotDir;  // set: render every page to PNG there and exit
    QString language;     // empty: the system locale
    QString runbooksFile; // empty: the user's controltower/runbooks.json, else the examples built in
    QString role;         // empty: the role chosen last time, else operator
    bool dark = false;

    // Returns -1 to go on, else the exit status (0 after --help/--version, 2 on a usage error).
    int parse(const QStringList& arguments);
};

} // namespace ct::app
