#pragma once

#include "auditentry.h"

namespace ct {

// The hash an audit entry is written with: AuditEntry::computeHash(), the same SHA-256 of its
// canonical form, through OpenSSL's digest (several times faster than Qt's portable one: a bulk
// replay writes two entries a message). The trail's verification recomputes it the portable way.
QString auditDigest(const AuditEntry& entry);

} // namespace ct
