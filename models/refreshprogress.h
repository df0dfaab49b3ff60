#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// How far the position connector got with one system. Error texts name the system, the URL path and
// the field; never a token.
struct SystemProgress {
    QString system;
    qint64 total = 0;       // requests planned, pages included as they are discovered
    qint64 done = 0;        // of them answered, failed or given up
    qint64 requests = 0;    // HTTP requests sent, retries included
    qint64 positions = 0;   // positions mapped and handed over
    qint64 errors = 0;      // failed requests and skipped items
    qint64 retries = 0;     // requests tried again after a 5xx, 503 or network error
    qint64 rateLimited = 0; // 429 answers waited out
    QStringList firstErrors; // the first few error sentences

    static constexpr int kKeptErrors = 5;
    void addError(const QString& sentence)
    {
        ++errors;
        if (firstErrors.size() < kKeptErrors)
            firstErrors.append(sentence);
    }
};

struct RefreshProgress {
    QList<SystemProgress> systems;
    bool cancelled = false;

    qint64 errors() const
    {
        qint64 n = 0;
        for (const SystemProgress& s : systems)
            n += s.errors;
        return n;
    }
};

} // namespace ct
