#pragma once

#include <QString>
#include <QtGlobal>

namespace ct {

// UUID text forms built from caller-supplied bits, so that generated ids are deterministic when
// the bits come from a seeded generator.
// Version 7: 48-bit Unix milliseconds, then 74 bits of the caller's choice; sorts by time as text.
QString uuidV7(qint64 unixMillis, quint64 randomA, quint64 randomB);
// Version 4: 122 bits of the caller's choice.
QString uuidV4(quint64 randomA, quint64 randomB);

} // namespace ct
