#include "sessionrole.h"

namespace ct {

SessionRole::SessionRole(ActorRole asked, QObject* parent)
    : QObject(parent)
    , m_asked(asked)
{
}

void SessionRole::setAsked(ActorRole role)
{
    if (role == m_asked)
        return;
    m_asked = role;
    Q_EMIT changed();
}

void SessionRole::setGranted(ActorRole role)
{
    if (m_grantKnown && role == m_granted)
        return;
    m_granted = role;
    m_grantKnown = true;
    Q_EMIT changed();
}

} // namespace ct
