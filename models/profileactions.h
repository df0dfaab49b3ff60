#pragma once

#include "connectionprofiles.h"
#include "profilesecrets.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ct {

class SecretStore;
class SessionRole;

// The saved connection profiles and what changes them: each change is written to the profiles file
// (never with a password, ARCHITECTURE.md §8) and the profile's passwords go to, move within, or leave
// the secret store with it. Only an admin changes them (ARCHITECTURE.md §7): any other role, or no
// session at all, is refused. Every outcome is one sentence in noticeAvailable(); a change the role,
// the file or the keychain refused leaves the profiles as they were.
class ProfileActions : public QObject {
    Q_OBJECT
public:
    // `secrets` outlives this; `path` is the profiles file.
    ProfileActions(SecretStore* secrets, const QString& path, QObject* parent = nullptr);

    // Reads the profiles file: empty, or the sentence saying why it could not (the list is then empty).
    QString load();
    const ConnectionProfiles& profiles() const { return m_profiles; }
    // The role the changes are made in; without one, none is made.
    void setSessionRole(const SessionRole* session);

    // Adds the profile or replaces the one of its name, then stores its non-empty passwords.
    void save(const ConnectionProfile& profile, const ProfileSecrets& secrets);
    // Gives the profile `from` the name `to` (trimmed; not empty, not another profile's). Its passwords
    // are copied to the new name first; the file names it anew only once they all were, and only then
    // are the old ones deleted. A keychain that cannot copy them leaves the profile as it was.
    void rename(const QString& from, const QString& to);
    // Removes the profile, then its passwords.
    void remove(const QString& name);

Q_SIGNALS:
    // The list changed; `current`: the profile to show (empty: the one shown, if it is still there).
    void profilesChanged(const QString& current);
    void renamed(const QString& from, const QString& to);
    // The keychain holds other passwords for the profile now.
    void passwordsChanged(const QString& profile);
    void noticeAvailable(const QString& text, bool problem);

private:
    // Applies `edit` to a copy of the profiles and writes the copy, which then becomes the profiles.
    // The sentence when either failed (the profiles unchanged), else empty.
    QString commit(const std::function<bool(ConnectionProfiles&, QString*)>& edit);
    void finishRename(const QString& from, const QString& to, const QString& copyProblem);
    // Refuses (saying why) a change the session's role may not make, or one while a rename waits for
    // the keychain (it may still have to undo its copies).
    bool refused();
    void notify(const QString& text, bool problem) { Q_EMIT noticeAvailable(text, problem); }

    QPointer<const SessionRole> m_session;
    SecretStore* m_secrets;
    QString m_path;
    ConnectionProfiles m_profiles;
    QString m_renaming; // the profile being renamed
};

} // namespace ct
