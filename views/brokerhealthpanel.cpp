#include "brokerhealthpanel.h"

#include "plainlabel.h"
#include "profilesecrets.h"
#include "queuehealthmodel.h"
#include "statuscolourproxy.h"
#include "statusproperty.h"
#include "tableview.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ct {
namespace {

std::optional<UiStatus> verdictStatus(const QVariant& verdict)
{
    switch (QueueHealth::Verdict(verdict.toInt())) {
    case QueueHealth::Verdict::Ok:
        return UiStatus::Ok;
    case QueueHealth::Verdict::Idle:
        return UiStatus::Stale;
    case QueueHealth::Verdict::DeadLetters:
    case QueueHealth::Verdict::FallingBehind:
        return UiStatus::Warning;
    case QueueHealth::Verdict::NoConsumers:
        return UiStatus::Failed;
    }
    return std::nullopt;
}

} // namespace

BrokerHealthPanel::BrokerHealthPanel(BrokerProbe* probe, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_probe(probe)
    , m_secrets(secrets)
    , m_model(new QueueHealthModel(this))
    , m_table(makeTableView(this))
    , m_status(makePlainLabel(QString(), QString(), this))
    , m_timer(new QTimer(this))
{
    auto* title = new QLabel(tr("Broker health"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    auto* colours = new StatusColourProxy(QueueHealthModel::Verdict, QueueHealthModel::StatusRole, verdictStatus, this);
    colours->setSourceModel(m_model);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSortRole(QueueHealthModel::SortRole);
    sorted->setSourceModel(colours);
    m_table->setModel(sorted);
    setColumnWidths(m_table, {240, 70, 70, 100, 90, 80, 80, 80});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &BrokerHealthPanel::refresh);
    setProfile(std::nullopt);
}

void BrokerHealthPanel::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(int(interval.count()));
}

QString BrokerHealthPanel::statusText() const
{
    return m_status->text();
}

void BrokerHealthPanel::setStatus(const QString& text, std::optional<UiStatus> status)
{
    setLabelText(m_status, text);
    setStatusProperty(m_status, status);
}

void BrokerHealthPanel::setProfile(const std::optional<ConnectionProfile>& profile)
{
    ++m_ticket; // answers for the profile shown before are dropped
    m_busy = false;
    m_profile = profile;
    m_password.reset();
    m_keychainProblem.clear();
    m_model->setQueues({});
    if (!m_profile || m_profile->amqpUrl.isEmpty()) {
        setStatus(m_profile ? tr("This profile names no broker: give it an AMQP URL to see its queues.")
                            : tr("Select a connection profile with a broker to see the health of its queues."),
                  std::nullopt);
        return;
    }
    setStatus(tr("Reading the broker\u2026"), UiStatus::InProgress);
    if (isVisible())
        refresh();
}

void BrokerHealthPanel::usePassword(const QString& profile, const QString& password)
{
    if (!m_profile || m_profile->name != profile)
        return;
    ++m_ticket; // a read under way with the old password is dropped
    m_busy = false;
    m_password = password;
    m_keychainProblem.clear();
    refresh();
}

void BrokerHealthPanel::refresh()
{
    if (m_busy || !m_profile || m_profile->amqpUrl.isEmpty())
        return;
    m_busy = true;
    const quint64 ticket = m_ticket;
    BrokerEndpoint endpoint{m_profile->amqpUrl, m_profile->managementUrl, m_profile->caFile, QString()};
    if (m_password) {
        endpoint.password = *m_password;
        return fetch(ticket, endpoint);
    }
    QPointer<BrokerHealthPanel> self(this);
    readProfileSecrets(*m_secrets, m_profile->name, {SecretKind::Amqp},
                       [self, ticket, endpoint](const ProfileSecrets& secrets, const QString& problem) mutable {
                           if (!self || self->m_ticket != ticket)
                               return;
                           // An unavailable keychain gives no password; a refusal then says why.
                           self->m_password = secrets.value(SecretKind::Amqp);
                           self->m_keychainProblem = problem;
                           endpoint.password = *self->m_password;
                           self->fetch(ticket, endpoint);
                       });
}

void BrokerHealthPanel::fetch(quint64 ticket, const BrokerEndpoint& endpoint)
{
    QPointer<BrokerHealthPanel> self(this);
    m_probe->fetchQueueHealth(endpoint, [self, ticket](const Expected<QList<QueueHealth>>& queues) {
        if (!self || self->m_ticket != ticket)
            return;
        self->m_busy = false;
        self->show(queues);
        Q_EMIT self->refreshed();
    });
}

void BrokerHealthPanel::show(const Expected<QList<QueueHealth>>& answer)
{
    if (!answer) {
        QString text = statusStyle(UiStatus::Failed, false).glyph + QLatin1Char(' ') + answer.error().text;
        if (!m_keychainProblem.isEmpty())
            text += QLatin1Char(' ') + m_keychainProblem;
        setStatus(text, UiStatus::Failed);
        return;
    }
    const QList<QueueHealth> shown = watchedQueues(answer.value(), m_profile->queues);
    m_model->setQueues(shown);
    int flagged = 0;
    for (const QueueHealth& q : shown) {
        if (q.verdict == QueueHealth::Verdict::NoConsumers || q.verdict == QueueHealth::Verdict::FallingBehind)
            ++flagged;
    }
    QString text = tr("Queues: %1 \u00b7 needing attention: %2 \u00b7 updated %3")
                       .arg(QLocale().toString(shown.size()), QLocale().toString(flagged),
                            QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    const QStringList missing = missingQueues(answer.value(), m_profile->queues);
    if (!missing.isEmpty())
        text += QLatin1Char(' ') + tr("Not on the broker: %1.").arg(missing.join(QStringLiteral(", ")));
    setStatus(text, flagged || !missing.isEmpty() ? std::optional(UiStatus::Warning) : std::nullopt);
}

void BrokerHealthPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void BrokerHealthPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace ct
