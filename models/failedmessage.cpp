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

const QStringList& failedMessageStateNames()
{
    static const QStringList names{QStringLiteral("open"),       QStringLiteral("replaying"),
                                   QStringLiteral("replayed"),   QStringLiteral("verified"),
                                   QStringLiteral("unconfirmed"), QStringLiteral("quarantined"),
                                   QStringLiteral("resolved"),   QStringLiteral("discarded")};
    return names;
}

} // namespace ct
