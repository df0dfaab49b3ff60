#include "connectionspage.h"

#include "detailpane.h"
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

ConnectionsPage::ConnectionsPage(StoreService* service, QWidget* parent)
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
    layout->addWidget(m_profile, 1, 0);
    layout->addWidget(m_content, 1, 1);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

void ConnectionsPage::reload()
{
    markLoading();
    m_status->setText(tr("Checking the store…"));
    load<StoreSnapshot>(
        [](TelemetryStore& store) -> Expected<StoreSnapshot> {
            auto info = store.info();
            if (!info)
                return info.error();
            auto stats = store.stats();
            if (!stats)
                return stats.error();
            return StoreSnapshot{info.value(), stats.value()};
        },
        [this](const Expected<StoreSnapshot>& snapshot) {
            if (!snapshot) {
                const StatusStyle failed = statusStyle(UiStatus::Failed, false);
                m_status->setText(failed.glyph + QLatin1Char(' ') + tr("Store unavailable"));
                m_status->setProperty("status", int(UiStatus::Failed));
                m_profile->showPlaceholder(snapshot.error().text);
                m_content->showPlaceholder(tr("Nothing to show until the store can be read."));
                setKeyFigures({{tr("\u2717 unavailable"), tr("store"), UiStatus::Failed}});
                Q_EMIT storeFailed(snapshot.error().text);
            } else {
                showInfo(snapshot->info, snapshot->stats);
                Q_EMIT storeInfoAvailable(snapshot->info);
            }
            markReady();
        });
}

void ConnectionsPage::showInfo(const StoreInfo& info, const StoreStats& stats)
{
    const QLocale locale;
    m_status->setText(statusStyle(UiStatus::Ok, false).glyph + QLatin1Char(' ') + tr("Connected"));
    m_status->setProperty("status", int(UiStatus::Ok));
    m_profile->clear();
    m_profile->addRow(tr("Location"), info.location, true);
    m_profile->addRow(tr("Engine"), info.engine + QStringLiteral(" \u2014 ") + info.serverVersion);
    m_profile->addRow(tr("Size"), locale.formattedDataSize(info.sizeBytes, 1, QLocale::DataSizeTraditionalFormat));
    m_profile->addRow(tr("Schema version"), QString::number(info.schemaVersion));
    m_profile->addRow(tr("Created"), absoluteTime(info.createdAt));
    m_profile->addRow(tr("Last change"),
                      relativeTime(info.lastChangeAt, Timestamp::now()) + QStringLiteral(" (")
                          + absoluteTime(info.lastChangeAt) + QLatin1Char(')'));
    m_content->clear();
    for (auto it = stats.tables.cbegin(); it != stats.tables.cend(); ++it)
        m_content->addRow(it.key(), locale.toString(it.value()));
    setKeyFigures({{tr("\u2713 connected"), info.engine, UiStatus::Ok},
                   {locale.toString(stats.tables.value(QStringLiteral("events"))), tr("events")},
                   {locale.formattedDataSize(info.sizeBytes, 1, QLocale::DataSizeTraditionalFormat), tr("on disk")}});
}

} // namespace ct
