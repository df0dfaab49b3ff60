#pragma once

#include "apisecrets.h"
#include "storeerror.h"
#include "systemsconfig.h"

#include <functional>

namespace ct {

// The systems a refresh reads and the secrets it logs in with.
struct SystemsAccess {
    SystemsConfig config;
    ApiSecrets secrets;
};

// Answers, once and on the caller's thread, with the systems to read - or why there are none.
using SystemsSource = std::function<void(std::function<void(const Expected<SystemsAccess>&)>)>;

// The user's systems: controltower/systems.json, each secret from CTOWER_API_SECRET_<SYSTEM> when set,
// else from the keychain. A missing or broken file is an error naming it and the format's README.
SystemsSource userSystems(SecretStore* keychain);

} // namespace ct
