#pragma once

#include "connectionprofiles.h"

#include <QList>
#include <QObject>
#include <QString>

namespace ct {

class BrokerProbe;
class SecretStore;
class StoreProbe;

// One line of a connection test: a part of the profile, and whether it answered (or why not).
struct ConnectionCheck {
    enum class Part { Store, Amqp, Management };
    enum class Outcome { Ok, Failed, NotConfigured };
    Part part = Part::Store;
    Outcome outcome = Outcome::NotConfigured;
    QString text; // Ok: what answered; Failed: the reason, one sentence
};

// Tests a profile: the store, an AMQP login and the management API, each off the GUI thread, with the
// passwords read from the secret store. Every part reports once (checkAvailable), then finished()
// gives all of them in part order. A new start() drops the answers of the one before.
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    ConnectionTest(SecretStore* secrets, StoreProbe* store, BrokerProbe* broker, QObject* parent = nullptr);

    void start(const ConnectionProfile& profile);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void checkAvailable(const ct::ConnectionCheck& check);
    void finished(const QList<ct::ConnectionCheck>& checks);

private:
    void run(const ConnectionProfile& profile, const QString& storePassword, const QString& amqpPassword,
             const QString& keychainProblem);
    void report(quint64 ticket, const ConnectionCheck& check);

    SecretStore* m_secrets;
    StoreProbe* m_store;
    BrokerProbe* m_broker;
    quint64 m_ticket = 0;
    int m_pending = 0;
    QList<ConnectionCheck> m_checks;
};

QString connectionPartName(ConnectionCheck::Part part);

} // namespace ct
