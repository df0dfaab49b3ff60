#include "profileactions.h"

#include "connectionspermission.h"
#include "sessionrole.h"

namespace ct {

ProfileActions::ProfileActions(SecretStore* secrets, const QString& path, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_path(path)
{
}

void ProfileActions::setSessionRole(const SessionRole* session)
{
    m_session = session;
}

QString ProfileActions::load()
{
    QString error;
    m_profiles = ConnectionProfiles::load(m_path, &error);
    return error;
}

QString ProfileActions::commit(const std::function<bool(ConnectionProfiles&, QString*)>& edit)
{
    ConnectionProfiles next = m_profiles;
    QString error;
    if (!edit(next, &error) || !next.save(m_path, &error))
        return error;
    m_profiles = std::move(next);
    return {};
}

bool ProfileActions::refused()
{
    QString why = connectionsRefusal(m_session);
    if (why.isEmpty() && !m_renaming.isEmpty())
        why = tr("\u201c%1\u201d is being renamed: try again once that is done.").arg(m_renaming);
    if (!why.isEmpty())
        notify(why, true);
    return !why.isEmpty();
}

void ProfileActions::save(const ConnectionProfile& profile, const ProfileSecrets& secrets)
{
    if (refused())
        return;
    const QString error = commit([&profile](ConnectionProfiles& p, QString* e) { return p.put(profile, e); });
    if (!error.isEmpty())
        return notify(error, true);
    Q_EMIT profilesChanged(profile.name);
    notify(tr("Storing the passwords of \u201c%1\u201d in the keychain\u2026").arg(profile.name), false);
    QPointer<ProfileActions> self(this);
    storeProfileSecrets(*m_secrets, profile.name, secrets,
                        [self, name = profile.name](const QString& problem) {
                            if (!self)
                                return;
                            self->notify(problem.isEmpty() ? tr("Saved \u201c%1\u201d.").arg(name) : problem,
                                         !problem.isEmpty());
                            Q_EMIT self->passwordsChanged(name);
                        });
}

void ProfileActions::rename(const QString& from, const QString& to)
{
    if (refused())
        return;
    const QString name = to.trimmed();
    if (name == from)
        return; // copying the passwords onto themselves and deleting the old ones would lose them
    QString error;
    if (ConnectionProfiles check = m_profiles; !check.rename(from, name, &error))
        return notify(error, true);
    m_renaming = from;
    notify(
        tr("Moving the passwords of \u201c%1\u201d to \u201c%2\u201d in the keychain\u2026").arg(from, name),
        false);
    QPointer<ProfileActions> self(this);
    copyProfileSecrets(*m_secrets, from, name, [self, from, name](const QString& problem) {
        if (self)
            self->finishRename(from, name, problem);
    });
}

void ProfileActions::finishRename(const QString& from, const QString& to, const QString& copyProblem)
{
    const QString problem =
        !copyProblem.isEmpty()
            ? copyProblem
            : commit([&](ConnectionProfiles& p, QString* e) { return p.rename(from, to, e); });
    QPointer<ProfileActions> self(this);
    if (!problem.isEmpty()) {
        // Nothing of `from` was deleted; the copies made so far go (no profile has their name).
        forgetProfileSecrets(*m_secrets, to, [self, from, problem](const QString&) {
            if (!self)
                return;
            self->m_renaming.clear();
            self->notify(tr("\u201c%1\u201d was not renamed. %2").arg(from, problem), true);
        });
        return;
    }
    Q_EMIT renamed(from, to);
    Q_EMIT profilesChanged(to);
    forgetProfileSecrets(*m_secrets, from, [self, from, to](const QString& forgetProblem) {
        if (!self)
            return;
        self->m_renaming.clear();
        if (forgetProblem.isEmpty())
            self->notify(tr("Renamed \u201c%1\u201d to \u201c%2\u201d.").arg(from, to), false);
        else
            self->notify(
                tr("Renamed \u201c%1\u201d to \u201c%2\u201d; its passwords are under the new name, but "
                   "not all could be removed from under the old one. %3")
                    .arg(from, to, forgetProblem),
                true);
    });
}

void ProfileActions::remove(const QString& name)
{
    if (refused())
        return;
    const QString error = commit([&name](ConnectionProfiles& p, QString*) {
        p.remove(name);
        return true;
    });
    if (!error.isEmpty())
        return notify(error, true);
    Q_EMIT profilesChanged(QString());
    QPointer<ProfileActions> self(this);
    forgetProfileSecrets(*m_secrets, name, [self, name](const QString& problem) {
        if (self)
            self->notify(problem.isEmpty() ? tr("Removed \u201c%1\u201d and its passwords.").arg(name)
                                           : problem,
                         !problem.isEmpty());
    });
}

} // namespace ct
