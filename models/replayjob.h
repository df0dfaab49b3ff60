#pragma once

#include "failedmessage.h"
#include "storeerror.h"
#include "timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// A bulk replay as the store remembers it, so that one a crash interrupted can go on where it
// stopped: the selection in order, the options it ran with, and how it ended.
struct ReplayJob {
    QString id;
    Timestamp createdAt;
    Timestamp updatedAt;
    QString actor;
    QString options;   // compact JSON: the target and the rate, as the replay command wrote them
    QString state;     // running (or interrupted: nobody finished it), done, cancelled, failed
    qint64 selected = 0;
    QString summary;   // one sentence on how it ended

    // Done: nothing of it is left to resume. A cancelled or failed one (the broker stayed away, the
    // store failed) and one nobody finished can go on.
    bool isFinished() const { return state == QLatin1String("done"); }
};

// Port: replay jobs and their selections.
class ReplayJobStore {
public:
    virtual ~ReplayJobStore() = default;

    // Records a new job (its id, when empty, made by the store) with its selection, in one transaction.
    virtual Expected<ReplayJob> createReplayJob(const ReplayJob& job, const QStringList& keys) = 0;
    // The job with this id; without one, the newest that did not finish (running, cancelled or failed).
    virtual Expected<std::optional<ReplayJob>> replayJob(const QString& id) = 0;
    virtual Expected<QStringList> replayJobKeys(const QString& id) = 0;
    virtual StoreError finishReplayJob(const QString& id, const QString& state, const QString& summary) = 0;
};

// What is left of a job's selection: the messages still to replay (open or unconfirmed, in the
// selection's order). Replayed, verified, closed and quarantined ones are done or need a person;
// ones still replaying belong to the replay the crash interrupted and are settled by the lineage.
QStringList keysLeftToReplay(const QStringList& selection, const QList<FailedMessage>& current);

} // namespace ct
