#include "lineagepage.h"

#include "detailpane.h"
#include "lineagelookup.h"
#include "lineagemodel.h"
#include "pagelayout.h"
#include "payloadtext.h"
#include "stagestrip.h"
#include "stateview.h"
#include "statusproperty.h"
#include "storeservice.h"
#include "tableview.h"
#include "timeformat.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {

LineagePage::LineagePage(StoreService* service, QWidget* parent)
    : Page(QStringLiteral("lineage"), service, parent)
    , m_model(new LineageModel(this))
    , m_heading(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_stages(new StageStrip(this))
    , m_table(makeTableView(this))
    , m_detail(new DetailPane(this))
    , m_payload(makePayloadView(tr("The selected event's payload appears here."), this))
    , m_state(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    m_heading->setObjectName(QStringLiteral("sectionTitle"));
    m_heading->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* l : {m_heading, m_verdict})
        l->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);  // causal order is the point
    setColumnWidths(m_table, {170, 150, 220, 130, 70, 70, 100});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LineagePage::showSelected);

    auto* split = makeMasterDetail(m_table, m_detail, m_payload, 2, this);
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_heading);
    column->addWidget(m_verdict);
    column->addWidget(m_stages);
    column->addWidget(split, 1);
    m_stack->addWidget(m_state);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_stack);
    m_state->showEmpty(tr("Which transaction?"),
                       tr("Type an order number, receipt or any correlation id in the search box (Ctrl+K)."));
}

void LineagePage::focusOn(const QString& correlationId)
{
    m_correlationId = correlationId.trimmed();
    m_newestFailed = false;
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
    load<LineageLookup>(
        [asked](TelemetryStore& store) { return lookUpLineage(store, store, asked); },
        [this, asked](const Expected<LineageLookup>& found) {
            const QString id = found ? found->correlationId : asked;
            if (!found) {
                m_state->showError(tr("The events of %1 cannot be read").arg(id), found.error().text);
            } else if (id.isEmpty()) {
                m_state->showEmpty(tr("Which transaction?"),
                                   tr("No transaction has failed. Type an order number, receipt or any correlation "
                                      "id in the search box (Ctrl+K)."));
                m_stack->setCurrentWidget(m_state);
            } else if (found->events.isEmpty()) {
                m_state->showEmpty(tr("Nothing is known about %1").arg(id),
                                   tr("No event carries this correlation id. Check the number, or search for the "
                                      "order, receipt or campaign id as the systems write it."));
                m_stack->setCurrentWidget(m_state);
            } else {
                // Chosen once: live refreshes follow that transaction rather than jump to a newer failure.
                if (found->newestFailed())
                    m_correlationId = id;
                m_newestFailed = asked.isEmpty() ? found->newestFailed() : m_newestFailed && asked == id;
                showGraph(assembleLineage(id, found->events));
            }
            if (!found || found->events.isEmpty())
                setKeyFigures({});
            markReady();
        });
}

void LineagePage::showGraph(const LineageGraph& graph)
{
    m_model->setGraph(graph);
    const QString heading = graph.correlationId + QStringLiteral("  \u00b7  ") + graph.flow;
    m_heading->setText(m_newestFailed ? tr("Newest failed transaction: ") + heading : heading);
    const LineageHop& last = graph.hops.constLast();
    const double span = double(graph.lastAt().micros() - graph.firstAt().micros()) / 1e6;
    QString verdict;
    UiStatus status = UiStatus::Ok;
    if (graph.failedHops > 0) {
        for (const LineageHop& hop : graph.hops) {
            if (hop.event.status == EventStatus::Failed) {
                verdict = tr("Failed at %1 (%2) %3 — the transaction stopped there.")
                              .arg(hop.event.stage, hop.event.source, relativeTime(hop.event.occurredAt, Timestamp::now()));
                break;
            }
        }
        status = UiStatus::Failed;
    } else {
        verdict = tr("Last hop: %1 at %2 (%3), %4 after the first.")
                      .arg(last.event.stage, last.event.source, absoluteTime(last.event.occurredAt), formatDuration(span));
    }
    m_verdict->setText(statusStyle(status, false).glyph + QLatin1Char(' ') + verdict);
    setStatusProperty(m_verdict, status);  // a live refresh may change it: re-polished then
    m_stages->setGraph(graph);
    setKeyFigures({{QLocale().toString(graph.hops.size()), tr("hops")},
                   {formatDuration(span), tr("first to last")},
                   {QLocale().toString(graph.failedHops), tr("failed"),
                    graph.failedHops ? UiStatus::Failed : UiStatus::Ok}});
    m_stack->setCurrentIndex(1);
    selectFirstRowUnlessSelected(m_table);
}

void LineagePage::showSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const Event& e = m_model->hopAt(index.row()).event;
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
    const PayloadText payload = renderPayload(e.payload, e.contentType);
    m_payload->setPlainText(payload.form == PayloadText::Form::Empty ? QString() : payload.text);
}

} // namespace ct
