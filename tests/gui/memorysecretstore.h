#pragma once

// A secret store double for page tests: secrets in memory, answered on the next event-loop turn like
// a keychain would; or, when unavailable, every call answered as such.
#include "secretstore.h"

#include <QMap>
#include <QTimer>

namespace ct::test {

class MemorySecretStore : public SecretStore {
public:
    QMap<QString, QString> secrets;
    bool unavailable = false;

    void readSecret(const QString& key, Done done) override
    {
        answer(done, secrets.contains(key) ? SecretResult{SecretResult::Status::Ok, secrets.value(key), {}}
                                           : SecretResult{SecretResult::Status::NotFound, {}, {}});
    }
    void writeSecret(const QString& key, const QString& secret, Done done) override
    {
        if (!unavailable)
            secrets.insert(key, secret);
        answer(done, {SecretResult::Status::Ok, {}, {}});
    }
    void deleteSecret(const QString& key, Done done) override
    {
        if (!unavailable)
            secrets.remove(key);
        answer(done, {SecretResult::Status::Ok, {}, {}});
    }

private:
    void answer(const Done& done, const SecretResult& r)
    {
        const SecretResult out = unavailable ? SecretResult{SecretResult::Status::Unavailable, {},
                                                            QStringLiteral("no Secret Service on the bus")}
                                             : r;
        QTimer::singleShot(0, [done, out] { done(out); });
    }
};

} // namespace ct::test
