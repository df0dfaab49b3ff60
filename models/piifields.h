#pragma once

#include <QSet>
#include <QString>

namespace ct {

// The names of the payload fields that hold personal data (names, emails, phones, addresses), as
// resources/pii.json lists them: what payload views mask unless an operator unmasks (ARCHITECTURE.md
// §8). Read once; an unreadable list is a build defect, caught by the tests.
const QSet<QString>& piiFieldNames();

} // namespace ct
