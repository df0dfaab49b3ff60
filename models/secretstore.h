#pragma once

#include <QString>

#include <functional>

namespace ct {

// What a secret store said: the secret, or that it has none under that key, or why it could not answer.
struct SecretResult {
    enum class Status { Ok, NotFound, Unavailable };
    Status status = Status::Unavailable;
    QString secret;  // Ok: the secret (empty for a write or a delete)
    QString error;   // Unavailable: one sentence

    bool ok() const { return status == Status::Ok; }
};

// Port: where passwords and tokens live (ARCHITECTURE.md §8): the OS keychain, never a file. Every
// call answers exactly once, on the caller's thread, within the store's timeout; an unavailable store
// is an answer, and the caller asks the user instead (there is no plaintext fallback).
class SecretStore {
public:
    using Done = std::function<void(const SecretResult&)>;

    virtual ~SecretStore() = default;
    virtual void readSecret(const QString& key, Done done) = 0;
    virtual void writeSecret(const QString& key, const QString& secret, Done done) = 0;
    virtual void deleteSecret(const QString& key, Done done) = 0;
};

} // namespace ct
