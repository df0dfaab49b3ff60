#include "slapage.h"

#include "latencychart.h"
#include "rollupfigures.h"
#include "stateview.h"
#include "storeservice.h"
#include "timeformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QStackedWidget>

#include <limits>

namespace ct {

SlaPage::SlaPage(StoreService* service, QList<SlaDefinition> slas, QWidget* parent)
    : Page(QStringLiteral("sla"), service, parent)
    , m_slas(std::move(slas))
    , m_choice(new QComboBox(this))
    , m_chart(new LatencyChart(this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    for (const SlaDefinition& s : std::as_const(m_slas))
        m_choice->addItem(tr("%1: %2 \u2192 %3 within %4")
                              .arg(s.flow, s.fromStage, s.toStage, formatDuration(s.thresholdSeconds)));
    m_choice->setCurrentIndex(0);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &SlaPage::reload);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_choice);
    filters->addStretch(1);
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_chart);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
}

void SlaPage::reload()
{
    markLoading();
    if (m_slas.isEmpty()) {
        m_state->showEmpty(tr("No SLAs defined"), tr("SLAs come from the flow templates."));
        markReady();
        return;
    }
    const SlaDefinition sla = m_slas.at(qMax(0, m_choice->currentIndex()));
    if (!isQuiet()) {
        m_state->showLoading(tr("Measuring %1 \u2192 %2…").arg(sla.fromStage, sla.toStage));
        m_stack->setCurrentWidget(m_state);
    }
    load<QList<LatencyHistogramRow>>(
        [sla](TelemetryStore& store) {
            return store.latencyHistogram({sla.flow, sla.fromStage, sla.toStage}, Timestamp::fromSeconds(0));
        },
        [this, sla](const Expected<QList<LatencyHistogramRow>>& rows) {
            if (!rows) {
                m_state->showError(tr("Latencies cannot be read"), rows.error().text);
                setKeyFigures({});
            } else {
                show(sla, rows.value());
            }
            markReady();
        });
}

void SlaPage::show(const SlaDefinition& sla, const QList<LatencyHistogramRow>& rows)
{
    const LatencySummary summary = summarizeLatencies(rows, sla.thresholdSeconds);
    if (summary.count == 0) {
        m_state->showEmpty(tr("No transaction reached %1 yet").arg(sla.toStage), QString());
        setKeyFigures({});
        return;
    }
    // The header and the chart read the same histograms with the same percentile formula.
    m_chart->setBuckets(latencyBuckets(rows, 3600, sla.thresholdSeconds), sla.thresholdSeconds);
    const QLocale locale;
    setKeyFigures({{locale.toString(summary.count), tr("transactions")},
                   {formatDuration(summary.p95), tr("p95 (SLA %1)").arg(formatDuration(sla.thresholdSeconds)),
                    summary.p95 > sla.thresholdSeconds ? UiStatus::Failed : UiStatus::Ok},
                   {locale.toString(summary.breaches), tr("breaches"), summary.breaches ? UiStatus::Warning : UiStatus::Ok}},
                  int(qMin<qint64>(summary.breaches, std::numeric_limits<int>::max())));
    m_stack->setCurrentWidget(m_chart);
}

} // namespace ct
