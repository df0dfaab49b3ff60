#pragma once

#include <QToolButton>

class QActionGroup;

namespace ct {

class SessionRole;

// The status bar's role: which role the app acts in, and a menu to choose another, up to what the
// store grants this connection. Choosing only asks: the action layer and the store decide.
class RoleButton : public QToolButton {
    Q_OBJECT
public:
    explicit RoleButton(SessionRole* session, QWidget* parent = nullptr);

private:
    void showRole();

    SessionRole* m_session;
    QActionGroup* m_choices;
};

} // namespace ct
