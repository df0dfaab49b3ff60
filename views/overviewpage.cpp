#include "overviewpage.h"

#include "eventratestile.h"
#include "flowlibrary.h"
#include "incidentdetection.h"
#include "incidentfeed.h"
#include "overviewtile.h"
#include "peakmodedialog.h"
#include "plainlabel.h"
#include "postingsummarymodel.h"
#include "rollupfigures.h"
#include "sessionrole.h"
#include "storeservice.h"
#include "throughputview.h"
#include "timeformat.h"
#include "wallfigures.h"
#include "wallscreen.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace ct {
namespace {

// What the page reads in one go: the tiles' figures, the incidents up to their newest event, the
// orders blocking the most revenue and the operating mode.
struct OverviewReading {
    OverviewFigures figures;
    std::optional<OperatingMode> mode;  // none: the store could not say
};

// What the page reads after the tiles show.
struct OverviewDetail {
    QList<Incident> incidents;
    RevenueBlockerRanking blockers;  // read only for the wall screen: it judges every order in flight
    bool blockersRead = false;
};

// How many of the orders blocking revenue the wall screen lists.
constexpr int kWallBlockers = 10;

const FlowLibrary& builtInFlows()
{
    QString error;  // the built-in templates are checked by tests; a bad one leaves the library empty
    return FlowLibrary::builtIn(&error);
}

} // namespace

// A tile of the first row. Its id stays the same from one refresh to the next (and always opens the
// same page), so a refresh finds the tile it showed before.
struct OverviewPage::PlacedTile {
    QString id;
    QString pageId;
    TileFigure figure;
};

OverviewPage::OverviewPage(StoreService* service, QList<PostingStage> postingStages, QWidget* parent,
                           const FlowLibrary* flows)
    : Page(QStringLiteral("overview"), service, parent)
    , m_postingStages(std::move(postingStages))
    , m_flows(flows ? flows : &builtInFlows())
    , m_asOf(makePlainLabel(QString(), QStringLiteral("muted"), this))
    , m_modeBanner(makePlainLabel(QString(), QStringLiteral("peakBanner"), this))
    , m_switchOutcome(makePlainLabel(QString(), QStringLiteral("muted"), this))
    , m_wallButton(new QToolButton(this))
    , m_peakButton(new QToolButton(this))
    , m_wall(new WallScreen(this))
    , m_board(new QWidget(this))
    , m_grid(new QGridLayout(m_board))
    , m_rates(new EventRatesTile(tr("Events per minute, last hour, by system"), m_board))
    , m_lower(new QSplitter(Qt::Horizontal, this))
    , m_incidents(new IncidentFeed(m_lower))
    , m_throughput(new ThroughputView(m_lower))
{
    connect(m_incidents, &IncidentFeed::openPage, this, &Page::openPage);
    connect(m_throughput, &ThroughputView::openSla, this, [this](const QString& slaId) {
        Q_EMIT openPage(QStringLiteral("sla"), slaId);
    });
    m_lower->setObjectName(QStringLiteral("overviewLower"));
    m_lower->setChildrenCollapsible(false);
    m_lower->setStretchFactor(0, 3);  // the feed's sentences need the room more than the chart
    m_lower->setStretchFactor(1, 2);
    m_lower->hide(); // until there are figures to show
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(14);
    m_board->hide();  // until there are figures to show
    placeTiles();
    m_modeBanner->hide();
    m_switchOutcome->hide();
    m_wall->hide();
    connect(m_wall, &WallScreen::openCorrelation, this, &Page::openCorrelation);
    connect(m_wall, &WallScreen::openPage, this, &Page::openPage);
    m_wallButton->setText(tr("Wall screen"));
    m_wallButton->setCheckable(true);
    m_wallButton->setToolTip(tr("The figures in large type for a screen across the room (F11: full screen too)"));
    connect(m_wallButton, &QToolButton::toggled, this, &OverviewPage::setWallScreen);
    auto* wallKey = new QShortcut(QKeySequence(Qt::Key_F11), this);
    // F11 is the wall screen across the room: the window fills the screen with it, and leaves it after.
    connect(wallKey, &QShortcut::activated, this, [this] {
        const bool on = !m_wallOn;
        setWallScreen(on);
        if (QWidget* frame = window(); frame != this)
            frame->setWindowState(on ? frame->windowState() | Qt::WindowFullScreen
                                     : frame->windowState() & ~Qt::WindowFullScreen);
    });
    m_peakButton->setText(tr("Peak mode…"));
    m_peakButton->setToolTip(tr("Switch peak-event mode on or off for everyone on this store"));
    connect(m_peakButton, &QToolButton::clicked, this, &OverviewPage::askPeakMode);

    auto* top = new QHBoxLayout;
    top->addWidget(m_asOf, 1);
    top->addWidget(m_switchOutcome);
    top->addWidget(m_peakButton);
    top->addWidget(m_wallButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addLayout(top);
    layout->addWidget(m_modeBanner);
    layout->addWidget(m_board);
    layout->addWidget(m_lower, 1);
    layout->addWidget(m_wall, 1);
}

void OverviewPage::setWallScreen(bool on)
{
    const bool turned = on != m_wallOn;
    m_wallOn = on;
    const QSignalBlocker quiet(m_wallButton);
    m_wallButton->setChecked(on);
    const bool figures = !m_board->isHidden() || !m_wall->isHidden();
    m_wall->setVisible(on && figures);
    m_board->setVisible(!on && figures);
    m_lower->setVisible(!on && figures);
    // The orders blocking revenue are read only while the wall shows them, the throughput chart only
    // while it is hidden: a switch reads what the other view shows.
    if (turned)
        refresh();
}

QString OverviewPage::modeBanner() const
{
    return m_modeBanner->isHidden() ? QString() : m_modeBanner->text();
}

QString OverviewPage::switchOutcome() const
{
    return m_switchOutcome->text();
}

void OverviewPage::showMode(const OperatingMode& mode)
{
    // The wall screen follows the mode when it changes: on at the start of a peak event, off at its end.
    const bool turned = !m_modeKnown ? mode.peak : mode.peak != m_mode.peak;
    m_mode = mode;
    m_modeKnown = true;
    if (mode.peak) {
        const QString since = mode.since.isNull()
                                  ? QString()
                                  : mode.since.toDateTime().toLocalTime().time().toString(QStringLiteral("HH:mm"));
        setLabelText(m_modeBanner, tr("Peak mode since %1 — replays at most %2/s")
                                       .arg(since, QLocale().toString(mode.replayRateBudget, 'f',
                                                                      QLocale::FloatingPointShortest)));
    }
    m_modeBanner->setVisible(mode.peak);
    if (turned)
        setWallScreen(mode.peak);
}

void OverviewPage::askPeakMode()
{
    PeakModeDialog dialog(m_mode, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switchPeakMode(dialog.change());
}

void OverviewPage::switchPeakMode(OperatingModeChange change)
{
    change.role = m_session ? m_session->acting() : ActorRole::Viewer;
    m_switching = service()->write<OperatingMode>(
        this, [change](TelemetryStore& store) { return store.setOperatingMode(change); },
        [this](const Expected<OperatingMode>& mode) {
            if (!mode) {
                setLabelText(m_switchOutcome, mode.error().text);
            } else {
                setLabelText(m_switchOutcome, mode->peak ? tr("Peak mode is on.") : tr("Peak mode is off."));
                showMode(mode.value());
            }
            m_switchOutcome->show();
            Q_EMIT peakModeSwitched(mode.ok());
            refresh();
        });
}

void OverviewPage::reload()
{
    markLoading();
    m_detailLoad = StoreTicket();
    m_throughputLoad = StoreTicket();
    m_detailPending = 0;
    if (!isQuiet())
        m_asOf->setText(tr("Reading the estate…"));
    // The tiles first (from the rollups, quick), then what takes longer: the incident feed (detection
    // over a week of rollups) and, on the wall screen, the orders blocking revenue.
    load<OverviewReading>(
        [stages = m_postingStages](TelemetryStore& store) -> Expected<OverviewReading> {
            auto figures = gatherOverview(store, stages);
            if (!figures)
                return figures.error();
            auto mode = store.operatingMode();
            return OverviewReading{std::move(figures.value()),
                                   mode ? std::optional<OperatingMode>(mode.value()) : std::optional<OperatingMode>()};
        },
        [this](const Expected<OverviewReading>& reading) {
            if (!reading) {
                m_asOf->setText(tr("The store cannot be read: %1").arg(reading.error().text));
                setKeyFigures({});
                markReady();
                return;
            }
            m_figures = reading->figures;
            showFigures(m_figures);
            if (reading->mode)
                showMode(*reading->mode);
            setWallScreen(m_wallOn);
            markFirstData();
            if (m_figures.asOf.isNull()) {
                markReady();
                return;
            }
            loadDetail();
        });
}

// Two reads side by side on the service's connections: the incident feed (with the orders blocking
// revenue on the wall screen), and the throughput chart (not read while the wall screen hides it).
void OverviewPage::loadDetail()
{
    if (!isQuiet())
        m_incidents->showLoading();
    m_detailPending = m_wallOn ? 1 : 2;
    m_detailLoad = service()->read<OverviewDetail>(
        this,
        [flows = m_flows, wall = m_wallOn, asOf = m_figures.asOf](TelemetryStore& store) -> Expected<OverviewDetail> {
            auto incidents = recentIncidents(store, store, asOf);
            if (!incidents)
                return incidents.error();
            OverviewDetail detail{std::move(incidents.value()), {}, wall};
            if (wall) {
                auto blockers = readRevenueBlockers(store, *flows, Timestamp(), kWallBlockers);
                if (!blockers)
                    return blockers.error();
                detail.blockers = std::move(blockers.value());
            }
            return detail;
        },
        [this](const Expected<OverviewDetail>& detail) {
            if (!detail) {
                m_incidents->showError(detail.error().text);
            } else {
                showIncidents(detail->incidents, m_figures.asOf);
                if (detail->blockersRead)
                    m_wall->setFigures(wallFigures(m_figures, detail->blockers), detail->blockers);
            }
            detailDone();
        });
    if (m_wallOn)
        return;
    m_throughputLoad = service()->read<OverviewThroughput>(
        this,
        [flows = m_flows, asOf = m_figures.asOf](TelemetryStore& store) {
            return readOverviewThroughput(store, *flows, asOf);
        },
        [this](const Expected<OverviewThroughput>& throughput) {
            if (!throughput)
                m_throughput->showError(throughput.error().text);
            else
                m_throughput->setThroughput(throughput.value());
            detailDone();
        });
}

void OverviewPage::detailDone()
{
    if (--m_detailPending <= 0)
        markReady();
}

void OverviewPage::showIncidents(const QList<Incident>& incidents, Timestamp now)
{
    m_incidents->setIncidents(incidents, now);
    m_lower->setVisible(!now.isNull() && !m_wallOn);
}

void OverviewPage::showFigures(const OverviewFigures& f)
{
    const QLocale locale;
    if (f.asOf.isNull()) {
        setLabelText(m_asOf,
                     tr("The store holds no events yet. Point a collector at it, or fill it with ctower demo."));
        m_board->hide();
        m_wall->hide();
        setKeyFigures({});
        return;
    }
    setLabelText(m_asOf, tr("As of the newest event: %1 (%2)")
                             .arg(absoluteTime(f.asOf), relativeTime(f.asOf, Timestamp::now())));
    qint64 open = 0;
    QStringList byClass;
    for (auto it = f.openByClass.cbegin(); it != f.openByClass.cend(); ++it) {
        open += it.value();
        byClass << QStringLiteral("%1  %2").arg(locale.toString(it.value()), it.key());
    }
    // One line per currency: amounts in different currencies never add up.
    QStringList awaitingMoney;
    for (auto it = f.backlogMinor.cbegin(); it != f.backlogMinor.cend(); ++it)
        awaitingMoney << tr("%1 %2 awaiting posting")
                             .arg(PostingSummaryModel::formatMoney(it.value()), it.key());
    if (awaitingMoney.isEmpty())
        awaitingMoney << tr("nothing awaiting posting");
    const auto warnIf = [](qint64 count) { return count ? UiStatus::Warning : UiStatus::Ok; };
    showTiles({{QStringLiteral("orders"), QStringLiteral("lineage"),
                {tr("Orders in flight"), locale.toString(f.ordersInFlight),
                 tr("web and click-and-collect orders of the last 2 days not yet delivered or collected"),
                 std::nullopt}},
               {QStringLiteral("exceptions"), QStringLiteral("exceptions"),
                {tr("Open exceptions"), locale.toString(open), byClass.join(QLatin1Char('\n')),
                 warnIf(open)}},
               {QStringLiteral("posting"), QStringLiteral("posting"),
                {tr("ERP posting backlog"), locale.toString(f.backlogCount),
                 awaitingMoney.join(QLatin1Char('\n')), warnIf(f.backlogCount)}},
               {QStringLiteral("inventory"), QStringLiteral("inventory"),
                {tr("Inventory mismatches"), locale.toString(f.inventoryMismatches),
                 tr("SKU × node counts where a system disagrees with the authority"),
                 warnIf(f.inventoryMismatches)}}});

    QList<SystemRate> rates;
    qint64 total = 0;
    for (auto it = f.perMinuteBySystem.cbegin(); it != f.perMinuteBySystem.cend(); ++it) {
        qint64 sum = 0;
        for (qint64 v : it.value())
            sum += v;
        total += sum;
        rates.append({it.key(), it.value(),
                      tr("%1/min").arg(locale.toString(double(sum) / kOverviewMinutes, 'f', 1))});
    }
    m_rates->setRates(rates);
    m_board->setVisible(!m_wallOn);
    m_wall->setVisible(m_wallOn);

    setKeyFigures({{locale.toString(f.ordersInFlight), tr("orders in flight")},
                   {locale.toString(open), tr("open exceptions"), warnIf(open)},
                   {locale.toString(double(total) / kOverviewMinutes, 'f', 0), tr("events/min")}});
}

void OverviewPage::showTiles(const QList<PlacedTile>& tiles)
{
    QStringList ids;
    ids.reserve(tiles.size());
    for (const PlacedTile& t : tiles)
        ids << t.id;
    const auto make = [this, &tiles](const QString& id) {
        const auto placed =
            std::find_if(tiles.cbegin(), tiles.cend(), [&id](const PlacedTile& t) { return t.id == id; });
        auto* tile = new OverviewTile(placed->pageId, m_board);
        connect(tile, &OverviewTile::activated, this,
                [this](const QString& pageId) { Q_EMIT openPage(pageId, QString()); });
        return tile;
    };
    if (m_tiles.sync(ids, make, [](OverviewTile* gone) { delete gone; }))
        placeTiles();
    for (const PlacedTile& t : tiles)
        m_tiles.value(t.id)->setFigure(t.figure);
}

// The first row holds the tiles in order, each as wide as the others; the rates tile spans them all.
void OverviewPage::placeTiles()
{
    const QStringList& ids = m_tiles.ids();
    for (int column = 0; column < ids.size(); ++column) {
        OverviewTile* tile = m_tiles.value(ids.at(column));
        m_grid->removeWidget(tile);
        m_grid->addWidget(tile, 0, column);
    }
    const int columns = qMax(1, int(ids.size()));
    m_grid->removeWidget(m_rates);
    m_grid->addWidget(m_rates, 1, 0, 1, columns);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

} // namespace ct
