#pragma once

// A secret store double for model and page tests: secrets in memory, answered on the next event-loop
// turn like a keychain would; or, when unavailable, every call answered as such (only the writes, when
// writesUnavailable).
#include "secretstore.h"

#include <QMap>
#include <QTimer>

namespace ct::test {

class MemorySecretStore : public SecretStore {
public:
    QMap<QString, QString> secrets;
    bool unavailable = false;
    bool writesUnavailable = false;

    void readSecret(const QString& key, Done done) override
    {
        answer(done, unavailable,
               secrets.contains(key) ? SecretResult{SecretResult::Status::Ok, secrets.value(key), {}}
                                     : SecretResult{SecretResult::Status::NotFound, {}, {}});
    }
    void writeSecret(const QString& key, const QString& secret, Done done) override
    {
        const bool away = unavailable || writesUnavailable;
        if (!away)
            secrets.insert(key, secret);
        answer(done, away, {SecretResult::Status::Ok, {}, {}});
    }
    void deleteSecret(const QString& key, Done done) override
    {
        if (!unavailable)
            secrets.remove(key);
        answer(done, unavailable, {SecretResult::Status::Ok, {}, {}});
    }

private:
    static void answer(const Done& done, bool away, const SecretResult& r)
    {
        const SecretResult out = away ? SecretResult{SecretResult::Status::Unavailable,
                                                     {},
                                                     QStringLiteral("no Secret Service on the bus")}
                                      : r;
        QTimer::singleShot(0, [done, out] { done(out); });
    }
};

} // namespace ct::test
