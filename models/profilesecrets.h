#pragma once

#include "connectionprofiles.h"
#include "secretstore.h"

#include <QMap>
#include <QList>

#include <functional>

namespace ct {

// The passwords of one profile, by kind. Only ever in memory: they go to and come from the secret
// store, never a file (ARCHITECTURE.md §8).
using ProfileSecrets = QMap<SecretKind, QString>;

// Puts each non-empty password of `secrets` in the secret store under secretKey(profile, kind), one
// after the other. `done` gets an empty string when all were stored, else one sentence saying that
// the keychain could not take them (nothing is stored anywhere else: the user is asked when
// connecting).
void storeProfileSecrets(SecretStore& store, const QString& profile, const ProfileSecrets& secrets,
                         std::function<void(const QString& problem)> done);

// Reads the profile's passwords of `kinds`. A password the store does not hold is left out; when the
// store is unavailable, `problem` says so in one sentence and what was read so far is given.
void readProfileSecrets(SecretStore& store, const QString& profile, const QList<SecretKind>& kinds,
                        std::function<void(const ProfileSecrets& secrets, const QString& problem)> done);

// Copies every password the profile `from` has to the profile `to`: all are read, then each written.
// `done` gets an empty string when all were copied, else one sentence saying the keychain could not;
// the passwords of `from` stay as they were either way.
void copyProfileSecrets(SecretStore& store, const QString& from, const QString& to,
                        std::function<void(const QString& problem)> done);

// Deletes every password of the profile; `done` as for storeProfileSecrets().
void forgetProfileSecrets(SecretStore& store, const QString& profile, std::function<void(const QString& problem)> done);

} // namespace ct
