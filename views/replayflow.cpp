#include "replayflow.h"

#include "auditentry.h"
#include "failureactionbar.h"
#include "profilesecrets.h"
#include "replaydryrun.h"
#include "replayresume.h"
#include "timeformat.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace ct {

ReplayFlow::ReplayFlow(StoreService* service, FailureActionBar* bar, const PayloadDecoder* decoder, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_service(service)
    , m_bar(bar)
    , m_decoder(decoder)
    , m_dialogParent(dialogParent)
{
    connect(m_bar, &FailureActionBar::resumeRequested, this, &ReplayFlow::askAndResume);
}

void ReplayFlow::setServices(const ConnectionServices& services)
{
    m_services = services;
    checkResumable(false);
}

QList<ConnectionProfile> ReplayFlow::profiles() const
{
    QString error;
    return m_services.profilesPath.isEmpty() ? QList<ConnectionProfile>()
                                             : ConnectionProfiles::load(m_services.profilesPath, &error).profiles();
}

void ReplayFlow::cancel()
{
    if (m_services.replay)
        m_services.replay->cancel();
}

void ReplayFlow::withBroker(const ConnectionProfile& profile, std::function<void(const BrokerEndpoint&)> go)
{
    QPointer<ReplayFlow> self(this);
    readProfileSecrets(*m_services.secrets, profile.name, {SecretKind::Amqp},
                       [self, profile, go](const ProfileSecrets& secrets, const QString&) {
                           if (self)
                               go(BrokerEndpoint{profile.amqpUrl, profile.managementUrl, profile.caFile,
                                                 secrets.value(SecretKind::Amqp)});
                       });
}

void ReplayFlow::start(ReplayOrder order, const ConnectionProfile& profile, bool dryRunFirst)
{
    if (!m_services.replay || !m_services.secrets) {
        m_bar->showFailed(tr("replaying needs a broker connection, which this window was started without"));
        return;
    }
    if (isRunning())
        return;
    order.role = m_acting ? m_acting() : ActorRole::Operator;
    order.actor = AuditEntry::localActor();
    m_total = order.resumeJob.isEmpty() ? order.keys.size() : m_resumable ? m_resumable->left : 0;
    m_bar->showRunning(TransitionAction::StartReplay, 0, m_total);
    withBroker(profile, [this, order, dryRunFirst](const BrokerEndpoint& broker) {
        if (dryRunFirst)
            confirmAndSend(broker, order);
        else
            send(broker, order);
    });
}

void ReplayFlow::confirmAndSend(const BrokerEndpoint& broker, const ReplayOrder& order)
{
    m_bar->showNote(tr("Checking what the replay would do (dry run)…"));
    QPointer<ReplayFlow> self(this);
    m_services.replay->dryRun(broker, order, m_decoder, [self, broker, order](const Expected<ReplayDryRun>& run) {
        if (!self)
            return;
        if (!run) {
            self->m_bar->showFailed(run.error().text);
            return;
        }
        QMessageBox confirm(QMessageBox::Question, tr("Replay failed messages"), tr("Dry run, nothing changed yet:"),
                            QMessageBox::Cancel, self->m_dialogParent);
        confirm.setTextFormat(Qt::PlainText);
        QStringList lines = summarizeDryRun(run.value());
        if (order.canaryCount > 0)
            lines << tr("Canary: the first %1 go first; the rest only once each shows its stage done downstream "
                        "(waiting up to %2 s).")
                         .arg(order.canaryCount)
                         .arg(order.canaryWaitSeconds);
        confirm.setInformativeText(lines.join(QLatin1Char('\n')));
        QPushButton* go = confirm.addButton(tr("Replay %n message(s)", nullptr, int(run->wouldSend())),
                                            QMessageBox::AcceptRole);
        go->setEnabled(run->wouldSend() > 0);
        confirm.exec();
        if (confirm.clickedButton() != static_cast<QAbstractButton*>(go)) {
            self->m_bar->showNote(tr("The replay was not started."));
            return;
        }
        self->send(broker, order);
    });
}

void ReplayFlow::send(const BrokerEndpoint& broker, const ReplayOrder& order)
{
    QPointer<ReplayFlow> self(this);
    m_resumable.reset();
    // A look for an unfinished replay still under way would find this one's job and, arriving after its
    // report, replace the report: it is abandoned (the report offers what is left).
    m_resumableRead = StoreTicket();
    m_bar->showRunning(TransitionAction::StartReplay, 0, m_total);
    m_services.replay->replay(
        broker, order,
        [self](const ReplayProgress& p) {
            if (self)
                self->m_bar->showReplaying(p);
        },
        [self](const ReplayReport& r) {
            if (!self)
                return;
            self->m_bar->showReplayed(r);
            Q_EMIT self->finished();
            if (r.cancelled || !r.error.isEmpty())
                self->checkResumable(true);
        });
}

void ReplayFlow::checkResumable(bool afterReport)
{
    if (!m_services.replay || isRunning())
        return;
    m_resumableRead = m_service->read<std::optional<ReplayToResume>>(
        this, [](TelemetryStore& store) { return replayToResume(store, store); },
        [this, afterReport](const Expected<std::optional<ReplayToResume>>& found) {
            m_resumable.reset();
            if (!found || !found->has_value() || found.value()->keys.isEmpty() || isRunning())
                return;
            const ReplayToResume& r = *found.value();
            m_resumable = Resumable{r.job.id, r.keys.size()};
            if (afterReport) {  // the report just shown says what is left: offer to go on with it
                m_bar->showResumable({});
                return;
            }
            const QLocale locale;
            const QString how = r.job.state == QLatin1String("cancelled") ? tr("was cancelled")
                                : r.job.state == QLatin1String("failed")
                                    ? tr("stopped early (%1)").arg(r.job.summary)
                                    : tr("did not finish (interrupted, or still running elsewhere)");
            m_bar->showResumable(tr("The replay of %1 messages that %2 started %3 %4: %5 still to replay.")
                                     .arg(locale.toString(r.job.selected), r.job.actor,
                                          relativeTime(r.job.createdAt, Timestamp::now()), how,
                                          locale.toString(r.keys.size())));
        });
}

void ReplayFlow::askAndResume()
{
    QList<ConnectionProfile> brokers;
    QStringList names;
    for (const ConnectionProfile& p : profiles()) {
        if (!p.amqpUrl.isEmpty()) {
            brokers << p;
            names << QStringLiteral("%1 — %2").arg(p.name, withoutPassword(p.amqpUrl).first);
        }
    }
    if (brokers.isEmpty()) {
        m_bar->showFailed(tr("no saved connection profile names a broker: add one on the Connections page"));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_dialogParent, tr("Resume the replay"), tr("Broker"), names, 0, false, &ok);
    if (ok)
        resume(brokers.value(names.indexOf(chosen)));
}

void ReplayFlow::resume(const ConnectionProfile& profile)
{
    if (!m_resumable)
        return;
    ReplayOrder order;
    order.resumeJob = m_resumable->id;
    start(order, profile, false);
}

} // namespace ct
