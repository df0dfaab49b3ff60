#pragma once

#include "page.h"
#include "rollups.h"
#include "stagelatency.h"

class QComboBox;
class QStackedWidget;

namespace ct {

class LatencyChart;
class StateView;

// "Are we within our promises?": one SLA's stage latency over time against its threshold.
class SlaPage : public Page {
    Q_OBJECT
public:
    SlaPage(StoreService* service, QList<SlaDefinition> slas, QWidget* parent = nullptr);

    QString title() const override { return tr("SLA"); }
    void reload() override;

private:
    void show(const SlaDefinition& sla, const QList<LatencyHistogramRow>& rows);

    QList<SlaDefinition> m_slas;
    QComboBox* m_choice;
    LatencyChart* m_chart;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
