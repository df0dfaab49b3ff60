#include "cli.h"

#include "auditfilter.h"
#include "auditverification.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ct::cli {
namespace {

constexpr qsizetype kDetailWidth = 60;

QJsonObject entryJson(const AuditEntry& e)
{
    return QJsonObject{
        {QStringLiteral("seq"), e.seq},
        {QStringLiteral("at"), e.at.toIso()},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("role"), e.role},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("target"), e.target},
        {QStringLiteral("before"), e.before},
        {QStringLiteral("after"), e.after},
        {QStringLiteral("result"), e.result},
        {QStringLiteral("detail"), e.detail},
        {QStringLiteral("prev_hash"), e.prevHash},
        {QStringLiteral("hash"), e.hash},
    };
}

// The first line of a detail, cut to fit a terminal row.
QString shortDetail(const QString& detail)
{
    const QString line = detail.section(QLatin1Char('\n'), 0, 0);
    return line.size() > kDetailWidth || line.size() < detail.size() ? line.left(kDetailWidth - 1) + QChar(0x2026)
                                                                      : line;
}

QString trailText(const QList<AuditEntry>& entries)
{
    QList<QStringList> rows{{QStringLiteral("SEQ"), QStringLiteral("TIME (UTC)"), QStringLiteral("ACTOR"),
                             QStringLiteral("ROLE"), QStringLiteral("ACTION"), QStringLiteral("TARGET"),
                             QStringLiteral("RESULT"), QStringLiteral("DETAIL")}};
    for (const AuditEntry& e : entries)
        rows.append({QString::number(e.seq), e.at.toIso(), e.actor, e.role, e.action, e.target, e.result,
                     shortDetail(e.detail)});
    return textTable(rows);
}

QString breakSentence(const AuditVerification& v)
{
    const QString why = v.reason == AuditBreak::HashMismatch
                            ? QStringLiteral("its hash does not match its content (hash mismatch)")
                            : QStringLiteral("its prev_hash does not link to the hash of the entry before it");
    return QStringLiteral("audit trail broken at seq %1: %2; %3 entries checked")
        .arg(QString::number(v.firstBrokenSeq), why, QString::number(v.entries));
}

int verify(Command& command, const QList<AuditEntry>& trail)
{
    const AuditVerification v = verifyAuditChain(trail);
    if (command.json()) {
        QJsonObject doc{{QStringLiteral("intact"), v.intact()}, {QStringLiteral("entries"), v.entries}};
        if (v.intact()) {
            doc.insert(QStringLiteral("last_hash"), v.lastHash);
        } else {
            doc.insert(QStringLiteral("first_broken_seq"), v.firstBrokenSeq);
            doc.insert(QStringLiteral("reason"), auditBreakName(v.reason));
        }
        // A broken chain is the answer to the question asked, not a failure to answer it: printed.
        command.printJson(QJsonDocument(doc));
    }
    if (!v.intact())
        return command.fail(breakSentence(v));
    if (!command.json())
        command.print(QStringLiteral("Audit trail intact: %1 entries, last hash %2.")
                          .arg(QString::number(v.entries), v.lastHash.isEmpty() ? QStringLiteral("(none)") : v.lastHash));
    return Done;
}

// The filters of the options; empty, or a usage error.
QString readFilter(Command& command, AuditFilter* filter)
{
    const QCommandLineParser& p = command.parser();
    filter->actor = p.value(QStringLiteral("actor"));
    filter->actionPrefix = p.value(QStringLiteral("action"));
    filter->result = p.value(QStringLiteral("result"));
    if (const QString since = p.value(QStringLiteral("since")); !since.isEmpty()) {
        const auto parsed = Timestamp::fromIso(since);
        if (!parsed)
            return QStringLiteral("--since must be an ISO 8601 time with a zone (2026-11-02T10:00:00Z), not \"%1\"")
                .arg(since);
        filter->since = *parsed;
    }
    return {};
}

} // namespace

int runAudit(const QStringList& arguments)
{
    Command command(QStringLiteral("audit"),
                    QStringLiteral("The store's append-only audit trail, oldest first, or with --verify whether "
                                   "its hash chain is intact (exit 1 when it is not)."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("verify"),
                 QStringLiteral("Check the whole hash chain: every entry links to the one before and its hash "
                                "matches its content.")});
    p.addOption({QStringLiteral("actor"), QStringLiteral("Only the entries of this actor."), QStringLiteral("A")});
    p.addOption({QStringLiteral("action"), QStringLiteral("Only actions starting with this (e.g. dlq, payload.unmasked)."),
                 QStringLiteral("PREFIX")});
    p.addOption({QStringLiteral("result"), QStringLiteral("Only entries with this result (e.g. ok, refused, not_sent)."),
                 QStringLiteral("R")});
    p.addOption({QStringLiteral("since"), QStringLiteral("Only entries at or after this time (ISO 8601)."),
                 QStringLiteral("ISO8601")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    AuditFilter filter;
    if (QString e = readFilter(command, &filter); !e.isEmpty())
        return command.usageError(e);
    const bool verifying = p.isSet(QStringLiteral("verify"));
    if (verifying && !filter.isEmpty())
        return command.usageError(QStringLiteral("--verify checks the whole trail: it takes no filters"));
    int rc = Done;
    auto store = command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    auto trail = store->auditTrail();
    if (!trail)
        return command.fail(trail.error());
    if (verifying)
        return verify(command, trail.value());

    // An entry about several targets (a bulk action's window) is shown as a row per target, each with
    // the entry's seq and hashes.
    QList<AuditEntry> rows;
    rows.reserve(trail->size());
    for (const AuditEntry& e : trail.value())
        rows += e.perTarget();
    const QList<AuditEntry> shown = filterAuditEntries(rows, filter);
    if (shown.isEmpty()) {
        command.fail((filter.isEmpty() ? QStringLiteral("the audit trail of %1 is empty")
                                       : QStringLiteral("no audit entry in %1 matches the filters"))
                         .arg(store->location().redacted()));
        return NothingMatched;
    }
    if (command.json()) {
        QJsonArray rows;
        for (const AuditEntry& e : shown)
            rows.append(entryJson(e));
        command.printJson(QJsonDocument(rows));
    } else {
        command.print(trailText(shown));
    }
    return Done;
}

} // namespace ct::cli
