#include "postingpage.h"

#include "postingsummarymodel.h"
#include "stateview.h"
#include "storeservice.h"
#include "tableview.h"
#include "timeformat.h"

#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {

PostingPage::PostingPage(StoreService* service, QList<PostingStage> stages, QWidget* parent)
    : Page(QStringLiteral("posting"), service, parent)
    , m_stages(std::move(stages))
    , m_model(new PostingSummaryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(makeTableView(this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PostingSummaryModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(PostingSummaryModel::Day, Qt::DescendingOrder);
    setColumnWidths(m_table, {110, 90, 75, 80, 130, 80, 130, 80, 130});
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_stack);
}

void PostingPage::reload()
{
    markLoading();
    if (!isQuiet()) {
        m_state->showLoading(tr("Summing postings by business day…"));
        m_stack->setCurrentWidget(m_state);
    }
    load<QList<PostingDay>>(
        [stages = m_stages](TelemetryStore& store) { return store.postingSummary(stages); },
        [this](const Expected<QList<PostingDay>>& days) {
            if (!days) {
                m_state->showError(tr("Postings cannot be read"), days.error().text);
                setKeyFigures({});
            } else {
                show(days.value());
            }
            markReady();
        });
}

void PostingPage::show(const QList<PostingDay>& days)
{
    const Timestamp now = Timestamp::now();
    m_model->setDays(days, now);
    qint64 awaiting = 0, awaitingMinor = 0, rejected = 0, rejectedMinor = 0;
    Timestamp oldest;
    for (const PostingDay& d : days) {
        awaiting += d.awaitingCount;
        awaitingMinor += d.awaitingMinor;
        rejected += d.rejectedCount;
        rejectedMinor += d.rejectedMinor;
        if (!d.oldestAwaiting.isNull() && (oldest.isNull() || d.oldestAwaiting < oldest))
            oldest = d.oldestAwaiting;
    }
    const QLocale locale;
    setKeyFigures({{locale.toString(awaiting), tr("awaiting posting"), awaiting ? UiStatus::Warning : UiStatus::Ok},
                   {PostingSummaryModel::formatMoney(awaitingMinor), tr("awaiting (EUR)")},
                   {locale.toString(rejected), tr("rejected by the ERP"), rejected ? UiStatus::Failed : UiStatus::Ok},
                   {PostingSummaryModel::formatMoney(rejectedMinor), tr("rejected (EUR)")},
                   {oldest.isNull() ? tr("none") : relativeTime(oldest, now), tr("oldest awaiting")}});
    if (days.isEmpty())
        m_state->showEmpty(tr("No postings yet"), tr("Orders, refunds and settlements appear here once captured."));
    else
        m_stack->setCurrentWidget(m_table);
}

} // namespace ct
