#include "rememberedrole.h"

#include "sessionrole.h"

#include <QSettings>

namespace ct::app {
namespace {

const QString kKey = QStringLiteral("session/role");

} // namespace

ActorRole rememberedRole(const QString& given)
{
    if (const auto role = actorRoleFromName(given))
        return *role;
    return actorRoleFromName(QSettings().value(kKey).toString()).value_or(ActorRole::Operator);
}

void rememberRoleChoices(SessionRole& session)
{
    QObject::connect(&session, &SessionRole::changed, &session,
                     [&session] { QSettings().setValue(kKey, actorRoleName(session.asked())); });
}

} // namespace ct::app
