#include "systemsaccess.h"

#include <QFileInfo>

namespace ct {

SystemsSource userSystems(SecretStore* keychain)
{
    return [keychain](std::function<void(const Expected<SystemsAccess>&)> done) {
        const QString path = SystemsConfig::userFilePath();
        if (!QFileInfo::exists(path)) {
            done(StoreError::make(StoreError::Code::NotFound,
                                  QStringLiteral("no systems file: %1 names the systems' APIs to read (its format: "
                                                 "resources/systems.README.md)").arg(path)));
            return;
        }
        QString error;
        SystemsConfig config = SystemsConfig::load(path, &error);
        if (!error.isEmpty()) {
            done(StoreError::make(StoreError::Code::Corrupt, error));
            return;
        }
        resolveApiSecrets(config, keychain, [](const QString& name) { return qEnvironmentVariable(qPrintable(name)); },
                          [config, done](const ApiSecrets& secrets) { done(SystemsAccess{config, secrets}); });
    };
}

} // namespace ct
