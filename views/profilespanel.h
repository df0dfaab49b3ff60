#pragma once

#include "connectionprofiles.h"
#include "connectionservices.h"
#include "profilesecrets.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ct {

class ConnectionReportView;
class ConnectionTest;
class ProfileActions;
class ProfileEditorDialog;
class ProfileRenameDialog;
class SessionRole;

// The saved connection profiles: a list (name, store, broker), New…/Edit…/Rename…/Remove, and Test
// connection with its report. Saving writes the profiles file without passwords and puts the
// passwords in the keychain (ProfileActions); a keychain that cannot take them is said in one sentence.
// Only an admin changes profiles: for any other role the panel is read-only and says why, while
// Test connection stays open to everyone.
class ProfilesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProfilesPanel(const ConnectionServices& services, QWidget* parent = nullptr);

    const ConnectionProfiles& profiles() const;
    // The role changes are made in; without one the panel is read-only.
    void setSessionRole(SessionRole* session);
    std::optional<ConnectionProfile> selectedProfile() const;
    void selectProfile(const QString& name);
    // What the last save or removal said (empty: nothing to say).
    QString notice() const;
    ConnectionReportView* report() const { return m_report; }

    // The editor of New… and Edit…, shown non-modally; saved when accepted.
    ProfileEditorDialog* openEditor(bool editing);
    // Rename… of the selected profile, shown non-modally; renamed (passwords and all) when accepted.
    ProfileRenameDialog* openRenameDialog();
    // Remove… asks first; removeSelected() does it (the profile, then its passwords).
    void confirmRemove();
    void removeSelected();
    void testSelected();

Q_SIGNALS:
    void selectionChanged(const std::optional<ct::ConnectionProfile>& profile);
    // A save, a removal, or the keychain's answer to either.
    void noticeChanged(const QString& notice);
    void testFinished();
    // Passwords the user typed because the keychain could not give them: for this session only.
    void sessionSecretsEntered(const QString& profile, const ct::ProfileSecrets& secrets);

private:
    void reloadList();
    void showProfiles(const QString& current);
    void keepSessionSecrets(const QString& from, const QString& to);
    void setNotice(const QString& text, bool problem);
    void updateButtons();
    void askPasswordsThenTest(const ConnectionProfile& profile, const QString& why);

    ConnectionServices m_services;
    ProfileActions* m_actions;
    ConnectionTest* m_test;
    QMap<QString, ProfileSecrets> m_sessionSecrets; // typed in when the keychain was away; memory only
    QPointer<SessionRole> m_session;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_rename;
    QPushButton* m_remove;
    QPushButton* m_testButton;
    QLabel* m_notice;
    QLabel* m_readOnly;  // why the profiles cannot be changed in this role
    ConnectionReportView* m_report;
    QLabel* m_empty;  // what the list is for, while it holds nothing
};

} // namespace ct
