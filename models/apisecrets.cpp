#include "apisecrets.h"

#include <memory>

namespace ct {

QString apiSecretVariable(const QString& system)
{
    QString name = system.toUpper();
    for (QChar& c : name) {
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            c = QLatin1Char('_');
    }
    return QStringLiteral("CTOWER_API_SECRET_") + name;
}

void resolveApiSecrets(const SystemsConfig& config, SecretStore* keychain,
                       const std::function<QString(const QString&)>& environment,
                       std::function<void(const ApiSecrets&)> done)
{
    struct Pending {
        ApiSecrets result;
        int waiting = 1; // the loop below holds one until it ends
        std::function<void(const ApiSecrets&)> done;
        void release()
        {
            if (--waiting == 0)
                done(result);
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    for (const SystemApi& s : config.systems) {
        if (s.auth.type == AuthType::None)
            continue;
        const QString variable = apiSecretVariable(s.system);
        const QString fromEnvironment = environment(variable);
        if (!fromEnvironment.isEmpty()) {
            pending->result.secrets.insert(s.system, fromEnvironment);
            continue;
        }
        if (s.auth.secretKey.isEmpty()) {
            pending->result.errors.insert(s.system, QStringLiteral("%1 needs a secret: name its keychain key in \"secret_key\" or set %2")
                                                        .arg(s.system, variable));
            continue;
        }
        if (!keychain) {
            pending->result.errors.insert(s.system, QStringLiteral("%1: no keychain to read \"%2\" from; set %3")
                                                        .arg(s.system, s.auth.secretKey, variable));
            continue;
        }
        ++pending->waiting;
        const QString system = s.system, key = s.auth.secretKey;
        keychain->readSecret(key, [pending, system, key, variable](const SecretResult& r) {
            if (r.ok())
                pending->result.secrets.insert(system, r.secret);
            else if (r.status == SecretResult::Status::NotFound)
                pending->result.errors.insert(system, QStringLiteral("%1: the keychain holds no \"%2\"; store it there or set %3")
                                                          .arg(system, key, variable));
            else
                pending->result.errors.insert(system, QStringLiteral("%1: the keychain is unavailable (%2); set %3")
                                                          .arg(system, r.error, variable));
            pending->release();
        });
    }
    pending->release();
}

} // namespace ct
