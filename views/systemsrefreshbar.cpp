#include "systemsrefreshbar.h"

#include "plaintext.h"
#include "refreshsummary.h"
#include "statusproperty.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

namespace ct {

SystemsRefreshBar::SystemsRefreshBar(QWidget* parent)
    : QWidget(parent)
    , m_start(new QPushButton(tr("Refresh from systems"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_summary(new QLabel(this))
{
    m_start->setToolTip(tr("Read the selected positions again from the systems' APIs now"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m requests"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->hide();
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true); // a long error takes two lines rather than pushing the page wider
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_start, &QPushButton::clicked, this, &SystemsRefreshBar::start);
    connect(m_cancel, &QPushButton::clicked, this, &SystemsRefreshBar::cancel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_start);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_summary, 1);
}

void SystemsRefreshBar::setRefresher(PositionRefresher* refresher)
{
    m_refresher = refresher;
}

void SystemsRefreshBar::setSelection(Cells cells, QList<Measure> measures)
{
    m_cells = std::move(cells);
    m_measures = std::move(measures);
}

bool SystemsRefreshBar::isRunning() const
{
    return m_refresher && m_refresher->isRunning();
}

QString SystemsRefreshBar::summary() const
{
    return m_summary->text();
}

void SystemsRefreshBar::start()
{
    const QList<PositionCell> cells = m_cells ? m_cells() : QList<PositionCell>();
    if (!m_refresher) {
        m_summary->setText(tr("No systems to refresh from in this window."));
        return;
    }
    if (cells.isEmpty()) {
        m_summary->setText(tr("Select the positions to refresh first."));
        return;
    }
    if (m_refresher->isRunning())
        return;
    m_start->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first request answers
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_summary->setText(tr("Reading %n SKU × node position(s) from the systems…", "", int(cells.size())));
    m_summary->setToolTip(QString());
    setStatusProperty(m_summary, UiStatus::InProgress);
    QPointer<SystemsRefreshBar> self(this);
    m_refresher->refresh(
        cells, m_measures,
        [self](const RefreshProgress& p) {
            if (self)
                self->showProgress(p);
        },
        [self](const Expected<RefreshOutcome>& outcome) {
            if (self)
                self->showOutcome(outcome);
        });
}

void SystemsRefreshBar::cancel()
{
    if (!isRunning())
        return;
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
    m_refresher->cancel();
}

void SystemsRefreshBar::showProgress(const RefreshProgress& progress)
{
    const RefreshShare share = refreshShare(progress);
    if (share.total > 0) {
        m_progress->setRange(0, int(share.total));
        m_progress->setValue(int(share.done));
    }
    m_summary->setToolTip(plainToolTip(refreshDetails(progress).join(QLatin1Char('\n'))));
}

void SystemsRefreshBar::showOutcome(const Expected<RefreshOutcome>& outcome)
{
    m_start->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
    if (!outcome) {
        m_summary->setText(tr("Refresh failed: %1").arg(outcome.error().text));
        m_summary->setToolTip(QString());
        setStatusProperty(m_summary, UiStatus::Failed);
        return;
    }
    m_summary->setText(refreshSummary(outcome.value()));
    m_summary->setToolTip(plainToolTip(refreshDetails(outcome->progress).join(QLatin1Char('\n'))));
    setStatusProperty(m_summary, outcome->progress.errors() > 0 ? UiStatus::Warning : UiStatus::Ok);
    if (outcome->written > 0)
        Q_EMIT refreshed();
}

} // namespace ct
