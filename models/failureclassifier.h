#pragma once

#include <QString>
#include <QStringView>

namespace ct {

// The error class (errorClassNames()) of a failure whose consumer did not name one: from the error
// text when it says what went wrong (a schema or validation failure, no route, a timeout, a
// duplicate, a business rule), else from how the broker dead-lettered it (a message that expired
// or overflowed a queue waited too long downstream), else "unknown".
QString classifyFailure(QStringView deathReason, QStringView errorText);

} // namespace ct
