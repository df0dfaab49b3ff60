#pragma once

#include "connectionprofiles.h"
#include "profilesecrets.h"

#include <QList>
#include <QObject>
#include <QString>

namespace ct {

class BrokerProbe;
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
// passwords given (read from the keychain, or asked for). Every part reports once (checkAvailable),
// then finished() gives all of them in part order. A new start() drops the answers of the one before.
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    ConnectionTest(StoreProbe* store, BrokerProbe* broker, QObject* parent = nullptr);

    void start(const ConnectionProfile& profile, const ProfileSecrets& secrets);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void checkAvailable(const ct::ConnectionCheck& check);
    void finished(const QList<ct::ConnectionCheck>& checks);

private:
    void report(quint64 ticket, const ConnectionCheck& check);

    StoreProbe* m_store;
    BrokerProbe* m_broker;
    quint64 m_ticket = 0;
    int m_pending = 0;
    QList<ConnectionCheck> m_checks;
};

QString connectionPartName(ConnectionCheck::Part part);

} // namespace ct
