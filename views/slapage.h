#pragma once

#include "flowlibrary.h"
#include "page.h"
#include "slaboard.h"

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QScrollArea;
class QStackedWidget;

namespace ct {

class SessionRole;
class SlaCard;
class SlaDetail;
class StateView;

// "Are we within our promises?": every SLA as a small multiple over one range (the last hour, day,
// week, or a custom one) with p50/p95/p99 against its threshold, the backlog behind and the breaches
// beneath; picking a bucket lists the transactions that breached in it, each opening Lineage. It
// opens on the SLA with the most breaches and its worst bucket. A threshold can be edited here
// (kept in the store, audited).
class SlaPage : public Page {
    Q_OBJECT
public:
    SlaPage(StoreService* service, const FlowLibrary& flows, QWidget* parent = nullptr);

    QString title() const override { return tr("SLA"); }
    void reload() override;
    void focusOn(const QString& slaId) override;
    void setSessionRole(SessionRole* session) override { m_session = session; }

    // The range presets, in the order of the range box.
    enum class Range { LastHour, LastDay, LastWeek, Custom };
    void setRange(Range range);
    const SlaBoard& board() const { return m_board; }
    QList<SlaCard*> cards() const { return m_cards; }
    SlaDetail* detail() const { return m_detail; }
    QString selectedSla() const { return m_selectedId; }
    qsizetype selectedBucket() const { return m_selectedBucket; }
    // Picks an SLA by index and one of its buckets (-1: its worst), and lists that bucket's breaches.
    void select(qsizetype sla, qsizetype bucket);

private:
    void readBoard(SlaReadDepth depth);  // then, read without the backlogs, reads again with them
    void showBoard(const SlaBoard& board);
    void layOutCards(qsizetype count);
    void loadBreaches();
    void editThreshold();
    qint64 spanSeconds() const;
    Timestamp rangeEnd() const;

    FlowLibrary m_flows;
    QComboBox* m_range;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_until;
    QStackedWidget* m_stack;
    StateView* m_state;
    QScrollArea* m_scroll;
    QGridLayout* m_grid;
    SlaDetail* m_detail;
    QList<SlaCard*> m_cards;
    SlaBoard m_board;
    QString m_selectedId;
    qsizetype m_selectedBucket = -1;
    Timestamp m_selectedStart;  // the picked bucket's start: kept across reloads
    StoreTicket m_breachLoad;
    StoreTicket m_edit;
    SessionRole* m_session = nullptr;
};

} // namespace ct
