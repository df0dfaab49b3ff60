#include "cli.h"

namespace ct::cli {

int runMigrate(const QStringList& arguments)
{
    Command command(QStringLiteral("migrate"), QStringLiteral("Create a store or bring its schema up to date."));
    command.addStoreOption();
    // Opening for writing applies every pending migration under the engine's write lock.
    int exitCode = Done;
    auto store = command.start(arguments, OpenMode::ReadWrite, &exitCode);
    if (!store)
        return exitCode;
    auto info = store->info();
    if (!info)
        return command.fail(info.error());
    command.print(
        QStringLiteral("%1 is at schema version %2.").arg(info->location, QString::number(info->schemaVersion)));
    return Done;
}

} // namespace ct::cli
