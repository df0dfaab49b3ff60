#include "lineagepage.h"

#include "sessionrole.h"

#include "comparisondialog.h"
#include "detailpane.h"
#include "flowlibrary.h"
#include "healthytransaction.h"
#include "lineagemodel.h"
#include "lineagesearch.h"
#include "pagelayout.h"
#include "payloadpane.h"
#include "personaldatamask.h"
#include "relatedfailures.h"
#include "stagestrip.h"
#include "stateview.h"
#include "statusproperty.h"
#include "storeservice.h"
#include "swimlane.h"
#include "swimlaneview.h"
#include "tableview.h"
#include "timeformat.h"
#include "transactioncomparison.h"
#include "unmaskauditor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {

LineagePage::LineagePage(StoreService* service, const PayloadDecoder* decoder, QWidget* parent)
    : Page(QStringLiteral("lineage"), service, parent)
    , m_decoder(decoder)
    , m_search(new LineageSearch(service, this))
    , m_model(new LineageModel(this))
    , m_heading(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_stages(new StageStrip(this))
    , m_swimlane(new SwimlaneView(this))
    , m_table(makeTableView(this))
    , m_detail(new DetailPane(this))
    , m_payload(new PayloadPane(this))
    , m_failures(new RelatedFailures(this))
    , m_compare(new QPushButton(tr("Compare with a healthy one"), this))
    , m_compareState(new QLabel(this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
    , m_unmask(new UnmaskAuditor(service, QStringLiteral("Lineage page"), [this] { return m_report.graph.correlationId; }, this))
{
    m_heading->setObjectName(QStringLiteral("sectionTitle"));
    m_heading->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* l : {m_heading, m_verdict, m_compareState})
        l->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_compareState->setObjectName(QStringLiteral("muted"));
    m_compare->setObjectName(QStringLiteral("compareWithHealthy"));
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_compare->setToolTip(tr("Sets this transaction beside the newest complete one of its flow: stages, latencies "
                             "and payload fields (Ctrl+Shift+H)"));
    connect(m_compare, &QPushButton::clicked, this, &LineagePage::compareWithHealthy);
    m_payload->setDecoder(decoder);
    m_payload->setUnmaskGate(m_unmask->gate());
    connect(m_failures, &RelatedFailures::messageActivated, this, [this](const FailedMessage& m) {
        Q_EMIT openItem(QStringLiteral("exceptions"), m.messageId, m.key);
    });
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);  // causal order is the point
    // Time of day, stage, type, source, node, status and latency fit beside the detail pane at 1440 px.
    setColumnWidths(m_table, {80, 120, 190, 100, 65, 60, 90});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LineagePage::showSelected);
    connect(m_swimlane, &SwimlaneView::hopActivated, this, [this](int hop) { m_table->selectRow(hop); });

    auto* split = makeMasterDetail(m_table, m_detail, m_payload, 2, this);
    split->setSizes({780, 440});  // in proportion: the table's columns first
    if (auto* right = qobject_cast<QSplitter*>(split->widget(1)))
        right->setSizes({220, 480});  // the facts are a few lines; the payload needs the room
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_compareState);
    headingRow->addWidget(m_compare);
    column->addLayout(headingRow);
    column->addWidget(m_verdict);
    column->addWidget(m_stages);
    column->addWidget(m_failures);
    // The timeline above the hops; the divider gives either more room.
    auto* timeline = new QSplitter(Qt::Vertical, content);
    timeline->setChildrenCollapsible(false);
    timeline->addWidget(m_swimlane);
    timeline->addWidget(split);
    timeline->setStretchFactor(0, 2);
    timeline->setStretchFactor(1, 3);
    column->addWidget(timeline, 1);
    m_stack->addWidget(m_state);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_search);
    layout->addWidget(m_stack);
    connect(m_search, &LineageSearch::searchRequested, this, &LineagePage::focusOn);
    connect(m_search, &LineageSearch::transactionChosen, this, &LineagePage::focusOn);
    m_state->showEmpty(tr("Which transaction?"),
                       tr("Type an order number, receipt or any correlation id in the search box (Ctrl+K)."));
}

QLineEdit* LineagePage::ownSearchBox() const
{
    return m_search->searchBox();
}

void LineagePage::focusOn(const QString& correlationId)
{
    m_correlationId = correlationId.trimmed();
    m_newestFailed = false;
    m_search->setSearch(m_correlationId);
    reload();
}

void LineagePage::reload()
{
    markLoading();
    if (!isQuiet()) {
        m_state->showLoading(m_correlationId.isEmpty() ? tr("Looking for the newest failed transaction…")
                                                       : tr("Looking up %1…").arg(m_correlationId));
        m_stack->setCurrentWidget(m_state);
    }
    const QString asked = m_correlationId;
    const Timestamp now = Timestamp::now();
    load<LineageReport>(
        [asked, now](TelemetryStore& store) -> Expected<LineageReport> {
            QString error;
            const FlowLibrary& flows = FlowLibrary::builtIn(&error);  // empty when broken: judged by events
            return reportLineage(store, store, store, flows, asked, now);
        },
        [this, asked](const Expected<LineageReport>& report) {
            const LineageLookup* found = report ? &report->lookup : nullptr;
            const QString id = found ? found->correlationId : asked;
            m_search->showCandidates(asked, found ? found->candidates : QList<KeyedTransaction>());
            if (!found) {
                m_state->showError(tr("The events of %1 cannot be read").arg(id), report.error().text);
            } else if (!found->candidates.isEmpty()) {
                m_state->showEmpty(tr("Several transactions touched %1").arg(id),
                                   tr("Pick one from the list above, or add a key (a SKU and a store, say) to "
                                      "narrow the search."));
                m_stack->setCurrentWidget(m_state);
            } else if (id.isEmpty()) {
                m_state->showEmpty(tr("Which transaction?"),
                                   tr("No transaction has failed. Type an order number, receipt or any correlation "
                                      "id in the search box (Ctrl+K)."));
                m_stack->setCurrentWidget(m_state);
            } else if (found->events.isEmpty()) {
                m_state->showEmpty(tr("Nothing is known about %1").arg(id),
                                   tr("No event has this correlation id, order number, event id, message id or business key. "
                                      "Check the number, or search for the order, receipt or campaign id as the "
                                      "systems write it."));
                m_stack->setCurrentWidget(m_state);
            } else {
                // Chosen once: live refreshes follow that transaction rather than jump to a newer failure.
                if (found->newestFailed())
                    m_correlationId = id;
                m_newestFailed = asked.isEmpty() ? found->newestFailed() : m_newestFailed && asked == id;
                showReport(report.value());
            }
            if (!found || found->events.isEmpty())
                setKeyFigures({});
            markReady();
        });
}

void LineagePage::showReport(const LineageReport& report)
{
    if (report.graph.correlationId != m_report.graph.correlationId) {
        m_comparing = {};
        m_compareState->clear();
        m_compare->setEnabled(true);
    }
    m_report = report;
    const LineageGraph& graph = report.graph;
    const LineageVerdict& verdict = report.verdict;
    m_model->setGraph(graph);
    m_failures->setMessages(report.lookup.failedMessages);
    QString heading = graph.correlationId + QStringLiteral("  \u00b7  ") + graph.flow;
    switch (report.lookup.match) {
    case LineageMatch::EventId:
        heading += QStringLiteral("  ") + tr("(found by event id)");
        break;
    case LineageMatch::MessageId:
        heading += QStringLiteral("  ") + tr("(found by message id)");
        break;
    case LineageMatch::Subject:
        heading += QStringLiteral("  ") + tr("(found by subject)");
        break;
    case LineageMatch::BusinessKey:
        heading += QStringLiteral("  ") + tr("(the one transaction that touched %1)").arg(m_search->searchBox()->text());
        break;
    case LineageMatch::None:
    case LineageMatch::NewestFailed:
    case LineageMatch::CorrelationId:
        break;
    }
    m_heading->setText(m_newestFailed ? tr("Newest failed transaction: ") + heading : heading);
    const double span = double(graph.lastAt().micros() - graph.firstAt().micros()) / 1e6;
    UiStatus status = UiStatus::Ok;
    switch (verdict.verdict) {
    case Verdict::Complete:
        break;
    case Verdict::InProgress:
        status = UiStatus::InProgress;
        break;
    case Verdict::Stuck:
        status = UiStatus::Warning;
        break;
    case Verdict::Failed:
        status = UiStatus::Failed;
        break;
    }
    m_verdict->setText(statusStyle(status, false).glyph + QLatin1Char(' ') + verdict.summary);
    m_verdict->setToolTip(tr("Judged at %1").arg(absoluteTime(report.judgedAt)));
    setStatusProperty(m_verdict, status);  // a live refresh may change it: re-polished then
    m_stages->setChecks(verdict.stages);
    m_swimlane->setLayout(layoutSwimlane(graph));
    qsizetype done = 0;
    for (const StageCheck& s : verdict.stages)
        done += s.status == StageStatus::Done ? 1 : 0;
    setKeyFigures({{QStringLiteral("%1/%2").arg(done).arg(verdict.stages.size()), tr("stages done"), status},
                   {QLocale().toString(graph.hops.size()), tr("hops")},
                   {formatDuration(span), tr("first to last")},
                   {QLocale().toString(verdict.openFailedMessages), tr("failed messages"),
                    verdict.openFailedMessages ? UiStatus::Failed : UiStatus::Ok}});
    m_stack->setCurrentIndex(1);
    selectFirstRowUnlessSelected(m_table);
}

void LineagePage::showSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const Event& e = m_model->hopAt(index.row()).event;
    m_swimlane->setSelectedHop(index.row());
    m_detail->clear();
    m_detail->setTitle(e.type);
    m_detail->addRow(tr("Event id"), e.id, true);
    m_detail->addRow(tr("Caused by"), e.causationId.isEmpty() ? tr("(first hop)") : e.causationId, true);
    m_detail->addRow(tr("Source"), e.source + (e.node.isEmpty() ? QString() : QStringLiteral(" @ ") + e.node));
    m_detail->addRow(tr("Occurred"), absoluteTime(e.occurredAt));
    m_detail->addRow(tr("Recorded"), absoluteTime(e.recordedAt));
    if (!e.sku.isEmpty())
        m_detail->addRow(tr("SKU"), e.sku + (e.quantity ? QStringLiteral(" × %1").arg(*e.quantity) : QString()), true);
    if (e.amountMinor)
        m_detail->addRow(tr("Amount"), QLocale().toString(double(*e.amountMinor) / 100.0, 'f', 2) + QLatin1Char(' ') + e.currency);
    if (e.id != m_payload->subject())  // a live refresh keeps an unmasked payload unmasked
        m_payload->showPayload(e.id, e.payload, e.contentType);
}

void LineagePage::compareWithHealthy()
{
    if (m_report.graph.isEmpty())
        return;
    const QString flow = m_report.graph.flow;
    if (flow.isEmpty()) {  // without a flow, any transaction would do: none is a fair comparison
        m_compareState->setText(tr("Its events name no flow: nothing to compare with."));
        return;
    }
    const QString except = m_report.graph.correlationId;
    const Timestamp now = Timestamp::now();
    m_compare->setEnabled(false);
    m_compareState->setText(tr("Looking for a healthy %1 transaction…").arg(flow));
    m_comparing = service()->read<LineageReport>(
        this,
        [flow, except, now](TelemetryStore& store) -> Expected<LineageReport> {
            QString error;
            const FlowLibrary& flows = FlowLibrary::builtIn(&error);
            return findHealthyTransaction(store, store, flows, flow, except, now);
        },
        [this, flow](const Expected<LineageReport>& healthy) {
            m_compare->setEnabled(true);
            if (!healthy) {
                m_compareState->setText(tr("No comparison: %1").arg(healthy.error().text));
                return;
            }
            if (!healthy->lookup.found()) {
                m_compareState->setText(tr("No complete %1 transaction among the newest ones to compare with.").arg(flow));
                return;
            }
            m_compareState->clear();
            auto* dialog = new ComparisonDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setComparison(compareTransactions(m_report, healthy.value(), m_decoder, PersonalDataMask::standard()),
                                  m_report.verdict, healthy->verdict);
            dialog->show();
        });
}

void LineagePage::setSessionRole(SessionRole* session)
{
    m_unmask->setRole([session] { return session->acting(); });
}

} // namespace ct
