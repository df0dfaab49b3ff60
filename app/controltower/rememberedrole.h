#pragma once

#include "actorrole.h"

#include <QString>

namespace ct {
class SessionRole;
}

namespace ct::app {

// The role to ask for at start: `given` (--role) when set, else the one chosen last time, else operator.
ActorRole rememberedRole(const QString& given);
// Keeps each later choice for the next start.
void rememberRoleChoices(SessionRole& session);

} // namespace ct::app
