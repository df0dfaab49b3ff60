#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// Who acts (ARCHITECTURE.md §7): a viewer may only look; an operator replays, resolves, discards,
// assigns and snoozes; an admin may also override the poison-loop guard and reopen closed messages.
// Ordered: each role may do everything the one before it may.
enum class ActorRole { Viewer, Operator, Admin };

QString actorRoleName(ActorRole role);  // "viewer", "operator", "admin"
std::optional<ActorRole> actorRoleFromName(QStringView name);

// The role a session acts in: the one asked for, never more than the store grants the connection
// (on PostgreSQL its database roles; a SQLite file grants everything to whoever may write it).
ActorRole actingRole(ActorRole asked, ActorRole granted);

} // namespace ct
