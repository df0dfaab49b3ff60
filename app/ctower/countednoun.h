#pragma once

#include <QString>

namespace ct::cli {

// A count with its noun in the right number, "1 duplicate" or "2 duplicates": the command line's
// output is English only.
QString countedNoun(qint64 count, const QString& singular, const QString& plural);

} // namespace ct::cli
