#include "failedmessage.h"

#include <QStringList>

namespace ct {

const QStringList& errorClassNames()
{
    static const QStringList names{QStringLiteral("schema_validation"), QStringLiteral("business_rule"),
                                   QStringLiteral("routing"), QStringLiteral("downstream_timeout"),
                                   QStringLiteral("duplicate"), QStringLiteral("unknown")};
    return names;
}

} // namespace ct
