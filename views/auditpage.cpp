#include "auditpage.h"

#include "auditcsv.h"
#include "auditfilterbar.h"
#include "auditfilterproxymodel.h"
#include "csvexportdialog.h"
#include "audittrailmodel.h"
#include "detailpane.h"
#include "pagelayout.h"
#include "stateview.h"
#include "storeservice.h"
#include "tableview.h"

#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {

AuditPage::AuditPage(StoreService* service, QWidget* parent)
    : Page(QStringLiteral("audit"), service, parent)
    , m_model(new AuditTrailModel(this))
    , m_proxy(new AuditFilterProxyModel(m_model, this))
    , m_filterBar(new AuditFilterBar(this))
    , m_table(makeTableView(this))
    , m_detail(new DetailPane(this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    m_table->setModel(m_proxy);
    m_table->sortByColumn(AuditTrailModel::At, Qt::DescendingOrder);
    setColumnWidths(m_table, {210, 90, 70, 140, 300, 60});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showSelected);
    connect(m_filterBar, &AuditFilterBar::filterChanged, this, &AuditPage::applyFilter);
    connect(m_filterBar, &AuditFilterBar::exportRequested, this, &AuditPage::askAndExport);

    auto* splitter = makeMasterDetail(m_table, m_detail, nullptr, 1, this);
    m_stack->addWidget(m_state);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
    m_detail->showPlaceholder(tr("Select an entry to see its details and hashes."));
}

void AuditPage::reload()
{
    markLoading();
    if (!isQuiet()) {
        m_state->showLoading(tr("Reading the audit trail…"));
        m_stack->setCurrentWidget(m_state);
    }
    load<QList<AuditEntry>>(
        [](TelemetryStore& store) { return store.auditTrail(); },
        [this](const Expected<QList<AuditEntry>>& trail) {
            if (!trail) {
                m_state->showError(tr("The audit trail cannot be read"), trail.error().text);
                setKeyFigures({});
                markReady();
                return;
            }
            m_model->setEntries(trail.value());
            m_filterBar->setFacets(auditFacets(trail.value()));
            const AuditVerification& chain = m_model->verification();
            setKeyFigures({{QLocale().toString(m_model->rowCount()), tr("entries")},
                           {chain.intact() ? tr("\u2713 verified")
                                           : tr("\u2717 broken at entry %1").arg(chain.firstBrokenSeq),
                            tr("hash chain"), chain.intact() ? UiStatus::Ok : UiStatus::Failed}});
            showTrailOrEmpty();
            markReady();
        });
}

void AuditPage::applyFilter()
{
    m_proxy->setFilter(m_filterBar->filter());
    if (isReady())  // while a read is under way, its answer decides what to show
        showTrailOrEmpty();
}

void AuditPage::showTrailOrEmpty()
{
    if (m_model->rowCount() == 0) {
        m_state->showEmpty(tr("No audit entries yet"), tr("Every change to the store is recorded here."));
        m_stack->setCurrentWidget(m_state);
    } else if (m_proxy->rowCount() == 0) {
        m_state->showEmpty(tr("No audit entries match the filters"), tr("Widen the filters to see more."));
        m_stack->setCurrentWidget(m_state);
    } else {
        m_stack->setCurrentIndex(1);
        selectFirstRowUnlessSelected(m_table);
    }
}

bool AuditPage::exportCsv(const QString& path, QString* error) const
{
    return saveFileAtomically(path, auditCsv(m_proxy->shownEntries()), error);
}

void AuditPage::askAndExport()
{
    askAndExportCsv(this, tr("Export the audit trail"), QStringLiteral("audit-trail.csv"),
                    tr("The audit trail could not be written to %1: %2"),
                    [this](const QString& path, QString* error) { return exportCsv(path, error); });
}

void AuditPage::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_detail->showPlaceholder(tr("Select an entry to see its details and hashes."));
        return;
    }
    const AuditEntry& e = m_model->entryAt(current.row());
    m_detail->clear();
    m_detail->setTitle(e.action);
    m_detail->addRow(tr("Time"), e.at.toIso());
    m_detail->addRow(tr("Actor"), e.actor + QStringLiteral(" (") + e.role + QLatin1Char(')'));
    m_detail->addRow(tr("Target"), e.target, true);
    if (!e.before.isEmpty() || !e.after.isEmpty())
        m_detail->addRow(tr("Change"), e.before + QStringLiteral(" \u2192 ") + e.after);
    m_detail->addRow(tr("Result"), e.result);
    m_detail->addRow(tr("Detail"), e.detail);
    if (const auto [part, parts] = m_model->partAt(current.row()); part >= 0)
        m_detail->addRow(tr("Entry"), tr("#%1, one action on %2 messages at once, one hash over all of them; this is "
                                         "message %3 of them")
                                          .arg(e.seq)
                                          .arg(QLocale().toString(parts), QLocale().toString(part + 1)));
    m_detail->addRow(tr("Hash"), e.hash, true);
    m_detail->addRow(tr("Previous"), e.prevHash.isEmpty() ? tr("(first entry)") : e.prevHash, true);
}

} // namespace ct
