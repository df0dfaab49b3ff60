#include "injectedfault.h"

#include <QStringList>

namespace ct {

const QStringList& faultClassNames()
{
    static const QStringList names{QStringLiteral("schema_validation"), QStringLiteral("business_rule"),
                                   QStringLiteral("routing"),           QStringLiteral("downstream_timeout"),
                                   QStringLiteral("duplicate"),         QStringLiteral("out_of_sequence"),
                                   QStringLiteral("stuck"),             QStringLiteral("semantic")};
    return names;
}

bool isFailureFault(const QString& faultClass)
{
    return faultClass == QLatin1String("schema_validation") || faultClass == QLatin1String("business_rule") ||
           faultClass == QLatin1String("routing") || faultClass == QLatin1String("downstream_timeout");
}

} // namespace ct
