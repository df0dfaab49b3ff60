#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ct {

// Comma-separated values as RFC 4180 writes them: a field holding a comma, a double quote, CR or LF
// is quoted, with its quotes doubled; records end in CRLF. Encoded as UTF-8.
QString csvField(const QString& field);
QString csvRecord(const QStringList& fields);
// The records (a header first, when there is one) as one UTF-8 document.
QByteArray csvDocument(const QList<QStringList>& records);

} // namespace ct
