#include "slapage.h"

#include "latencychart.h"
#include "stateview.h"
#include "storeservice.h"
#include "timeformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QStackedWidget>

#include <algorithm>

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
    load<QList<LatencySample>>(
        [sla](TelemetryStore& store) {
            return store.stageLatencies(sla.flow, sla.fromStage, sla.toStage, Timestamp::fromSeconds(0));
        },
        [this, sla](const Expected<QList<LatencySample>>& samples) {
            if (!samples) {
                m_state->showError(tr("Latencies cannot be read"), samples.error().text);
                setKeyFigures({});
            } else {
                show(sla, samples.value());
            }
            markReady();
        });
}

void SlaPage::show(const SlaDefinition& sla, const QList<LatencySample>& samples)
{
    if (samples.isEmpty()) {
        m_state->showEmpty(tr("No transaction reached %1 yet").arg(sla.toStage), QString());
        setKeyFigures({});
        return;
    }
    const QList<LatencyBucket> buckets = bucketLatencies(samples, 3600, sla.thresholdSeconds);
    m_chart->setBuckets(buckets, sla.thresholdSeconds);
    QList<double> all;
    all.reserve(samples.size());
    int breaches = 0;
    for (const LatencySample& s : samples) {
        all.append(s.seconds);
        breaches += s.seconds > sla.thresholdSeconds;
    }
    std::sort(all.begin(), all.end());
    const double p95 = all.at(qMin(all.size() - 1, qsizetype(double(all.size()) * 0.95)));
    const QLocale locale;
    setKeyFigures({{locale.toString(samples.size()), tr("transactions")},
                   {formatDuration(p95), tr("p95 (SLA %1)").arg(formatDuration(sla.thresholdSeconds)),
                    p95 > sla.thresholdSeconds ? UiStatus::Failed : UiStatus::Ok},
                   {locale.toString(breaches), tr("breaches"), breaches ? UiStatus::Warning : UiStatus::Ok}},
                  breaches);
    m_stack->setCurrentWidget(m_chart);
}

} // namespace ct
