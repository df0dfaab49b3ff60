#pragma once

#include "secretstore.h"
#include "systemsconfig.h"

#include <QHash>
#include <QString>

#include <functional>

namespace ct {

// The secret (token or password) of each system that needs one, or why there is none.
struct ApiSecrets {
    QHash<QString, QString> secrets; // system -> secret
    QHash<QString, QString> errors;  // system -> one sentence (never the secret)
};

// The environment variable that overrides a system's secret for scripts and CI:
// CTOWER_API_SECRET_<SYSTEM>, the system's name upper-cased, every other character than A-Z and 0-9 "_".
QString apiSecretVariable(const QString& system);

// Finds each system's secret: the environment override when set, else the keychain entry its "auth"
// names. `done` is called once, on the caller's thread, after the last answer; `keychain` may be null
// when no system needs it (a system that does then gets an error).
void resolveApiSecrets(const SystemsConfig& config, SecretStore* keychain,
                       const std::function<QString(const QString&)>& environment,
                       std::function<void(const ApiSecrets&)> done);

} // namespace ct
