#include "cli.h"

#include <QJsonObject>
#include <QLocale>

namespace ct::cli {
namespace {

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

int runInfo(const QStringList& arguments)
{
    Command command(QStringLiteral("info"),
                    QStringLiteral("Show where a store is, its engine, size, schema version and last change."));
    command.addStoreOption();
    command.addJsonOption();
    int exitCode = Done;
    auto store = command.start(arguments, OpenMode::ReadOnly, &exitCode);
    if (!store)
        return exitCode;
    auto info = store->info();
    if (!info)
        return command.fail(info.error());
    if (command.json()) {
        command.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("location"), info->location},
            {QStringLiteral("engine"), info->engine},
            {QStringLiteral("server_version"), info->serverVersion},
            {QStringLiteral("size_bytes"), info->sizeBytes},
            {QStringLiteral("schema_version"), info->schemaVersion},
            {QStringLiteral("created_at"), info->createdAt.toIso()},
            {QStringLiteral("last_change_at"), info->lastChangeAt.toIso()},
            {QStringLiteral("granted_role"), actorRoleName(info->grantedRole)},
        }));
        return Done;
    }
    command.print(QStringLiteral("Location:        %1\n"
                                 "Engine:          %2 (%3)\n"
                                 "Size:            %4\n"
                                 "Schema version:  %5\n"
                                 "Created:         %6\n"
                                 "Last change:     %7\n"
                                 "Granted role:    %8 (the most this connection may do)")
                      .arg(info->location, info->engine, info->serverVersion, humanSize(info->sizeBytes),
                           QString::number(info->schemaVersion), info->createdAt.toIso(),
                           info->lastChangeAt.toIso(), actorRoleName(info->grantedRole)));
    return Done;
}

} // namespace ct::cli
