#pragma once

#include "incident.h"
#include "keyeditems.h"
#include "page.h"
#include "posting.h"

class QGridLayout;
class QLabel;

namespace ct {

class EventRatesTile;
class IncidentFeed;
class OverviewTile;
struct OverviewFigures;

// "What is breaking right now?": tiles for orders in flight, open exceptions by class, the ERP
// posting backlog, inventory disagreements and events per minute per system, and the incident feed
// below them. A tile or an incident opens its page.
// The tiles are built once and updated in place, so a live store can refresh the page often.
class OverviewPage : public Page {
    Q_OBJECT
public:
    OverviewPage(StoreService* service, QList<PostingStage> postingStages, QWidget* parent = nullptr);

    QString title() const override { return tr("Overview"); }
    void reload() override;
    // Shows figures as reload() does once it has read them from the store.
    void showFigures(const OverviewFigures& figures);
    // Shows the incident feed as reload() does.
    void showIncidents(const QList<Incident>& incidents, Timestamp now);

private:
    struct PlacedTile;
    void showTiles(const QList<PlacedTile>& tiles);
    void placeTiles();

    QList<PostingStage> m_postingStages;
    QLabel* m_asOf;
    QWidget* m_board;  // every tile; hidden while the store holds no events
    QGridLayout* m_grid;
    KeyedItems<OverviewTile*> m_tiles;  // the first row, by tile id
    EventRatesTile* m_rates;            // the second row
    IncidentFeed* m_incidents;          // below the tiles
};

} // namespace ct
