#pragma once

// What the `ctower dlq` subcommands share (ARCHITECTURE.md §10): the failed-message filters, paging
// through every match, and the verification report as JSON.
#include "cli.h"
#include "failedmessagequery.h"
#include "replayverification.h"

#include <QJsonObject>

namespace ct::cli {

// --queue, --state and --error-class.
void addFilterOptions(Command& command);
// The filters into a query; empty, or a usage error.
QString readFilters(Command& command, FailedMessageQuery* query);
// Every failed message the query matches, newest failure first, page by page, at most `limit`.
Expected<QList<FailedMessage>> everyMatch(FailedMessageStore& store, FailedMessageQuery query, qint64 limit);
QJsonObject verificationJson(const VerificationReport& r);
// The one failed message the command's first positional names; nothing, with *exitCode set (a
// sentence on stderr; NothingMatched when there is no such message), otherwise.
std::optional<FailedMessage> namedMessage(Command& command, FailedMessageStore& store, int* exitCode);

// The subcommands.
int runDlqList(const QStringList& arguments);
int runDlqShow(const QStringList& arguments, bool exporting);
int runDlqReplay(const QStringList& arguments);
int runDlqResubmit(const QStringList& arguments);
int runDlqVerify(const QStringList& arguments);
int runDlqTransition(const QStringList& arguments, TransitionAction action);
int runDlqQueues(const QStringList& arguments);

} // namespace ct::cli
