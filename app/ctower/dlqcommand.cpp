#include "dlqcommon.h"

#include <cstdio>

namespace ct::cli {
namespace {

const char kDlqUsage[] = "Usage: ctower dlq list|show|export|replay|resubmit|verify|resolve|discard|assign|snooze|reopen|queues [options]   (ctower dlq SUBCOMMAND --help "
                         "for its options)\n";

} // namespace

int runDlq(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return runDlqList(rest);
    if (sub == QLatin1String("replay"))
        return runDlqReplay(rest);
    if (sub == QLatin1String("resubmit"))
        return runDlqResubmit(rest);
    if (sub == QLatin1String("verify"))
        return runDlqVerify(rest);
    if (sub == QLatin1String("show"))
        return runDlqShow(rest, false);
    if (sub == QLatin1String("export"))
        return runDlqShow(rest, true);
    if (sub == QLatin1String("queues"))
        return runDlqQueues(rest);
    if (sub == QLatin1String("resolve"))
        return runDlqTransition(rest, TransitionAction::Resolve);
    if (sub == QLatin1String("discard"))
        return runDlqTransition(rest, TransitionAction::Discard);
    if (sub == QLatin1String("assign"))
        return runDlqTransition(rest, TransitionAction::Assign);
    if (sub == QLatin1String("snooze"))
        return runDlqTransition(rest, TransitionAction::Snooze);
    if (sub == QLatin1String("reopen"))
        return runDlqTransition(rest, TransitionAction::Reopen);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        std::fputs(kDlqUsage, stdout);
        return Done;
    }
    std::fputs(kDlqUsage, stderr);
    return Usage;
}

} // namespace ct::cli
