#include "connectionspermission.h"

#include "sessionrole.h"

#include <QCoreApplication>

namespace ct {

bool mayManageConnections(ActorRole role)
{
    return role == ActorRole::Admin;
}

QString connectionsRefusal(const SessionRole* session)
{
    if (session && !session->grantKnown())
        return QCoreApplication::translate("ct::ConnectionsPermission",
                                           "Waiting for the store to say what this connection may do: until then, "
                                           "connection profiles cannot be changed.");
    switch (session ? session->acting() : ActorRole::Viewer) {
    case ActorRole::Viewer:
        return QCoreApplication::translate("ct::ConnectionsPermission",
                                           "Only an admin manages connections, and you act as a viewer: choose "
                                           "another role in the status bar, if the store grants you one.");
    case ActorRole::Operator:
        return QCoreApplication::translate("ct::ConnectionsPermission",
                                           "Only an admin manages connections, and you act as an operator: choose "
                                           "another role in the status bar, if the store grants you one.");
    case ActorRole::Admin:
        break;
    }
    return {};
}

} // namespace ct
