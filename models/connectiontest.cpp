#include "connectiontest.h"

#include "brokerprobe.h"
#include "storeprobe.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace ct {

QString connectionPartName(ConnectionCheck::Part part)
{
    switch (part) {
    case ConnectionCheck::Part::Store:
        return ConnectionTest::tr("Store");
    case ConnectionCheck::Part::Amqp:
        return ConnectionTest::tr("AMQP");
    case ConnectionCheck::Part::Management:
        return ConnectionTest::tr("Management API");
    }
    return {};
}

ConnectionTest::ConnectionTest(StoreProbe* store, BrokerProbe* broker, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_broker(broker)
{
}

void ConnectionTest::start(const ConnectionProfile& profile, const ProfileSecrets& secrets)
{
    const quint64 ticket = ++m_ticket;
    m_checks.clear();
    m_pending = 3;
    QPointer<ConnectionTest> self(this);
    const auto failed = [](ConnectionCheck::Part part, const QString& why) {
        return ConnectionCheck{part, ConnectionCheck::Outcome::Failed, why};
    };
    if (profile.storeUrl.isEmpty()) {
        report(ticket, {ConnectionCheck::Part::Store, ConnectionCheck::Outcome::NotConfigured, tr("not set")});
    } else {
        m_store->testStore(profile.storeUrl, secrets.value(SecretKind::Store), [self, ticket, failed](const Expected<StoreInfo>& info) {
            if (!self)
                return;
            self->report(ticket, info ? ConnectionCheck{ConnectionCheck::Part::Store, ConnectionCheck::Outcome::Ok,
                                                        tr("%1 %2, schema version %3")
                                                            .arg(info->engine, info->serverVersion,
                                                                 QString::number(info->schemaVersion))}
                                      : failed(ConnectionCheck::Part::Store, info.error().text));
        });
    }
    if (profile.amqpUrl.isEmpty()) {
        report(ticket, {ConnectionCheck::Part::Amqp, ConnectionCheck::Outcome::NotConfigured, tr("not set")});
        report(ticket, {ConnectionCheck::Part::Management, ConnectionCheck::Outcome::NotConfigured, tr("not set")});
        return;
    }
    const BrokerEndpoint endpoint{profile.amqpUrl, profile.managementUrl, profile.caFile, secrets.value(SecretKind::Amqp)};
    m_broker->testLogin(endpoint, [self, ticket, failed](const Expected<bool>& login) {
        if (self)
            self->report(ticket, login ? ConnectionCheck{ConnectionCheck::Part::Amqp, ConnectionCheck::Outcome::Ok,
                                                         tr("logged in")}
                                       : failed(ConnectionCheck::Part::Amqp, login.error().text));
    });
    m_broker->fetchQueueHealth(endpoint, [self, ticket, failed](const Expected<QList<QueueHealth>>& queues) {
        if (self)
            self->report(ticket, queues ? ConnectionCheck{ConnectionCheck::Part::Management, ConnectionCheck::Outcome::Ok,
                                                          tr("queues in the virtual host: %1")
                                                              .arg(QLocale().toString(queues->size()))}
                                        : failed(ConnectionCheck::Part::Management, queues.error().text));
    });
}

void ConnectionTest::report(quint64 ticket, const ConnectionCheck& check)
{
    if (ticket != m_ticket || m_pending == 0)
        return;
    m_checks.append(check);
    Q_EMIT checkAvailable(check);
    if (--m_pending > 0)
        return;
    std::sort(m_checks.begin(), m_checks.end(),
              [](const ConnectionCheck& a, const ConnectionCheck& b) { return a.part < b.part; });
    Q_EMIT finished(m_checks);
}

} // namespace ct
