#include "actorrole.h"

#include <algorithm>

namespace ct {

QString actorRoleName(ActorRole role)
{
    switch (role) {
    case ActorRole::Viewer:
        return QStringLiteral("viewer");
    case ActorRole::Operator:
        return QStringLiteral("operator");
    case ActorRole::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<ActorRole> actorRoleFromName(QStringView name)
{
    for (ActorRole role : {ActorRole::Viewer, ActorRole::Operator, ActorRole::Admin}) {
        if (name == actorRoleName(role))
            return role;
    }
    return std::nullopt;
}

ActorRole actingRole(ActorRole asked, ActorRole granted)
{
    return std::min(asked, granted);
}

} // namespace ct
