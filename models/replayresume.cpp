#include "replayresume.h"

namespace ct {

Expected<std::optional<ReplayToResume>> replayToResume(ReplayJobStore& jobs, FailedMessageStore& failed, const QString& id)
{
    auto job = jobs.replayJob(id);
    if (!job)
        return job.error();
    if (!job.value().has_value() || job.value()->isFinished())
        return std::optional<ReplayToResume>();
    auto selection = jobs.replayJobKeys(job.value()->id);
    if (!selection)
        return selection.error();
    auto current = failed.failedMessagesByKey(selection.value());
    if (!current)
        return current.error();
    return std::optional<ReplayToResume>(ReplayToResume{*job.value(), keysLeftToReplay(selection.value(), current.value())});
}

} // namespace ct
