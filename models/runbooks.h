#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace ct {

// What the team wrote down for one kind of failure: what to check, when a replay is safe, whom to
// call, and where the full page is.
struct Runbook {
    QString queue;       // a queue name, or a pattern with * (e.g. "erp.*.dlq"); empty or "*": any
    QString errorClass;  // empty or "*": any
    QString title;
    QString check;
    QString replaySafeWhen;
    QString contact;
    QUrl link;           // http or https only
};

// The runbooks of a file in the form of resources/runbooks.json. For a failure, the most specific
// one applies: an exact queue before a pattern, a longer pattern before a shorter, a named error
// class before any; among equals, the first in the file.
class RunbookLibrary {
public:
    RunbookLibrary() = default;
    explicit RunbookLibrary(QList<Runbook> runbooks) : m_runbooks(std::move(runbooks)) {}

    // Empty with *error set (a sentence naming the entry) when the document is malformed.
    static RunbookLibrary fromJson(const QByteArray& json, QString* error);
    // The file's runbooks; empty with *error set when it cannot be read or is malformed.
    static RunbookLibrary fromFile(const QString& path, QString* error);

    const Runbook* find(const QString& queue, const QString& errorClass) const;
    qsizetype size() const { return m_runbooks.size(); }

private:
    QList<Runbook> m_runbooks;
};

// The runbooks in use and where they came from: `path` when given, else the user's
// controltower/runbooks.json in the configuration folder when there is one, else the examples
// compiled in. A file that cannot be used leaves the library empty and says why in `error`.
struct RunbookSource {
    RunbookLibrary library;
    QString origin;
    QString error;
};
RunbookSource loadRunbooks(const QString& path = {});

} // namespace ct
