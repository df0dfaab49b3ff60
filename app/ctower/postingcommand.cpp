#include "cli.h"
#include "texttable.h"

#include "flowdefinitions.h"
#include "moneytext.h"
#include "postingcsv.h"
#include "postingledger.h"
#include "postingoverview.h"
#include "timeformat.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace ct::cli {
namespace {

const QDate kEpoch(1970, 1, 1);

QJsonValue timeOrNull(Timestamp at)
{
    return at.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(at.toIso());
}

QJsonValue taxOrNull(const std::optional<qint64>& tax)
{
    return tax ? QJsonValue(*tax) : QJsonValue(QJsonValue::Null);
}

QString money(qint64 minor, const QString& currency)
{
    return moneyText(minor, currency, QLocale::c());
}

QString timeOrDash(Timestamp at)
{
    return at.isNull() ? QStringLiteral("-") : at.toIso();
}

double ageSeconds(Timestamp at, Timestamp now)
{
    return double(now.micros() - at.micros()) / 1e6;
}

// ARCHITECTURE.md §10's fields of `posting`, and the day when asked per day.
int printLedger(Command& command, const PostingTotalsInput& input, bool perDay)
{
    const QList<PostingLedgerRow> rows = postingLedger(input, perDay);
    if (command.json()) {
        QJsonArray out;
        for (const PostingLedgerRow& r : rows) {
            QJsonObject o{{QStringLiteral("kind"), r.kind},
                          {QStringLiteral("state"), postingStateCode(r.state)},
                          {QStringLiteral("currency"), r.currency},
                          {QStringLiteral("count"), r.count},
                          {QStringLiteral("amount_minor"), r.amountMinor},
                          {QStringLiteral("tax_minor"), taxOrNull(r.taxMinor)},
                          {QStringLiteral("oldest_at"), timeOrNull(r.oldestAt)}};
            if (r.day)
                o.insert(QStringLiteral("day"), businessDayText(*r.day));
            out.append(o);
        }
        command.printJson(QJsonDocument(out));
        return Done;
    }
    if (rows.isEmpty()) {
        command.print(QStringLiteral("No postings as asked."));
        return Done;
    }
    QStringList header{QStringLiteral("KIND"), QStringLiteral("STATE"), QStringLiteral("COUNT"), QStringLiteral("AMOUNT"),
                       QStringLiteral("TAX"), QStringLiteral("OLDEST")};
    if (perDay)
        header.prepend(QStringLiteral("DAY"));
    QList<QStringList> table{header};
    for (const PostingLedgerRow& r : rows) {
        QStringList cells{r.kind, postingStateCode(r.state), QString::number(r.count), money(r.amountMinor, r.currency),
                          r.taxMinor ? money(*r.taxMinor, r.currency) : QStringLiteral("-"), timeOrDash(r.oldestAt)};
        if (r.day)
            cells.prepend(businessDayText(*r.day));
        table.append(cells);
    }
    const UnpostedTotals totals = unpostedTotals(input.unposted);
    QStringList unposted;
    for (const auto& [currency, minor] : totals.minorByCurrency)
        unposted << money(minor, currency);
    QString summary = QStringLiteral("Not posted: %1 (%2)").arg(QString::number(totals.count),
                                                                unposted.isEmpty() ? QStringLiteral("nothing") : unposted.join(QStringLiteral(", ")));
    if (!totals.oldestAt.isNull())
        summary += QStringLiteral(", the oldest since ") + totals.oldestAt.toIso();
    command.print(textTable(table) + QLatin1Char('\n') + summary + QLatin1Char('.'));
    return Done;
}

int printAging(Command& command, const QList<PostingEntry>& entries, Timestamp now)
{
    const QList<PostingAgingRow> rows = postingAging(entries, now);
    if (command.json()) {
        QJsonArray out;
        for (const PostingAgingRow& r : rows)
            out.append(QJsonObject{{QStringLiteral("bucket"), agingBucketCode(r.bucket)},
                                   {QStringLiteral("currency"), r.currency},
                                   {QStringLiteral("count"), r.count},
                                   {QStringLiteral("amount_minor"), r.amountMinor},
                                   {QStringLiteral("oldest_at"), timeOrNull(r.oldestAt)},
                                   {QStringLiteral("as_of"), now.toIso()}});
        command.printJson(QJsonDocument(out));
        return Done;
    }
    if (rows.isEmpty()) {
        command.print(QStringLiteral("Nothing awaits posting as asked."));
        return Done;
    }
    QList<QStringList> table{{QStringLiteral("WAITING"), QStringLiteral("COUNT"), QStringLiteral("AMOUNT"), QStringLiteral("OLDEST")}};
    for (const PostingAgingRow& r : rows)
        table.append({agingBucketCode(r.bucket), QString::number(r.count), money(r.amountMinor, r.currency), r.oldestAt.toIso()});
    command.print(QStringLiteral("Awaiting posting as of %1:\n").arg(now.toIso()) + textTable(table));
    return Done;
}

int printReasons(Command& command, const QList<PostingEntry>& entries)
{
    const QList<RejectionReasonRow> rows = rejectionReasons(entries);
    if (command.json()) {
        QJsonArray out;
        for (const RejectionReasonRow& r : rows)
            out.append(QJsonObject{{QStringLiteral("reason"), r.reason},
                                   {QStringLiteral("kind"), r.kind},
                                   {QStringLiteral("currency"), r.currency},
                                   {QStringLiteral("count"), r.count},
                                   {QStringLiteral("amount_minor"), r.amountMinor},
                                   {QStringLiteral("newest_at"), timeOrNull(r.newestAt)}});
        command.printJson(QJsonDocument(out));
        return Done;
    }
    if (rows.isEmpty()) {
        command.print(QStringLiteral("No posting was rejected as asked."));
        return Done;
    }
    QList<QStringList> table{{QStringLiteral("COUNT"), QStringLiteral("KIND"), QStringLiteral("AMOUNT"), QStringLiteral("NEWEST"),
                              QStringLiteral("REASON")}};
    for (const RejectionReasonRow& r : rows)
        table.append({QString::number(r.count), r.kind, money(r.amountMinor, r.currency), r.newestAt.toIso(),
                      r.reason.isEmpty() ? QStringLiteral("(no reason recorded)") : r.reason});
    command.print(textTable(table));
    return Done;
}

int printList(Command& command, QList<PostingEntry> entries, Timestamp now, bool csv)
{
    entries = oldestFirst(std::move(entries));
    if (csv) {
        command.printBytes(postingCsv(entries, now));
        return entries.isEmpty() ? NothingMatched : Done;
    }
    if (command.json()) {
        QJsonArray out;
        for (const PostingEntry& e : std::as_const(entries))
            out.append(QJsonObject{{QStringLiteral("kind"), e.kind},
                                   {QStringLiteral("state"), postingStateCode(e.state)},
                                   {QStringLiteral("correlation_id"), e.correlationId},
                                   {QStringLiteral("business_id"), e.subject},
                                   {QStringLiteral("currency"), e.currency},
                                   {QStringLiteral("amount_minor"), e.amountMinor},
                                   {QStringLiteral("tax_minor"), taxOrNull(e.taxMinor)},
                                   {QStringLiteral("day"), businessDayText(e.day())},
                                   {QStringLiteral("at"), e.at.toIso()},
                                   {QStringLiteral("age_s"), ageSeconds(e.at, now)},
                                   {QStringLiteral("reason"), e.reason}});
        command.printJson(QJsonDocument(out));
        return entries.isEmpty() ? NothingMatched : Done;
    }
    if (entries.isEmpty()) {
        command.print(QStringLiteral("No postings as asked."));
        return NothingMatched;
    }
    QList<QStringList> table{{QStringLiteral("AT"), QStringLiteral("KIND"), QStringLiteral("STATE"), QStringLiteral("CORRELATION ID"),
                              QStringLiteral("BUSINESS ID"), QStringLiteral("AMOUNT"), QStringLiteral("AGE"), QStringLiteral("REASON")}};
    for (const PostingEntry& e : std::as_const(entries))
        table.append({e.at.toIso(), e.kind, postingStateCode(e.state), e.correlationId,
                      e.subject.isEmpty() ? QStringLiteral("-") : e.subject, money(e.amountMinor, e.currency),
                      formatDuration(ageSeconds(e.at, now)), e.reason});
    command.print(textTable(table));
    return Done;
}

// A business day as YYYY-MM-DD.
std::optional<qint64> parseDay(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return kEpoch.daysTo(date);
}

// A comma-separated list of which every item is one of `known`; empty *bad when it is.
QStringList parseList(const QString& text, const QStringList& known, QString* bad)
{
    QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& item : items) {
        item = item.trimmed();
        if (!known.isEmpty() && !known.contains(item))
            *bad = item;
    }
    return items;
}

} // namespace

int runPosting(const QStringList& arguments)
{
    Command command(QStringLiteral("posting"),
                    QStringLiteral("What has not reached the ERP's ledger: orders, refunds and settlements by posting state "
                                   "(awaiting, posted, rejected), currency and business day (UTC), with counts, amounts "
                                   "and tax in minor units. --by-day per business day, --aging the awaiting ones by how "
                                   "long they wait (as of the newest event), --reasons the rejected ones by reason, "
                                   "--list the postings one by one."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("since"), QStringLiteral("From this business day on (YYYY-MM-DD, UTC)."), QStringLiteral("DAY")});
    p.addOption({QStringLiteral("until"), QStringLiteral("Up to this business day, inclusive (YYYY-MM-DD, UTC)."), QStringLiteral("DAY")});
    p.addOption({QStringLiteral("kind"), QStringLiteral("Only these kinds: order, refund, settlement (comma-separated)."),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("state"), QStringLiteral("Only these states: awaiting, posted, rejected (comma-separated)."),
                 QStringLiteral("STATE")});
    p.addOption({QStringLiteral("currency"), QStringLiteral("Only these currencies, e.g. EUR (comma-separated)."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("by-day"), QStringLiteral("One row per business day, kind, state and currency.")});
    p.addOption({QStringLiteral("aging"), QStringLiteral("The awaiting postings by waiting time: lt_1h, 1h_4h, 4h_24h, gt_1d.")});
    p.addOption({QStringLiteral("reasons"), QStringLiteral("The rejected postings by reason.")});
    p.addOption({QStringLiteral("list"), QStringLiteral("The postings one by one, oldest first (nothing matched: exit 3).")});
    p.addOption({QStringLiteral("csv"), QStringLiteral("With --list: CSV instead of a table (personal data in reasons "
                                                       "masked).")});
    p.addOption({QStringLiteral("bucket"), QStringLiteral("With --list: only the awaiting postings of this aging bucket."),
                 QStringLiteral("lt_1h|1h_4h|4h_24h|gt_1d")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;

    int views = 0;
    for (const char* view : {"aging", "reasons", "list"})
        views += p.isSet(QLatin1String(view)) ? 1 : 0;
    if (views > 1)
        return command.usageError(QStringLiteral("--aging, --reasons and --list go one at a time"));
    if (p.isSet(QStringLiteral("by-day")) && views > 0)
        return command.usageError(QStringLiteral("--by-day goes with the totals, not with --aging, --reasons or --list"));
    if (p.isSet(QStringLiteral("bucket")) && !p.isSet(QStringLiteral("list")))
        return command.usageError(QStringLiteral("--bucket goes with --list"));
    const bool csv = p.isSet(QStringLiteral("csv"));
    if (csv && (!p.isSet(QStringLiteral("list")) || command.json()))
        return command.usageError(QStringLiteral("--csv goes with --list, instead of --json"));
    std::optional<AgingBucket> bucket;
    if (p.isSet(QStringLiteral("bucket"))) {
        bucket = agingBucketFromCode(p.value(QStringLiteral("bucket")));
        if (!bucket)
            return command.usageError(QStringLiteral("--bucket is lt_1h, 1h_4h, 4h_24h or gt_1d, not \"%1\"")
                                          .arg(p.value(QStringLiteral("bucket"))));
    }
    PostingFilter filter;
    for (auto [name, day] : {std::pair{QStringLiteral("since"), &filter.fromDay}, {QStringLiteral("until"), &filter.untilDay}}) {
        if (!p.isSet(name))
            continue;
        *day = parseDay(p.value(name));
        if (!*day)
            return command.usageError(QStringLiteral("--%1 takes a business day as YYYY-MM-DD, not \"%2\"").arg(name, p.value(name)));
    }
    if (filter.fromDay && filter.untilDay && *filter.fromDay > *filter.untilDay)
        return command.usageError(QStringLiteral("--since must not come after --until"));
    QString bad;
    filter.kinds = parseList(p.value(QStringLiteral("kind")),
                             {QStringLiteral("order"), QStringLiteral("refund"), QStringLiteral("settlement")}, &bad);
    if (!bad.isEmpty())
        return command.usageError(QStringLiteral("--kind is order, refund or settlement, not \"%1\"").arg(bad));
    const QStringList states = parseList(p.value(QStringLiteral("state")),
                                         {QStringLiteral("awaiting"), QStringLiteral("posted"), QStringLiteral("rejected")}, &bad);
    if (!bad.isEmpty())
        return command.usageError(QStringLiteral("--state is awaiting, posted or rejected, not \"%1\"").arg(bad));
    for (const QString& s : states)
        filter.states.append(*postingStateFromCode(s));
    filter.currencies = parseList(p.value(QStringLiteral("currency")), {}, &bad);
    for (const QString& c : std::as_const(filter.currencies)) {
        if (c.size() != 3 || c.toUpper() != c)
            return command.usageError(QStringLiteral("--currency takes ISO 4217 codes such as EUR, not \"%1\"").arg(c));
    }

    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    if (!error.isEmpty())
        return command.fail(error);
    int rc = Done;
    auto store = command.openGivenStore(OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    if (views == 0) {
        // The posted ones' sums come from the rollups: only what is not posted is read one by one.
        auto totals = readPostingTotals(*store, postingStages(flows), filter);
        if (!totals)
            return command.fail(totals.error());
        return printLedger(command, totals.value(), p.isSet(QStringLiteral("by-day")));
    }
    // The aging and the reasons look at awaiting and rejected postings only: read only those.
    PostingFilter scope = filter;
    if (scope.states.isEmpty() && (bucket || p.isSet(QStringLiteral("aging"))))
        scope.states = {PostingState::Awaiting};
    else if (scope.states.isEmpty() && p.isSet(QStringLiteral("reasons")))
        scope.states = {PostingState::Rejected};
    auto entries = store->postingEntries(postingStages(flows), scope);
    if (!entries)
        return command.fail(entries.error());
    auto newest = store->newestEventAt();
    if (!newest)
        return command.fail(newest.error());
    const Timestamp now = newest->isNull() ? Timestamp::now() : newest.value();
    QList<PostingEntry> chosen = entries.value();
    if (bucket)
        chosen.removeIf([&](const PostingEntry& e) { return !inAgingBucket(e, *bucket, now); });

    if (p.isSet(QStringLiteral("aging")))
        return printAging(command, chosen, now);
    if (p.isSet(QStringLiteral("reasons")))
        return printReasons(command, chosen);
    return printList(command, chosen, now, csv);
}

} // namespace ct::cli
