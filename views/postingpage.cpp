#include "postingpage.h"

#include "postingsummarymodel.h"
#include "rollupfigures.h"
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
        [stages = m_stages](TelemetryStore& store) { return readPostingDays(store, stages); },
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
    const PostingTotals totals = postingTotals(days);
    const QLocale locale;
    QList<KeyFigure> figures{{locale.toString(totals.awaitingCount), tr("awaiting posting"),
                              totals.awaitingCount ? UiStatus::Warning : UiStatus::Ok}};
    // Money per currency: amounts in different currencies never add up.
    const auto money = [&figures](const MoneyByCurrency& amounts, const QString& label, const QString& none) {
        if (amounts.isEmpty())
            figures.append({PostingSummaryModel::formatMoney(0), none});
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            figures.append({PostingSummaryModel::formatMoney(it.value()), label.arg(it.key())});
    };
    money(totals.awaitingMinor, tr("awaiting (%1)"), tr("awaiting"));
    figures.append({locale.toString(totals.rejectedCount), tr("rejected by the ERP"),
                    totals.rejectedCount ? UiStatus::Failed : UiStatus::Ok});
    money(totals.rejectedMinor, tr("rejected (%1)"), tr("rejected"));
    figures.append({totals.oldestAwaiting.isNull() ? tr("none") : relativeTime(totals.oldestAwaiting, now),
                    tr("oldest awaiting")});
    setKeyFigures(figures);
    if (days.isEmpty())
        m_state->showEmpty(tr("No postings yet"), tr("Orders, refunds and settlements appear here once captured."));
    else
        m_stack->setCurrentWidget(m_table);
}

} // namespace ct
