#include "dlqcommon.h"

#include "amqp/amqpurl.h"
#include "amqp/replayer.h"
#include "auditentry.h"
#include "payloads/protobufpayloaddecoder.h"
#include "personaldatamask.h"
#include "resubmission.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace ct::cli {
namespace {

QString changeWord(FieldDifference::Change change)
{
    switch (change) {
    case FieldDifference::Change::Missing:
        return QStringLiteral("removed");
    case FieldDifference::Change::Extra:
        return QStringLiteral("added");
    case FieldDifference::Change::Changed:
        return QStringLiteral("changed");
    }
    return QString();
}

// The edit's differences: a is the edited copy, b the original (personal values already hidden).
QJsonArray changesJson(const FieldDifferences& d)
{
    QJsonArray rows;
    for (const FieldDifference& f : d.items)
        rows.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("change"), changeWord(f.change)},
                                {QStringLiteral("before"), f.b}, {QStringLiteral("after"), f.a}});
    return rows;
}

void printChanges(Command& command, const Resubmission& r)
{
    for (const FieldDifference& f : r.changes.items)
        command.print(QStringLiteral("  %1 %2: %3 -> %4")
                          .arg(changeWord(f.change), f.path.isEmpty() ? QStringLiteral("(payload)") : f.path,
                               f.b.isEmpty() ? QStringLiteral("-") : f.b, f.a.isEmpty() ? QStringLiteral("-") : f.a));
    if (r.changes.omitted > 0)
        command.print(QStringLiteral("  … %1 more").arg(r.changes.omitted));
    for (const QString& w : r.warnings)
        command.print(QStringLiteral("  warning: %1").arg(w));
}

QByteArray readEdit(const QString& path, QString* error)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

// Edit & resubmit (ARCHITECTURE.md §7): prints the payload to edit, or checks an edited copy, shows
// its differences and sends it instead of the stored payload, as a replay with publisher confirms.
int runDlqResubmit(const QStringList& arguments)
{
    Command command(QStringLiteral("dlq resubmit"),
                    QStringLiteral("Edit & resubmit one failed message: --print-payload writes the payload to edit "
                                   "(personal data masked; a masked value left as it is keeps the original's data); "
                                   "--payload FILE checks the edited copy (JSON, the protobuf contract), shows what "
                                   "changed and sends it instead of the stored one."));
    command.addStoreOption();
    command.addJsonOption();
    command.addRoleOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("print-payload"), QStringLiteral("Write the payload to edit to stdout, and nothing else.")});
    p.addOption({QStringLiteral("payload"), QStringLiteral("The edited payload (- for stdin)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("amqp"), QStringLiteral("The broker (password from CTOWER_AMQP_PASSWORD when the URL has none)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Send it to this queue instead of the one it died in."), QStringLiteral("QUEUE")});
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("Check and show the differences; send nothing.")});
    command.addPositional(QStringLiteral("ID"), QStringLiteral("The failed message (the id of dlq list)."));
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    const bool printing = p.isSet(QStringLiteral("print-payload"));
    if (printing == p.isSet(QStringLiteral("payload")))
        return command.usageError(QStringLiteral("give --print-payload, or --payload FILE"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    amqp::AmqpUrl amqpUrl;
    QString error;
    if (!printing && !dryRun) {
        if (!p.isSet(QStringLiteral("amqp")))
            return command.usageError(QStringLiteral("dlq resubmit needs --amqp URL (or --dry-run)"));
        if (!amqp::AmqpUrl::parse(p.value(QStringLiteral("amqp")), qEnvironmentVariable("CTOWER_AMQP_PASSWORD"), &amqpUrl, &error))
            return command.usageError(error);
    }
    int rc = 0;
    auto store = printing || dryRun ? command.openGivenStore(OpenMode::ReadOnly, &rc) : command.openExistingStoreToWrite(&rc);
    if (!store)
        return rc;
    const std::optional<FailedMessage> named = namedMessage(command, *store, &rc);
    if (!named)
        return rc;
    const FailedMessage& m = *named;
    const ProtobufPayloadDecoder decoder;
    const PersonalDataMask& mask = PersonalDataMask::standard();
    if (printing) {
        const QString text = editablePayload(m, &decoder, mask, &error);
        if (text.isEmpty())
            return command.fail(error);
        std::fputs(text.toUtf8().constData(), stdout);
        return Done;
    }
    const QByteArray edited = readEdit(p.value(QStringLiteral("payload")), &error);
    if (!error.isEmpty())
        return command.fail(error);
    const Resubmission r = prepareResubmission(m, QString::fromUtf8(edited), &decoder, mask);
    QJsonObject json{{QStringLiteral("id"), m.key},
                     {QStringLiteral("changes"), changesJson(r.changes)},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                     {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)},
                     {QStringLiteral("sha256_before"), r.sha256Before},
                     {QStringLiteral("sha256_after"), r.sha256After}};
    if (!r.ok()) {
        if (command.json())
            return command.fail(r.errors.join(QStringLiteral("; ")));  // a failure leaves stdout empty
        printChanges(command, r);
        return command.fail(QStringLiteral("the edited copy may not be sent: ") + r.errors.join(QStringLiteral("; ")));
    }
    if (dryRun) {
        if (command.json()) {
            json.insert(QStringLiteral("sent"), false);
            command.printJson(QJsonDocument(json));
        } else {
            command.print(QStringLiteral("The edited copy of %1 would go (dry run: nothing sent):").arg(m.key));
            printChanges(command, r);
        }
        return Done;
    }
    const std::optional<ActorRole> role = command.actingRole(*store, &rc);
    if (!role)
        return rc;
    amqp::ReplayOptions options;
    options.ratePerSecond = 0;
    options.actor = AuditEntry::localActor();
    options.role = *role;
    if (p.isSet(QStringLiteral("to"))) {
        options.target.route = ReplayTarget::Route::ToQueue;
        options.target.queue = p.value(QStringLiteral("to"));
    }
    options.edits.insert(m.key, ReplayEdit{r.body, r.sha256Before, r.sha256After});
    const amqp::ReplayReport report = amqp::Replayer(*store, amqpUrl.full, options).run({m.key});
    const bool sent = report.sent == 1;
    const QString why = !report.skippedWhy.isEmpty() ? report.skippedWhy.join(QStringLiteral("; "))
                        : !report.error.isEmpty()   ? report.error
                        : report.notSent > 0        ? QStringLiteral("the broker did not take it")
                                                    : QStringLiteral("the broker did not confirm it in time");
    if (command.json()) {
        json.insert(QStringLiteral("sent"), sent);
        json.insert(QStringLiteral("broker"), amqpUrl.redacted);
        if (!sent)
            json.insert(QStringLiteral("why"), why);
        command.printJson(QJsonDocument(json));
    } else {
        command.print(sent ? QStringLiteral("The edited copy of %1 was sent to %2 and confirmed:").arg(m.key, amqpUrl.redacted)
                           : QStringLiteral("The edited copy of %1 was not sent: %2.").arg(m.key, why));
        printChanges(command, r);
    }
    return sent ? Done : Partial;
}

} // namespace ct::cli
