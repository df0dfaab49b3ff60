#include "postingpage.h"

#include "csvexportdialog.h"
#include "moneytext.h"
#include "plainlabel.h"
#include "postingagingmodel.h"
#include "postingcsv.h"
#include "postingentrymodel.h"
#include "postingfilterbar.h"
#include "postingoverview.h"
#include "postingsummarymodel.h"
#include "rejectionreasonmodel.h"
#include "rollupfigures.h"
#include "stateview.h"
#include "storeservice.h"
#include "tableview.h"
#include "timeformat.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace ct {
namespace {

// A sortable table over `model`, sorted by `column` to begin with.
void showSorted(QTableView* table, QSortFilterProxyModel* proxy, QAbstractItemModel* model, int sortRole,
                const QString& name, int column, Qt::SortOrder order)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    table->setObjectName(name);
    table->setModel(proxy);
    table->sortByColumn(column, order);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}

int sourceRow(const QTableView* table, const QSortFilterProxyModel* proxy)
{
    const QModelIndex current = table->selectionModel()->currentIndex();
    return current.isValid() ? proxy->mapToSource(current).row() : -1;
}

void selectFirstUnlessSelected(QTableView* table)
{
    if (!table->selectionModel()->hasSelection() && table->model()->rowCount() > 0)
        table->selectRow(0);
}

} // namespace

PostingPage::PostingPage(StoreService* service, QList<PostingStage> stages, QWidget* parent)
    : Page(QStringLiteral("posting"), service, parent)
    , m_stages(std::move(stages))
    , m_filterBar(new PostingFilterBar(this))
    , m_views(new QTabWidget(this))
    , m_model(new PostingSummaryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(makeTableView(this))
    , m_agingModel(new PostingAgingModel(this))
    , m_agingProxy(new QSortFilterProxyModel(this))
    , m_agingTable(makeTableView(this))
    , m_reasonModel(new RejectionReasonModel(this))
    , m_reasonProxy(new QSortFilterProxyModel(this))
    , m_reasonTable(makeTableView(this))
    , m_entryModel(new PostingEntryModel(this))
    , m_entryProxy(new QSortFilterProxyModel(this))
    , m_entryTable(makeTableView(this))
    , m_entryCaption(makePlainLabel(QString(), QStringLiteral("postingEntriesCaption"), this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    showSorted(m_table, m_proxy, m_model, PostingSummaryModel::SortRole, QStringLiteral("postingDays"),
               PostingSummaryModel::Day, Qt::DescendingOrder);
    setColumnWidths(m_table, {110, 90, 75, 80, 130, 80, 130, 110, 80, 130});
    showSorted(m_agingTable, m_agingProxy, m_agingModel, PostingAgingModel::SortRole, QStringLiteral("postingAging"),
               PostingAgingModel::Bucket, Qt::DescendingOrder);
    setColumnWidths(m_agingTable, {110, 80, 90, 150, 130});
    showSorted(m_reasonTable, m_reasonProxy, m_reasonModel, RejectionReasonModel::SortRole,
               QStringLiteral("postingReasons"), RejectionReasonModel::Count, Qt::DescendingOrder);
    setColumnWidths(m_reasonTable, {360, 90, 80, 90, 150, 130});
    showSorted(m_entryTable, m_entryProxy, m_entryModel, PostingEntryModel::SortRole, QStringLiteral("postingEntries"),
               PostingEntryModel::At, Qt::AscendingOrder);
    m_entryTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entryTable->setToolTip(tr("Double-click a posting (or press Enter) to open its transaction's lineage"));
    setColumnWidths(m_entryTable, {215, 80, 80, 190, 150, 110, 100, 90});

    m_views->setObjectName(QStringLiteral("postingViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_table, tr("By business day"));
    m_views->addTab(m_agingTable, tr("Awaiting, by age"));
    m_views->addTab(m_reasonTable, tr("Rejected, by reason"));

    const auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openCorrelation(index.data(PostingEntryModel::CorrelationRole).toString());
    };
    connect(m_entryTable, &QTableView::activated, this, open);
    connect(m_entryTable, &QTableView::doubleClicked, this, open);
    for (QTableView* table : {m_table, m_agingTable, m_reasonTable})
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &PostingPage::listPostingsOfSelection);
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (auto* table = qobject_cast<QTableView*>(m_views->currentWidget()))
            selectFirstUnlessSelected(table);
        listPostingsOfSelection();
    });
    connect(m_filterBar, &PostingFilterBar::filterChanged, this, &PostingPage::applyFilter);
    connect(m_filterBar, &PostingFilterBar::exportRequested, this, &PostingPage::askAndExport);
    connect(this, &PostingPage::exportFinished, this, &PostingPage::reportExport);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    QFont bold = m_entryCaption->font();
    bold.setBold(true);
    m_entryCaption->setFont(bold);
    lowerLayout->addWidget(m_entryCaption);
    lowerLayout->addWidget(m_entryTable, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_views);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_filterBar);
    contentLayout->addWidget(split, 1);
    m_stack->addWidget(m_state);
    m_stack->addWidget(content);
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
                markReady();
                return;
            }
            present(overview.value());
            markFirstData();
            // Ready once the postings of the selected day are listed too (read on their own).
            if (!m_dayLoad.isActive())
                markReady();
        });
}

void PostingPage::present(const PostingOverview& overview)
{
    const bool first = m_allDays.isEmpty();
    m_allDays = overview.days;
    m_unposted = overview.unposted;
    m_now = overview.now;
    const UnpostedTotals unposted = unpostedTotals(m_unposted);
    const PostingTotals totals = postingTotals(m_allDays);
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
    if (m_allDays.isEmpty()) {
        m_state->showEmpty(tr("No postings yet"), tr("Orders, refunds and settlements appear here once captured."));
        return;
    }
    m_stack->setCurrentIndex(1);
    const PostingFacets facets = postingFacets(m_allDays);
    m_filterBar->setFacets(facets.kinds, facets.currencies); // a choice that went away re-applies by itself
    applyFilter();
    if (first)
        selectOldestUnposted();
}

void PostingPage::applyFilter()
{
    const PostingFilter filter = m_filterBar->filter();
    m_entries = filterPostings(m_unposted, filter);
    m_model->setDays(filterDays(m_allDays, filter), m_now);
    m_agingModel->setRows(postingAging(m_entries, m_now), m_now);
    m_reasonModel->setRows(rejectionReasons(m_entries), m_now);
    if (m_views->currentWidget() == m_table && !m_table->selectionModel()->hasSelection())
        selectOldestUnposted();
    else if (auto* table = qobject_cast<QTableView*>(m_views->currentWidget()))
        selectFirstUnlessSelected(table);
    listPostingsOfSelection();
}

void PostingPage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
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
    if (m_proxy->rowCount() == 0)
        return;
    m_table->selectRow(pick);
    m_table->scrollTo(m_proxy->index(pick, 0));
    listPostingsOfSelection();
}

std::optional<PostingDay> PostingPage::selectedDay() const
{
    const int row = sourceRow(m_table, m_proxy);
    if (row < 0)
        return std::nullopt;
    return m_model->rowAt(row);
}

void PostingPage::listPostingsOfSelection()
{
    m_dayLoad = StoreTicket();
    switch (View(m_views->currentIndex())) {
    case View::ByDay:
        if (const std::optional<PostingDay> day = selectedDay()) {
            listPostingsOfDay(*day);
            return;
        }
        break;
    case View::Aging:
        if (const int row = sourceRow(m_agingTable, m_agingProxy); row >= 0) {
            m_listedDay.clear();
            const PostingAgingRow& r = m_agingModel->rowAt(row);
            const QList<PostingEntry> postings = postingsInAgingBucket(m_entries, r.bucket, r.currency, m_now);
            listPostings(postings, tr("%Ln posting(s) awaiting %1 · %2", nullptr, int(postings.size()))
                                       .arg(PostingAgingModel::bucketLabel(r.bucket), r.currency));
            markReadyUnlessListing();
            return;
        }
        break;
    case View::Reasons:
        if (const int row = sourceRow(m_reasonTable, m_reasonProxy); row >= 0) {
            m_listedDay.clear();
            const RejectionReasonRow& r = m_reasonModel->rowAt(row);
            const QList<PostingEntry> postings = postingsRejectedFor(m_entries, r);
            listPostings(postings, tr("%Ln posting(s) of %1 · %2 rejected: %3", nullptr, int(postings.size()))
                                       .arg(r.kind, r.currency, r.reason.isEmpty() ? tr("no reason recorded") : r.reason));
            markReadyUnlessListing();
            return;
        }
        break;
    }
    m_listedDay.clear();
    const bool empty = m_views->currentWidget() && qobject_cast<QTableView*>(m_views->currentWidget())->model()->rowCount() == 0;
    m_entryModel->setEntries({}, m_now);
    setLabelText(m_entryCaption, empty ? tr("No posting matches the filters here.") : tr("Select a row to list its postings."));
    markReadyUnlessListing();
}

// A load whose day listing was superseded by a view that lists from memory is ready all the same.
void PostingPage::markReadyUnlessListing()
{
    if (!isReady() && hasFirstData() && !m_dayLoad.isActive())
        markReady();
}

// A day's postings are read from the store (most of them are posted, and those are not held): the
// list empties and says so until they arrive.
void PostingPage::listPostingsOfDay(const PostingDay& day)
{
    const QString what = QStringLiteral("%1 \u00b7 %2 \u00b7 %3").arg(businessDayText(day.day), day.kind, day.currency);
    // A live refresh of the day already listed keeps the list until the new one arrives.
    if (!isQuiet() || what != m_listedDay) {
        m_entryModel->setEntries({}, m_now);
        setLabelText(m_entryCaption, tr("Reading the postings of %1…").arg(what));
    }
    m_listedDay = what;
    m_dayLoad = service()->read<QList<PostingEntry>>(
        this,
        [stages = m_stages, scope = dayScope(day, m_filterBar->filter())](TelemetryStore& store) {
            return store.postingEntries(stages, scope);
        },
        [this, what](const Expected<QList<PostingEntry>>& postings) {
            if (!postings)
                setLabelText(m_entryCaption, tr("The postings of %1 cannot be read: %2").arg(what, postings.error().text));
            else
                listPostings(postings.value(), tr("%Ln posting(s) of %1", nullptr, int(postings->size())).arg(what));
            m_dayLoad = StoreTicket();
            markReadyUnlessListing();
        });
}

void PostingPage::listPostings(const QList<PostingEntry>& postings, const QString& what)
{
    m_entryModel->setEntries(postings, m_now);
    setLabelText(m_entryCaption, what + tr(" — double-click one to open its lineage"));
}

void PostingPage::exportCsv(const QString& path)
{
    // Every posting that matches, posted ones too: read (and formatted) off the GUI thread.
    m_filterBar->setExporting(true);
    m_exportLoad = service()->read<QByteArray>(
        this,
        [stages = m_stages, filter = m_filterBar->filter(), now = m_now](TelemetryStore& store) -> Expected<QByteArray> {
            auto postings = store.postingEntries(stages, filter);
            if (!postings)
                return postings.error();
            return postingCsv(oldestFirst(postings.value()), now);
        },
        [this, path](const Expected<QByteArray>& csv) {
            m_filterBar->setExporting(false);
            m_exportLoad = StoreTicket();
            QString error;
            if (!csv)
                error = csv.error().text;
            else
                saveFileAtomically(path, csv.value(), &error);
            Q_EMIT exportFinished(path, error);
        });
}

void PostingPage::askAndExport()
{
    const QString day = m_now.isNull() ? QString() : QLatin1Char('-') + businessDayText(m_now.epochDay());
    const QString path = askCsvPath(this, tr("Export the postings"), QStringLiteral("postings%1.csv").arg(day));
    if (path.isEmpty())
        return;
    m_askedExport = path;
    exportCsv(path);
}

// A failure of the export the user asked for is shown in a box; one asked for otherwise is only told.
void PostingPage::reportExport(const QString& path, const QString& error)
{
    if (path == std::exchange(m_askedExport, QString()) && !error.isEmpty())
        warnExportFailed(this, tr("The postings could not be written to %1: %2"), path, error);
}

} // namespace ct
