#pragma once

#include "secretstore.h"

#include <QObject>

#include <chrono>

namespace ct {

// Secrets in the OS keychain, under one service name. QtKeychain's own fallback to a plaintext file is
// never enabled. A job that does not answer within the timeout (a locked keyring can wait on an unlock
// prompt indefinitely) is answered as unavailable; its late answer is dropped.
class KeychainSecretStore : public QObject, public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Control Tower"),
                                 std::chrono::milliseconds timeout = std::chrono::seconds(5), QObject* parent = nullptr);

    void readSecret(const QString& key, Done done) override;
    void writeSecret(const QString& key, const QString& secret, Done done) override;
    void deleteSecret(const QString& key, Done done) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace ct
