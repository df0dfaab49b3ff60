#pragma once

#include "actorrole.h"

#include <QString>

namespace ct {

class SessionRole;

// Who may change the saved connection profiles and the passwords kept for them (ARCHITECTURE.md §7: an
// admin manages connections); everyone may look at them and test them.
bool mayManageConnections(ActorRole role);
// Why the session may not, in one sentence; empty when it may. No session at all acts as a viewer.
QString connectionsRefusal(const SessionRole* session);

} // namespace ct
