#include "integrationpage.h"

#include "dataqualitycountmodel.h"
#include "dataqualityviolationmodel.h"
#include "integrationoverview.h"
#include "pagelayout.h"
#include "pairhealthview.h"
#include "plainlabel.h"
#include "stateview.h"
#include "statuscolourproxy.h"
#include "storeservice.h"
#include "systempairhealthmodel.h"
#include "tableview.h"
#include "timeformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {
namespace {

QLabel* boldLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = makePlainLabel(QString(), objectName, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

IntegrationPage::IntegrationPage(StoreService* service, const FlowLibrary& flows, QWidget* parent)
    : Page(QStringLiteral("integration"), service, parent)
    , m_flows(flows)
    , m_range(new QComboBox(this))
    , m_rangeText(makePlainLabel(QString(), QStringLiteral("integrationRangeText"), this))
    , m_stack(new QStackedWidget(this))
    , m_state(new StateView(this))
    , m_pairModel(new SystemPairHealthModel(this))
    , m_pairProxy(new QSortFilterProxyModel(this))
    , m_pairTable(makeTableView(this))
    , m_pairView(new PairHealthView(this))
    , m_qualityCaption(boldLabel(QStringLiteral("qualityCaption"), this))
    , m_qualityStack(new QStackedWidget(this))
    , m_qualityState(new StateView(this))
    , m_countModel(new DataQualityCountModel(this))
    , m_countProxy(new QSortFilterProxyModel(this))
    , m_countTable(makeTableView(this))
    , m_violationCaption(makePlainLabel(QString(), QStringLiteral("violationsCaption"), this))
    , m_violationModel(new DataQualityViolationModel(this))
    , m_violationProxy(new QSortFilterProxyModel(this))
    , m_violationTable(makeTableView(this))
{
    m_range->setObjectName(QStringLiteral("integrationRange"));
    m_range->addItems({tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days")});
    m_range->setCurrentIndex(int(Range::LastDay));
    m_range->setToolTip(tr("Up to the newest event in the store"));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_selectWorst = true;
        reload();
    });
    m_rangeText->setEnabled(false);  // the muted colour of secondary text
    auto* filters = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Range"), this);
    rangeLabel->setBuddy(m_range);
    filters->addWidget(rangeLabel);
    filters->addWidget(m_range);
    filters->addSpacing(12);
    filters->addWidget(m_rangeText, 1);

    // The pairs, their status in the integrity column, the worst first when sorted by it.
    auto* colours = new StatusColourProxy(
        SystemPairHealthModel::Integrity, SystemPairHealthModel::StatusRole,
        [](const QVariant& status) -> std::optional<UiStatus> { return pairUiStatus(PairStatus(status.toInt())); },
        this);
    colours->setSourceModel(m_pairModel);
    m_pairProxy->setSourceModel(colours);
    m_pairProxy->setSortRole(SystemPairHealthModel::SortRole);
    m_pairTable->setObjectName(QStringLiteral("systemPairs"));
    m_pairTable->setModel(m_pairProxy);
    m_pairTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairTable->sortByColumn(SystemPairHealthModel::From, Qt::AscendingOrder);
    setColumnWidths(m_pairTable, {95, 95, 80, 95, 95, 60, 90});
    connect(m_pairTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntegrationPage::showSelectedPair);

    m_countProxy->setSourceModel(m_countModel);
    m_countProxy->setSortRole(DataQualityCountModel::SortRole);
    m_countTable->setObjectName(QStringLiteral("qualityCounts"));
    m_countTable->setModel(m_countProxy);
    m_countTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_countTable->sortByColumn(DataQualityCountModel::Violations, Qt::DescendingOrder);
    setColumnWidths(m_countTable, {200, 90, 70});
    connect(m_countTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntegrationPage::listViolationsOfSelection);
    // Enter on a rule goes on to its transactions, where Enter opens one.
    connect(m_countTable, &QTableView::activated, this, [this] {
        if (m_violationProxy->rowCount() == 0)
            return;
        m_violationTable->setFocus();
        if (!m_violationTable->currentIndex().isValid())
            m_violationTable->selectRow(0);
    });

    m_violationProxy->setSourceModel(m_violationModel);
    m_violationProxy->setSortRole(DataQualityViolationModel::SortRole);
    m_violationTable->setObjectName(QStringLiteral("qualityViolations"));
    m_violationTable->setModel(m_violationProxy);
    m_violationTable->sortByColumn(DataQualityViolationModel::At, Qt::DescendingOrder);
    m_violationTable->setToolTip(tr("Double-click a transaction (or press Enter) to open its lineage"));
    setColumnWidths(m_violationTable, {182, 150, 95, 80, 300});
    const auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openCorrelation(index.data(DataQualityViolationModel::CorrelationRole).toString());
    };
    connect(m_violationTable, &QTableView::activated, this, open);
    connect(m_violationTable, &QTableView::doubleClicked, this, open);

    auto* violations = new QWidget(this);
    auto* violationsLayout = new QVBoxLayout(violations);
    violationsLayout->setContentsMargins(0, 0, 0, 0);
    violationsLayout->addWidget(m_violationCaption);
    violationsLayout->addWidget(m_violationTable, 1);
    auto* qualitySplit = new QSplitter(this);
    qualitySplit->addWidget(m_countTable);
    qualitySplit->addWidget(violations);
    qualitySplit->setStretchFactor(0, 1);
    qualitySplit->setStretchFactor(1, 2);
    m_qualityStack->addWidget(m_qualityState);
    m_qualityStack->addWidget(qualitySplit);

    auto* quality = new QWidget(this);
    auto* qualityLayout = new QVBoxLayout(quality);
    qualityLayout->setContentsMargins(0, 6, 0, 0);
    qualityLayout->addWidget(m_qualityCaption);
    qualityLayout->addWidget(m_qualityStack, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(makeMasterDetail(m_pairTable, m_pairView, nullptr, 3, this));
    split->addWidget(quality);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(m_state);
    m_stack->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
}

IntegrationPage::~IntegrationPage()
{
    cancelScan();
}

void IntegrationPage::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

qint64 IntegrationPage::spanSeconds() const
{
    switch (Range(m_range->currentIndex())) {
    case Range::LastHour:
        return 3600;
    case Range::LastDay:
        return 86400;
    case Range::LastWeek:
        return 7 * 86400;
    }
    return 86400;
}

void IntegrationPage::cancelScan()
{
    if (m_cancelScan)
        m_cancelScan->store(true);
    m_cancelScan.reset();
    m_qualityLoad = StoreTicket();
}

void IntegrationPage::reload()
{
    markLoading();
    cancelScan();
    if (!isQuiet()) {
        m_state->showLoading(tr("Measuring the system pairs\u2026"));
        m_stack->setCurrentWidget(m_state);
    }
    load<IntegrationHealth>(
        [flows = m_flows, span = spanSeconds()](TelemetryStore& store) {
            return readRecentIntegrationHealth(store, flows, span);
        },
        [this](const Expected<IntegrationHealth>& health) {
            if (!health) {
                m_state->showError(tr("The integration health cannot be read"), health.error().text);
                m_stack->setCurrentWidget(m_state);
                setKeyFigures({});
                markReady();
                return;
            }
            presentHealth(health.value());
        });
}

void IntegrationPage::presentHealth(const IntegrationHealth& health)
{
    m_health = health;
    setLabelText(m_rangeText, tr("%1 to %2, in buckets of %3")
                                  .arg(absoluteTime(health.range.from), absoluteTime(health.range.until),
                                       formatDuration(double(health.range.bucketSeconds))));
    if (worstPair(health.pairs) < 0) {
        m_pairModel->setPairs({});
        m_violations.reset();
        m_state->showEmpty(tr("No messages between systems in this range"),
                           tr("Sync latency and integrity appear once the systems exchange messages. Try a longer "
                              "range, or fill a store to try with: ctower demo."));
        m_stack->setCurrentWidget(m_state);
        updateKeyFigures();
        markReady();
        return;
    }
    m_pairModel->setPairs(health.pairs);
    m_stack->setCurrentWidget(m_stack->widget(1));
    if (std::exchange(m_selectWorst, false) || !m_pairTable->selectionModel()->hasSelection())
        selectWorstPair();
    else
        showSelectedPair();
    updateKeyFigures();
    markFirstData();  // the pairs show; the data-quality scan follows
    loadQuality();
}

void IntegrationPage::selectWorstPair()
{
    const qsizetype worst = worstPair(m_health.pairs);
    if (worst < 0)
        return;
    const QString key = SystemPairHealthModel::pairKey(m_health.pairs.at(worst));
    for (int row = 0; row < m_pairProxy->rowCount(); ++row) {
        const QModelIndex index = m_pairProxy->index(row, 0);
        if (index.data(SystemPairHealthModel::KeyRole).toString() == key) {
            m_pairTable->selectRow(row);
            m_pairTable->scrollTo(index);
            break;
        }
    }
    showSelectedPair();
}

std::optional<PairHealth> IntegrationPage::selectedPair() const
{
    const QModelIndex current = m_pairTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_pairModel->rowOf(current.data(SystemPairHealthModel::KeyRole).toString());
    if (row < 0)
        return std::nullopt;
    return m_pairModel->rowAt(row);
}

void IntegrationPage::showSelectedPair()
{
    const std::optional<PairHealth> pair = selectedPair();
    if (pair)
        m_pairView->setPair(*pair, m_health.range);
    else
        m_pairView->clear(tr("Select a pair of systems to see it over time."));
}

void IntegrationPage::loadQuality()
{
    QString error;
    m_rules = DataQualityRules::load(&error);
    if (!error.isEmpty()) {
        showQualityError(tr("The data-quality rules cannot be read"), error);
        markReady();
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelScan = cancel;
    // A refresh keeps the last result (the figures, or "no event breaks a rule") until the new one.
    if (!isQuiet() || !m_violations) {
        m_violations.reset();
        m_qualityState->showLoading(tr("Checking %n data-quality rule(s) over the events of the range\u2026", nullptr,
                                       int(m_rules.rules().size())));
        m_qualityStack->setCurrentWidget(m_qualityState);
        setLabelText(m_qualityCaption, tr("Data quality"));
        updateKeyFigures();
    }
    // Only the events stored since the last check are read: the ledger keeps what they found.
    const SlaRange range = m_health.range;
    m_qualityLoad = service()->read<DataQualityLedger>(
        this,
        [rules = m_rules, range, ledger = m_ledger, cancel](TelemetryStore& store) {
            return updateDataQuality(store, store, rules, range, ledger, Timestamp::now(), cancel.get());
        },
        [this, range](const Expected<DataQualityLedger>& ledger) {
            m_cancelScan.reset();
            if (!ledger) {
                m_ledger = DataQualityLedger();
                showQualityError(tr("The events cannot be checked"), ledger.error().text);
            } else {
                m_ledger = ledger.value();
                presentQuality(m_ledger.report(range.from, range.until));
            }
            markReady();
        });
}

void IntegrationPage::showQualityError(const QString& headline, const QString& detail)
{
    m_quality = DataQualityReport();
    m_violations.reset();
    m_countModel->setCounts({}, m_rules);
    m_violationModel->setViolations({});
    m_qualityState->showError(headline, detail);
    m_qualityStack->setCurrentWidget(m_qualityState);
    setLabelText(m_qualityCaption, tr("Data quality"));
    updateKeyFigures();
}

void IntegrationPage::presentQuality(const DataQualityReport& report)
{
    m_quality = report;
    m_violations = report.violations.size();
    const QLocale locale;
    setLabelText(m_qualityCaption, tr("Data quality: %1 violations in %2 events checked against %n rule(s)", nullptr,
                                      int(m_rules.rules().size()))
                                       .arg(locale.toString(*m_violations), locale.toString(report.eventsChecked)));
    const bool first = m_countModel->rowCount() == 0;
    m_countModel->setCounts(violationCounts(report.violations), m_rules);
    updateKeyFigures();
    if (report.violations.isEmpty()) {
        m_violationModel->setViolations({});
        m_qualityState->showEmpty(tr("No event breaks a rule"),
                                  tr("%1 events of the range were checked; the rules are in resources/dataquality.json, "
                                     "or the user's controltower/dataquality.json.")
                                      .arg(locale.toString(report.eventsChecked)));
        m_qualityStack->setCurrentWidget(m_qualityState);
        return;
    }
    m_qualityStack->setCurrentWidget(m_qualityStack->widget(1));
    if (first || !m_countTable->selectionModel()->hasSelection()) {
        m_countTable->selectRow(0);
        m_countTable->scrollToTop();
    }
    listViolationsOfSelection();
}

void IntegrationPage::listViolationsOfSelection()
{
    const QModelIndex current = m_countTable->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_violationModel->setViolations({});
        setLabelText(m_violationCaption, tr("Select a rule and system to list its transactions."));
        return;
    }
    const QString rule = current.data(DataQualityCountModel::RuleRole).toString();
    const QString system = current.data(DataQualityCountModel::SystemRole).toString();
    const QList<DataQualityViolation> matching = violationsMatching(m_quality.violations, rule, system);
    m_violationModel->setViolations(matching);
    const DataQualityRule* r = m_rules.find(rule);
    setLabelText(m_violationCaption,
                 tr("%n transaction(s) breaking \u201c%1\u201d from %2 \u2014 Enter or double-click opens the lineage",
                    nullptr, int(matching.size()))
                     .arg(r ? r->name : rule, system));
}

void IntegrationPage::updateKeyFigures()
{
    const QLocale locale;
    QList<KeyFigure> figures;
    const qsizetype worst = worstPair(m_health.pairs);
    if (worst >= 0) {
        const PairHealth& w = m_health.pairs.at(worst);
        const QString integrity = w.messages > 0 ? locale.toString(100.0 * w.integrityRate(), 'f', 2) + QLatin1Char('%')
                                                 : tr("no messages");
        const QString p95 = w.count > 0 ? formatDuration(w.p95) : tr("\u2013");
        figures.append({tr("%1 \u2192 %2").arg(w.from, w.to), tr("worst pair: %1 intact, p95 %2").arg(integrity, p95),
                        pairUiStatus(pairStatus(w))});
    }
    const IntegrationTotals totals = integrationTotals(m_health.pairs);
    if (totals.messages > 0) {
        const double rate = totals.integrityRate();
        figures.append({locale.toString(100.0 * rate, 'f', 2) + QLatin1Char('%'),
                        tr("integrity of %1 messages").arg(locale.toString(totals.messages)),
                        pairUiStatus(integrityStatus(totals.messages, totals.errors)),
                        tr("%1 of them failed").arg(locale.toString(totals.errors))});
    }
    if (m_violations)
        figures.append({locale.toString(*m_violations), tr("data-quality violations"),
                        *m_violations ? UiStatus::Warning : UiStatus::Ok,
                        tr("%1 events checked").arg(locale.toString(m_quality.eventsChecked))});
    else if (m_cancelScan)
        figures.append({tr("\u2026"), tr("data-quality violations"), UiStatus::InProgress, tr("Checking the events")});
    setKeyFigures(figures);
}

} // namespace ct
