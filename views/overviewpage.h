#pragma once

#include "incident.h"
#include "keyeditems.h"
#include "operatingmode.h"
#include "rollupfigures.h"
#include "page.h"
#include "posting.h"
#include "revenueblockers.h"

class QGridLayout;
class QSplitter;
class QLabel;
class QToolButton;

namespace ct {

class EventRatesTile;
class FlowLibrary;
class IncidentFeed;
class OverviewTile;
class ThroughputView;
class WallScreen;

// "What is breaking right now?": tiles for orders in flight, open exceptions by class, the ERP
// posting backlog, inventory disagreements and events per minute per system; below them the incident
// feed beside the throughput of the last hours with the SLA breaches marked. A tile, an incident or a
// marked breach opens its page.
// The tiles are built once and updated in place, so a live store can refresh the page often.
// The wall screen (F11) shows the same figures in large type with the orders blocking the most
// revenue; it turns on by itself when the store's operating mode turns to peak. An operator switches
// peak mode here; the store decides whether the role may, and audits it.
class OverviewPage : public Page {
    Q_OBJECT
public:
    // flows: the templates orders are judged by (null: the built-in ones); they outlive the page.
    OverviewPage(StoreService* service, QList<PostingStage> postingStages, QWidget* parent = nullptr,
                 const FlowLibrary* flows = nullptr);

    QString title() const override { return tr("Overview"); }
    void reload() override;
    void setSessionRole(SessionRole* session) override { m_session = session; }
    QStringList snapshotViews() const override { return {QStringLiteral("wall")}; }
    void showSnapshotView(const QString& view) override { setWallScreen(view == QLatin1String("wall")); }
    // Shows figures as reload() does once it has read them from the store.
    void showFigures(const OverviewFigures& figures);
    // Shows the incident feed as reload() does.
    void showIncidents(const QList<Incident>& incidents, Timestamp now);

    bool isWallScreen() const { return m_wallOn; }
    void setWallScreen(bool on);
    WallScreen* wallScreen() const { return m_wall; }
    // The peak-mode banner's text (empty outside peak mode), and what the last switch said.
    QString modeBanner() const;
    QString switchOutcome() const;
    // Asks how to switch peak mode (a dialog), then switches it.
    void askPeakMode();
    // Switches peak mode as the session's acting role; the outcome shows in one sentence.
    void switchPeakMode(OperatingModeChange change);

Q_SIGNALS:
    // A peak-mode switch was answered (refused or done).
    void peakModeSwitched(bool ok);

private:
    struct PlacedTile;
    void showTiles(const QList<PlacedTile>& tiles);
    void placeTiles();
    void showMode(const OperatingMode& mode);
    void loadDetail();
    void detailDone();

    QList<PostingStage> m_postingStages;
    const FlowLibrary* m_flows;
    SessionRole* m_session = nullptr;
    StoreTicket m_switching;
    StoreTicket m_detailLoad;      // the incident feed (and the wall's blocking orders)
    StoreTicket m_throughputLoad;  // the throughput chart
    int m_detailPending = 0;       // of the two, still to come
    OverviewFigures m_figures;  // the tiles' last reading
    OperatingMode m_mode;
    bool m_modeKnown = false;
    bool m_wallOn = false;
    QLabel* m_asOf;
    QLabel* m_modeBanner;
    QLabel* m_switchOutcome;
    QToolButton* m_wallButton;
    QToolButton* m_peakButton;
    WallScreen* m_wall;
    QWidget* m_board;  // every tile; hidden while the store holds no events
    QGridLayout* m_grid;
    KeyedItems<OverviewTile*> m_tiles;  // the first row, by tile id
    EventRatesTile* m_rates;            // the second row
    QSplitter* m_lower;                 // below the tiles: the incident feed beside the throughput chart
    IncidentFeed* m_incidents;
    ThroughputView* m_throughput;
};

} // namespace ct
