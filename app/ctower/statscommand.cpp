#include "cli.h"

namespace ct::cli {

int runStats(const QStringList& arguments)
{
    Command command(QStringLiteral("stats"), QStringLiteral("Count what a store holds."));
    command.addStoreOption();
    command.addJsonOption();
    int exitCode = Done;
    auto store = command.start(arguments, OpenMode::ReadOnly, &exitCode);
    if (!store)
        return exitCode;
    auto stats = store->stats();
    if (!stats)
        return command.fail(stats.error());
    if (command.json())
        command.printJson(QJsonDocument(stats->toJson()));
    else
        command.print(stats->toText());
    return Done;
}

} // namespace ct::cli
