#pragma once

#include "postingledger.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ct {

// Postings as CSV for finance (the Posting page's export, `ctower posting --list --csv`): a header of
// the field names `ctower posting --list --json` uses, then one record per posting in the order given.
// Amounts twice: as a decimal in the currency's unit ("1234.56", for a spreadsheet) and exactly in
// minor units; times ISO 8601 UTC; the age at `now` in seconds. Personal data in the free-text reason
// is masked (maskPersonalText()); the other fields are ids, codes and numbers.
QStringList postingCsvHeader();
QStringList postingCsvRecord(const PostingEntry& entry, Timestamp now);
QByteArray postingCsv(const QList<PostingEntry>& entries, Timestamp now);

} // namespace ct
