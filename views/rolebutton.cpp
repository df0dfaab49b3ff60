#include "rolebutton.h"

#include "sessionrole.h"

#include <QActionGroup>
#include <QMenu>

namespace ct {
namespace {

QString roleText(ActorRole role)
{
    switch (role) {
    case ActorRole::Viewer:
        return RoleButton::tr("Viewer: looks only");
    case ActorRole::Operator:
        return RoleButton::tr("Operator: replays, resolves, discards, assigns, snoozes");
    case ActorRole::Admin:
        return RoleButton::tr("Admin: also reopens, overrides the quarantine and manages connections");
    }
    return QString();
}

QString roleWord(ActorRole role)
{
    switch (role) {
    case ActorRole::Viewer:
        return RoleButton::tr("viewer");
    case ActorRole::Operator:
        return RoleButton::tr("operator");
    case ActorRole::Admin:
        return RoleButton::tr("admin");
    }
    return QString();
}

} // namespace

RoleButton::RoleButton(SessionRole* session, QWidget* parent)
    : QToolButton(parent)
    , m_session(session)
    , m_choices(new QActionGroup(this))
{
    setObjectName(QStringLiteral("sessionRole"));
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    auto* menu = new QMenu(this);
    for (ActorRole role : {ActorRole::Viewer, ActorRole::Operator, ActorRole::Admin}) {
        QAction* choice = menu->addAction(roleText(role));
        choice->setCheckable(true);
        choice->setData(int(role));
        m_choices->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, role] { m_session->setAsked(role); });
    }
    setMenu(menu);
    connect(m_session, &SessionRole::changed, this, &RoleButton::showRole);
    showRole();
}

void RoleButton::showRole()
{
    const ActorRole acting = m_session->acting();
    setText(tr("Role: %1").arg(roleWord(acting)));
    for (QAction* choice : m_choices->actions()) {
        const auto role = ActorRole(choice->data().toInt());
        choice->setChecked(role == m_session->asked());
        choice->setEnabled(!m_session->grantKnown() || role <= m_session->granted());
    }
    if (!m_session->grantKnown())
        setToolTip(tr("Waiting for the store to say what this connection may do; until then nothing can be changed."));
    else if (acting != m_session->asked())
        setToolTip(tr("You chose %1, but the store grants this connection no more than %2.")
                       .arg(roleWord(m_session->asked()), roleWord(m_session->granted())));
    else
        setToolTip(tr("The role you act in; the store grants this connection up to %1.").arg(roleWord(m_session->granted())));
}

} // namespace ct
