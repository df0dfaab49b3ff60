#include "cli.h"
#include "countednoun.h"

#include "timeformat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ct::cli {
namespace {

constexpr qint64 kDefaultLimit = 100;

QJsonArray keysJson(const QList<KeyCompletion>& kinds)
{
    QJsonArray keys;
    for (const KeyCompletion& k : kinds)
        keys.append(QJsonObject{{QStringLiteral("key"), k.key}, {QStringLiteral("kind"), k.kind}});
    return keys;
}

// Ids and times only: a business key is never a PII field (the rules refuse those), and no payload
// is read.
QJsonArray findJson(const QList<KeyedTransaction>& found, const QList<KeyCompletion>& kinds)
{
    const QJsonArray keys = keysJson(kinds);
    QJsonArray rows;
    for (const KeyedTransaction& t : found) {
        rows.append(QJsonObject{
            {QStringLiteral("correlation_id"), t.correlationId},
            {QStringLiteral("flow"), t.flow.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.flow)},
            {QStringLiteral("first_at"), t.firstAt.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.firstAt.toIso())},
            {QStringLiteral("last_at"), t.lastAt.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.lastAt.toIso())},
            {QStringLiteral("failed"), t.failed},
            {QStringLiteral("keys_matched"), keys},
        });
    }
    return rows;
}

QString findText(const QList<KeyedTransaction>& found, const QList<KeyCompletion>& kinds)
{
    QStringList named;
    for (const KeyCompletion& k : kinds)
        named << QStringLiteral("%1 (%2)").arg(k.key, k.kind);
    QStringList lines;
    const QString touched =
        countedNoun(found.size(), QStringLiteral("transaction"), QStringLiteral("transactions"));
    lines << QStringLiteral("%1 touched %2:").arg(touched, named.join(QStringLiteral(" and ")));
    qsizetype idWidth = 14, flowWidth = 4;
    for (const KeyedTransaction& t : found) {
        idWidth = qMax(idWidth, t.correlationId.size());
        flowWidth = qMax(flowWidth, t.flow.size());
    }
    lines << QStringLiteral("  %1  %2  %3  %4  %5")
                 .arg(QStringLiteral("CORRELATION ID").leftJustified(idWidth), QStringLiteral("FLOW").leftJustified(flowWidth),
                      QStringLiteral("FIRST").leftJustified(26), QStringLiteral("LAST").leftJustified(26),
                      QStringLiteral("FAILED"));
    for (const KeyedTransaction& t : found) {
        lines << QStringLiteral("  %1  %2  %3  %4  %5")
                     .arg(t.correlationId.leftJustified(idWidth), t.flow.leftJustified(flowWidth),
                          absoluteTime(t.firstAt).leftJustified(26), absoluteTime(t.lastAt).leftJustified(26),
                          t.failed ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runFind(const QStringList& arguments)
{
    Command command(QStringLiteral("find"),
                    QStringLiteral("The transactions that touched every business key given (order number, SKU, "
                                   "store, customer id, receipt, payment, shipment…), newest first."));
    command.addStoreOption();
    command.addJsonOption();
    command.addRepeatedPositional(QStringLiteral("KEY"),
                                  QStringLiteral("A business key, e.g. SKU-001181; several keys find the "
                                                 "transactions that touched all of them."));
    command.parser().addOption({QStringLiteral("limit"),
                                QStringLiteral("At most N transactions (default %1).").arg(kDefaultLimit),
                                QStringLiteral("N")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    QStringList keys;
    for (const QString& key : command.positionals()) {
        if (key.trimmed().isEmpty())
            return command.usageError(QStringLiteral("a KEY is empty"));
        keys << key.trimmed();
    }
    keys.removeDuplicates();
    qint64 limit = kDefaultLimit;
    QString error;
    if (!command.readInt(QStringLiteral("limit"), 1, 100'000, &limit, &error))
        return command.usageError(error);
    const QString url = command.storeUrl(true);
    if (url.isEmpty())
        return Usage;
    auto store = command.openStore(url, OpenMode::ReadOnly);
    if (!store)
        return Failed;

    auto found = store->transactionsByKey(keys, int(limit));
    if (!found)
        return command.fail(found.error());
    if (found->isEmpty()) {
        command.fail(QStringLiteral("no transaction in %1 touched %2")
                         .arg(store->location().redacted(), keys.join(QStringLiteral(" and "))));
        return NothingMatched;
    }
    auto kinds = store->keyKinds(keys);
    if (!kinds)
        return command.fail(kinds.error());
    if (command.json())
        command.printJson(QJsonDocument(findJson(found.value(), kinds.value())));
    else
        command.print(findText(found.value(), kinds.value()));
    return Done;
}

} // namespace ct::cli
