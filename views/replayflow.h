#pragma once

#include "actorrole.h"
#include "connectionprofiles.h"
#include "connectionservices.h"
#include "replayrunner.h"
#include "storeservice.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace ct {

class FailureActionBar;
class PayloadDecoder;

// The Exceptions page's replays (ARCHITECTURE.md §7), from the order to the outcome in the action
// bar: the broker's password from the keychain, the dry run confirmed first, the progress (a canary's
// wait included), the report; and a replay that did not finish (cancelled, stopped on an error, or the app went away
// under it) offered for resuming, where it stopped.
class ReplayFlow : public QObject {
    Q_OBJECT
public:
    ReplayFlow(StoreService* service, FailureActionBar* bar, const PayloadDecoder* decoder, QWidget* dialogParent);

    void setServices(const ConnectionServices& services);
    void setRole(std::function<ActorRole()> acting) { m_acting = std::move(acting); }
    // The saved profiles (empty when this window has none).
    QList<ConnectionProfile> profiles() const;

    bool isRunning() const { return m_services.replay && m_services.replay->isRunning(); }
    void cancel();
    // Replays order.keys over `profile`'s broker in the role acted in; with `dryRunFirst`, what it would
    // do is shown first and it goes only once confirmed.
    void start(ReplayOrder order, const ConnectionProfile& profile, bool dryRunFirst);
    // Looks for a replay that did not finish, and offers it in the action bar: with a sentence, or
    // after a replay's report, beside it.
    void checkResumable(bool afterReport);
    // Asks for the broker, then resumes the replay offered.
    void askAndResume();
    // Replays what is left of the offered replay over `profile`'s broker (what tests call directly).
    void resume(const ConnectionProfile& profile);
    // Whether one is offered (its job id), for tests.
    QString resumableJob() const { return m_resumable ? m_resumable->id : QString(); }

Q_SIGNALS:
    // A replay ended: the list may have changed.
    void finished();

private:
    struct Resumable {
        QString id;
        qint64 left = 0;
    };
    void withBroker(const ConnectionProfile& profile, std::function<void(const BrokerEndpoint&)> go);
    void confirmAndSend(const BrokerEndpoint& broker, const ReplayOrder& order);
    void send(const BrokerEndpoint& broker, const ReplayOrder& order);

    StoreService* m_service;
    FailureActionBar* m_bar;
    const PayloadDecoder* m_decoder;
    QWidget* m_dialogParent;
    ConnectionServices m_services;
    std::function<ActorRole()> m_acting;
    std::optional<Resumable> m_resumable;
    qint64 m_total = 0;  // of the replay under way, for its progress until the first report
    StoreTicket m_resumableRead;
};

} // namespace ct
