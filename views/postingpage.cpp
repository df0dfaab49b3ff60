#include "postingpage.h"

#include "moneytext.h"
#include "plainlabel.h"
#include "postingentrymodel.h"
#include "postingoverview.h"
#include "postingsummarymodel.h"
#include "rollupfigures.h"
#include "stateview.h"
#include "storeservice.h"
#include "tableview.h"
#include "timeformat.h"

#include <QDate>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
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
    , m_entryModel(new PostingEntryModel(this))
    , m_entryProxy(new QSortFilterProxyModel(this))
    , m_entryTable(makeTableView(this))
    , m_entryCaption(makePlainLabel(QString(), QStringLiteral("postingEntriesCaption"), this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PostingSummaryModel::SortRole);
    m_table->setObjectName(QStringLiteral("postingDays"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(PostingSummaryModel::Day, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    setColumnWidths(m_table, {110, 90, 75, 80, 130, 80, 130, 80, 130});

    m_entryProxy->setSourceModel(m_entryModel);
    m_entryProxy->setSortRole(PostingEntryModel::SortRole);
    m_entryTable->setObjectName(QStringLiteral("postingEntries"));
    m_entryTable->setModel(m_entryProxy);
    m_entryTable->sortByColumn(PostingEntryModel::At, Qt::AscendingOrder);
    m_entryTable->setToolTip(tr("Double-click a posting (or press Enter) to open its transaction's lineage"));
    setColumnWidths(m_entryTable, {215, 80, 80, 190, 150, 110, 100, 90});

    const auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openCorrelation(index.data(PostingEntryModel::CorrelationRole).toString());
    };
    connect(m_entryTable, &QTableView::activated, this, open);
    connect(m_entryTable, &QTableView::doubleClicked, this, open);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostingPage::listPostingsOfSelection);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    QFont bold = m_entryCaption->font();
    bold.setBold(true);
    m_entryCaption->setFont(bold);
    lowerLayout->addWidget(m_entryCaption);
    lowerLayout->addWidget(m_entryTable, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_stack->addWidget(m_state);
    m_stack->addWidget(split);
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
    load<PostingOverview>(
        [stages = m_stages](TelemetryStore& store) { return readPostingOverview(store, stages); },
        [this](const Expected<PostingOverview>& overview) {
            if (!overview) {
                m_state->showError(tr("Postings cannot be read"), overview.error().text);
                setKeyFigures({});
            } else {
                present(overview.value());
            }
            markReady();
        });
}

void PostingPage::present(const PostingOverview& overview)
{
    const QList<PostingDay>& days = overview.days;
    const bool first = m_model->rowCount() == 0;
    m_entries = overview.entries;
    m_now = overview.now;
    m_model->setDays(days, m_now);
    const UnpostedTotals unposted = unpostedTotals(m_entries);
    const PostingTotals totals = postingTotals(days);
    const QLocale locale;
    QList<KeyFigure> figures{{locale.toString(unposted.count), tr("not posted"),
                              unposted.count ? UiStatus::Warning : UiStatus::Ok}};
    // Money per currency: amounts in different currencies never add up.
    const auto money = [&](const MoneyByCurrency& amounts, const QString& label, const QString& none) {
        if (amounts.isEmpty())
            figures.append({moneyText(0, QString(), locale), none});
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            figures.append({moneyText(it.value(), it.key(), locale), label.arg(it.key())});
    };
    money(totals.awaitingMinor, tr("awaiting (%1)"), tr("awaiting"));
    figures.append({locale.toString(totals.rejectedCount), tr("rejected by the ERP"),
                    totals.rejectedCount ? UiStatus::Failed : UiStatus::Ok});
    money(totals.rejectedMinor, tr("rejected (%1)"), tr("rejected"));
    figures.append({unposted.oldestAt.isNull() ? tr("none") : relativeTime(unposted.oldestAt, m_now),
                    tr("oldest not posted"), std::nullopt,
                    unposted.oldestAt.isNull() ? QString() : absoluteTime(unposted.oldestAt)});
    setKeyFigures(figures);
    if (days.isEmpty()) {
        m_state->showEmpty(tr("No postings yet"), tr("Orders, refunds and settlements appear here once captured."));
        return;
    }
    m_stack->setCurrentWidget(m_stack->widget(1));
    if (first || !m_table->selectionModel()->hasSelection())
        selectOldestUnposted();
    else
        listPostingsOfSelection();
}

// The day, kind and currency of the oldest posting not yet posted (else the newest day).
void PostingPage::selectOldestUnposted()
{
    const std::optional<PostingEntry> oldest = oldestUnposted(m_entries);
    int pick = 0;
    for (int row = 0; oldest && row < m_proxy->rowCount(); ++row) {
        const PostingDay& d = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (d.day == oldest->day() && d.kind == oldest->kind && d.currency == oldest->currency) {
            pick = row;
            break;
        }
    }
    m_table->selectRow(pick);
    m_table->scrollTo(m_proxy->index(pick, 0));
    listPostingsOfSelection();
}

std::optional<PostingDay> PostingPage::selectedDay() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->rowAt(m_proxy->mapToSource(current).row());
}

void PostingPage::listPostingsOfSelection()
{
    const std::optional<PostingDay> day = selectedDay();
    if (!day) {
        m_entryModel->setEntries({}, m_now);
        setLabelText(m_entryCaption, tr("Select a day to list its postings."));
        return;
    }
    const QList<PostingEntry> postings = postingsOfDay(m_entries, *day);
    m_entryModel->setEntries(postings, m_now);
    const QString date = QDate(1970, 1, 1).addDays(day->day).toString(Qt::ISODate);
    setLabelText(m_entryCaption, tr("%n posting(s) of %1 · %2 · %3 — double-click one to open its lineage", nullptr,
                                    int(postings.size()))
                                     .arg(date, day->kind, day->currency));
}

} // namespace ct
