#include "connectionspage.h"

#include "brokerhealthpanel.h"
#include "detailpane.h"
#include "profilespanel.h"
#include "statusproperty.h"
#include "storeservice.h"
#include "timeformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace ct {
namespace {

struct StoreSnapshot {
    StoreInfo info;
    StoreStats stats;
};

} // namespace

ConnectionsPage::ConnectionsPage(StoreService* service, const ConnectionServices& services, QWidget* parent)
    : Page(QStringLiteral("connections"), service, parent)
    , m_status(new QLabel(this))
    , m_profile(new DetailPane(this))
    , m_content(new DetailPane(this))
{
    m_status->setObjectName(QStringLiteral("sectionTitle"));
    m_status->setTextFormat(Qt::PlainText);
    m_profile->setTitle(tr("Telemetry store"));
    m_content->setTitle(tr("Content"));
    for (QWidget* w : {static_cast<QWidget*>(m_profile), static_cast<QWidget*>(m_content)}) {
        w->setAttribute(Qt::WA_StyledBackground);
        w->setObjectName(QStringLiteral("tile"));
    }
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addWidget(m_status, 0, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    if (!services.isComplete()) {
        layout->addWidget(m_profile, 1, 0);
        layout->addWidget(m_content, 1, 1);
        layout->setRowStretch(2, 1);
        return;
    }
    // The store in use on the left, the saved profiles beside it, the broker health beneath both.
    auto* store = new QVBoxLayout;
    store->setSpacing(16);
    store->addWidget(m_profile);
    store->addWidget(m_content);
    store->addStretch(1);
    m_profiles = new ProfilesPanel(services, this);
    m_health = new BrokerHealthPanel(services.broker, services.secrets, this);
    layout->addLayout(store, 1, 0);
    layout->addWidget(m_profiles, 1, 1);
    layout->addWidget(m_health, 2, 0, 1, 2);
    layout->setRowStretch(1, 2);
    layout->setRowStretch(2, 3);
    connect(m_profiles, &ProfilesPanel::selectionChanged, m_health, &BrokerHealthPanel::setProfile);
    connect(m_profiles, &ProfilesPanel::sessionSecretsEntered, m_health,
            [this](const QString& profile, const ProfileSecrets& secrets) {
                m_health->usePassword(profile, secrets.value(SecretKind::Amqp));
            });
    m_health->setProfile(m_profiles->selectedProfile());
}

void ConnectionsPage::setSessionRole(SessionRole* session)
{
    if (m_profiles)
        m_profiles->setSessionRole(session);
}

void ConnectionsPage::reload()
{
    markLoading();
    if (!isQuiet())
        m_status->setText(tr("Checking the store…"));
    // What the store is answers at once; counting its content takes a scan, so it follows.
    load<StoreInfo>(
        [](TelemetryStore& store) { return store.info(); },
        [this](const Expected<StoreInfo>& info) {
            if (!info) {
                const StatusStyle failed = statusStyle(UiStatus::Failed, false);
                m_status->setText(failed.glyph + QLatin1Char(' ') + tr("Store unavailable"));
                setStatusProperty(m_status, UiStatus::Failed);
                m_profile->showPlaceholder(info.error().text);
                m_content->showPlaceholder(tr("Nothing to show until the store can be read."));
                setKeyFigures({{tr("\u2717 unavailable"), tr("store"), UiStatus::Failed}});
                Q_EMIT storeFailed(info.error().text);
                markReady();
                return;
            }
            showInfo(info.value());
            Q_EMIT storeInfoAvailable(info.value());
            markReady();
            m_counting = service()->read<StoreStats>(
                this, [](TelemetryStore& store) { return store.stats(); },
                [this, info = info.value()](const Expected<StoreStats>& stats) {
                    if (stats)
                        showCounts(info, stats.value());
                    else
                        m_content->showPlaceholder(stats.error().text);
                });
        });
}

void ConnectionsPage::showInfo(const StoreInfo& info)
{
    const QLocale locale;
    m_status->setText(statusStyle(UiStatus::Ok, false).glyph + QLatin1Char(' ') + tr("Connected"));
    setStatusProperty(m_status, UiStatus::Ok);
    m_profile->clear();
    m_profile->addRow(tr("Location"), info.location, true);
    m_profile->addRow(tr("Engine"), info.engine + QStringLiteral(" \u2014 ") + info.serverVersion);
    m_profile->addRow(tr("Size"), locale.formattedDataSize(info.sizeBytes, 1, QLocale::DataSizeTraditionalFormat));
    m_profile->addRow(tr("Schema version"), QString::number(info.schemaVersion));
    m_profile->addRow(tr("Granted role"), tr("%1: the most this connection may do (the role you act in is chosen in the "
                                             "status bar)").arg(actorRoleName(info.grantedRole)));
    m_profile->addRow(tr("Created"), absoluteTime(info.createdAt));
    m_profile->addRow(tr("Last change"),
                      relativeTime(info.lastChangeAt, Timestamp::now()) + QStringLiteral(" (")
                          + absoluteTime(info.lastChangeAt) + QLatin1Char(')'));
    if (m_content->isEmpty())
        m_content->showPlaceholder(tr("Counting…"));
    setKeyFigures({{tr("\u2713 connected"), info.engine, UiStatus::Ok},
                   {locale.formattedDataSize(info.sizeBytes, 1, QLocale::DataSizeTraditionalFormat), tr("on disk")}});
}

void ConnectionsPage::showCounts(const StoreInfo& info, const StoreStats& stats)
{
    const QLocale locale;
    m_content->clear();
    for (auto it = stats.tables.cbegin(); it != stats.tables.cend(); ++it)
        m_content->addRow(it.key(), locale.toString(it.value()));
    setKeyFigures({{tr("\u2713 connected"), info.engine, UiStatus::Ok},
                   {locale.toString(stats.tables.value(QStringLiteral("events"))), tr("events")},
                   {locale.formattedDataSize(info.sizeBytes, 1, QLocale::DataSizeTraditionalFormat), tr("on disk")}});
}

} // namespace ct
