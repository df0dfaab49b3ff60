// ctower peak: the operating mode of the estate's failed-message actions. During a peak event what
// cannot be taken back is locked and replays go no faster than a budget, for every app and every
// ctower on the store.
#include "cli.h"

#include <QJsonObject>
#include <QLocale>

namespace ct::cli {
namespace {

QJsonObject modeJson(const OperatingMode& mode)
{
    return {{QStringLiteral("peak"), mode.peak},
            {QStringLiteral("replay_rate_budget"), mode.replayRateBudget},
            {QStringLiteral("since"), mode.since.isNull() ? QJsonValue() : QJsonValue(mode.since.toIso())},
            {QStringLiteral("set_by"), mode.setBy},
            {QStringLiteral("note"), mode.note}};
}

QString modeSentence(const OperatingMode& mode)
{
    const QString rate = QString::number(mode.replayRateBudget, 'f', QLocale::FloatingPointShortest);
    QString text = mode.peak ? QStringLiteral("Peak mode is on: discard, reopen, quarantine overrides and edited "
                                              "resubmissions are locked, and replays go at most %1 messages a second.")
                                   .arg(rate)
                             : QStringLiteral("Normal operation: every action is open to its role.");
    if (!mode.since.isNull())
        text += QStringLiteral(" Switched %1 by %2%3.")
                    .arg(mode.since.toIso(), mode.setBy,
                         mode.note.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(mode.note));
    return text;
}

} // namespace

int runPeak(const QStringList& arguments)
{
    Command command(QStringLiteral("peak"),
                    QStringLiteral("Peak-event mode for every app and ctower on the store: \"on\" locks what cannot be "
                                   "taken back (discard, reopen, quarantine overrides, edited resubmissions) and holds "
                                   "replays to a rate budget; \"off\" ends it. Without an argument, shows the mode. "
                                   "Each switch is audited."));
    command.addStoreOption();
    command.addJsonOption();
    command.addRoleOption();
    command.addOptionalRepeatedPositional(QStringLiteral("on|off"), QStringLiteral("Switch peak mode on or off."));
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("rate"),
                 QStringLiteral("With on: replays go at most N messages a second (default 50)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("note"), QStringLiteral("Why (kept in the audit trail)."), QStringLiteral("TEXT")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    const QStringList args = command.positionals();
    if (args.size() > 1 || (args.size() == 1 && args.first() != QLatin1String("on") && args.first() != QLatin1String("off")))
        return command.usageError(QStringLiteral("give \"on\", \"off\" or nothing, not \"%1\"").arg(args.join(QLatin1Char(' '))));
    const bool switching = !args.isEmpty();
    const bool on = switching && args.first() == QLatin1String("on");
    if (p.isSet(QStringLiteral("rate")) && !on)
        return command.usageError(QStringLiteral("--rate goes with \"on\""));
    qint64 rate = qint64(kDefaultPeakReplayRate);
    QString error;
    if (!command.readInt(QStringLiteral("rate"), 1, 1'000'000, &rate, &error))
        return command.usageError(error);

    int rc = Done;
    auto store = switching ? command.openExistingStoreToWrite(&rc) : command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    Expected<OperatingMode> mode = store->operatingMode();
    if (switching) {
        const std::optional<ActorRole> role = command.actingRole(*store, &rc);
        if (!role)
            return rc;
        OperatingModeChange change;
        change.peak = on;
        change.replayRateBudget = double(rate);
        change.role = *role;
        change.note = p.value(QStringLiteral("note"));
        mode = store->setOperatingMode(change);
    }
    if (!mode)
        return command.fail(mode.error());
    if (command.json())
        command.printJson(QJsonDocument(modeJson(mode.value())));
    else
        command.print(modeSentence(mode.value()));
    return Done;
}

} // namespace ct::cli
