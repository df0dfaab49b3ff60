#pragma once

#include "actorrole.h"

#include <QObject>

namespace ct {

// The role the app acts in (ARCHITECTURE.md §7): the one the user chose, never more than the store
// grants the connection. Until the store has said what it grants, a viewer's: nothing changes
// a failed message on a guess.
class SessionRole : public QObject {
    Q_OBJECT
public:
    explicit SessionRole(ActorRole asked, QObject* parent = nullptr);

    ActorRole asked() const { return m_asked; }
    ActorRole granted() const { return m_granted; }
    bool grantKnown() const { return m_grantKnown; }
    ActorRole acting() const { return m_grantKnown ? actingRole(m_asked, m_granted) : ActorRole::Viewer; }

    void setAsked(ActorRole role);
    void setGranted(ActorRole role);

Q_SIGNALS:
    void changed();

private:
    ActorRole m_asked;
    ActorRole m_granted = ActorRole::Viewer;
    bool m_grantKnown = false;
};

} // namespace ct
