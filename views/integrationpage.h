#pragma once

#include "dataqualityrules.h"
#include "dataqualityledger.h"
#include "flowlibrary.h"
#include "page.h"
#include "systempairhealth.h"

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ct {

class DataQualityCountModel;
class DataQualityViolationModel;
class PairHealthView;
class StateView;
class SystemPairHealthModel;

// "Is the data crossing between systems, fast and intact?" — the integration team's home. Per system
// pair: messages, p50/p95 sync latency, errors and integrity rate over a range up to the newest event,
// the selected pair over time; beneath, the data-quality rules' violations per rule and system, each
// listing its transactions, each opening Lineage. Opens on the worst pair. The quality scan reads the
// events (seconds on a big store) after the pairs are shown, and says so while it runs.
class IntegrationPage : public Page {
    Q_OBJECT
public:
    IntegrationPage(StoreService* service, const FlowLibrary& flows, QWidget* parent = nullptr);
    ~IntegrationPage() override;

    QString title() const override { return tr("Integration"); }
    void reload() override;

    // The range presets, in the order of the range box.
    enum class Range { LastHour, LastDay, LastWeek };
    void setRange(Range range);

    const IntegrationHealth& health() const { return m_health; }
    const DataQualityReport& qualityReport() const { return m_quality; }
    std::optional<PairHealth> selectedPair() const;
    QTableView* pairTable() const { return m_pairTable; }
    QTableView* qualityTable() const { return m_countTable; }
    QTableView* violationTable() const { return m_violationTable; }
    PairHealthView* pairView() const { return m_pairView; }

private:
    void presentHealth(const IntegrationHealth& health);
    void selectWorstPair();
    void showSelectedPair();
    void loadQuality();
    void presentQuality(const DataQualityReport& report);
    void showQualityError(const QString& headline, const QString& detail);
    void listViolationsOfSelection();
    void updateKeyFigures();
    void cancelScan();
    qint64 spanSeconds() const;

    FlowLibrary m_flows;
    DataQualityRules m_rules;
    IntegrationHealth m_health;
    DataQualityLedger m_ledger; // what the checks so far found, brought up to date by each
    DataQualityReport m_quality;
    std::optional<qint64> m_violations;  // none while the scan runs or after it failed
    bool m_selectWorst = true;
    StoreTicket m_qualityLoad;
    std::shared_ptr<std::atomic_bool> m_cancelScan;

    QComboBox* m_range;
    QLabel* m_rangeText;
    QStackedWidget* m_stack;
    StateView* m_state;
    SystemPairHealthModel* m_pairModel;
    QSortFilterProxyModel* m_pairProxy;
    QTableView* m_pairTable;
    PairHealthView* m_pairView;
    QLabel* m_qualityCaption;
    QStackedWidget* m_qualityStack;
    StateView* m_qualityState;
    DataQualityCountModel* m_countModel;
    QSortFilterProxyModel* m_countProxy;
    QTableView* m_countTable;
    QLabel* m_violationCaption;
    DataQualityViolationModel* m_violationModel;
    QSortFilterProxyModel* m_violationProxy;
    QTableView* m_violationTable;
};

} // namespace ct
