#pragma once

#include "storeerror.h"
#include "storelocation.h"

#include <QString>

namespace ct {

// libpq reports in several lines ("connection to server at … failed: …\n\tIs the server running …?",
// "ERROR:  …\nDETAIL: …"); a person gets one sentence of the right kind, without the password.

// The server as a person names it: "host:port", or "the socket in FOLDER (port N)".
QString postgresServerName(const StoreLocation& location);

// Why a connection could not be opened.
StoreError postgresConnectError(const QString& libpqMessage, const StoreLocation& location, const QString& password);

// Why a statement failed; sqlState is PostgreSQL's five-character error code, when there is one.
StoreError postgresStatementError(const QString& libpqMessage, const QString& sqlState, bool connectionLost,
                                  const QString& doing, const StoreLocation& location);

// The first line of a libpq message, without the severity ("ERROR:  ") or the connection prefix.
QString postgresMessageLine(const QString& libpqMessage);

} // namespace ct
