#include "dlqcommon.h"

#include <QJsonArray>

namespace ct::cli {

void addFilterOptions(Command& command)
{
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("queue"), QStringLiteral("Only failed messages of this dead-letter queue."), QStringLiteral("Q")});
    p.addOption({QStringLiteral("state"), QStringLiteral("Only those in this state (open, replaying, replayed, verified, "
                                                         "unconfirmed, quarantined, resolved, discarded)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("error-class"), QStringLiteral("Only those of this error class."), QStringLiteral("C")});
}


QString readFilters(Command& command, FailedMessageQuery* query)
{
    QCommandLineParser& p = command.parser();
    query->queue = p.value(QStringLiteral("queue"));
    query->errorClass = p.value(QStringLiteral("error-class"));
    if (p.isSet(QStringLiteral("state"))) {
        query->state = failedMessageStateFromName(p.value(QStringLiteral("state")));
        if (!query->state)
            return QStringLiteral("--state takes one of open, replaying, replayed, verified, unconfirmed, quarantined, "
                                  "resolved, discarded, not \"%1\"").arg(p.value(QStringLiteral("state")));
    }
    return {};
}

Expected<QList<FailedMessage>> everyMatch(FailedMessageStore& store, FailedMessageQuery query, qint64 limit)
{
    QList<FailedMessage> all;
    query.limit = 1000;
    while (all.size() < limit) {
        auto page = store.failedMessages(query);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        query.afterDeathAt = page->constLast().lastDeathAt;
        query.afterKey = page->constLast().key;
        for (FailedMessage& m : page.value()) {
            if (all.size() < limit)
                all.append(std::move(m));
        }
    }
    return all;
}

QJsonObject verificationJson(const VerificationReport& r)
{
    return QJsonObject{{QStringLiteral("verified"), r.verified},         {QStringLiteral("unconfirmed"), r.unconfirmed},
                       {QStringLiteral("waiting"), r.waiting},           {QStringLiteral("settled_sent"), r.settledSent},
                       {QStringLiteral("settled_not_sent"), r.settledNotSent},
                       {QStringLiteral("not_changed"), QJsonArray::fromStringList(r.notChanged)}};
}


std::optional<FailedMessage> namedMessage(Command& command, FailedMessageStore& store, int* exitCode)
{
    const QString id = command.positional(0);
    auto found = store.failedMessagesByKey({id});
    if (!found) {
        *exitCode = command.fail(found.error());
        return std::nullopt;
    }
    if (found->isEmpty()) {
        command.fail(QStringLiteral("no failed message %1").arg(id));
        *exitCode = NothingMatched;
        return std::nullopt;
    }
    return found->constFirst();
}

} // namespace ct::cli
