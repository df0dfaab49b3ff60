#include "exceptionspage.h"

#include "deathhistory.h"
#include "detailpane.h"
#include "failedmessagemodel.h"
#include "pagelayout.h"
#include "payloadpane.h"
#include "stateview.h"
#include "tableview.h"
#include "timeformat.h"
#include "unmaskauditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

namespace ct {

ExceptionsPage::ExceptionsPage(StoreService* service, const PayloadDecoder* decoder, QWidget* parent)
    : Page(QStringLiteral("exceptions"), service, parent)
    , m_model(new FailedMessageModel(service, this))
    , m_state(new QComboBox(this))
    , m_errorClass(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_table(makeTableView(this))
    , m_detail(new DetailPane(this))
    , m_tabs(new QTabWidget(this))
    , m_payload(new PayloadPane(this))
    , m_headers(makePayloadView(tr("The selected message's headers appear here."), this))
    , m_deaths(new QTableWidget(0, 6, this))
    , m_stateView(new StateView(this))
    , m_stack(new QStackedWidget(this))
{
    m_state->addItem(tr("Open"), failedMessageStateName(FailedMessageState::Open));
    m_state->addItem(tr("All states"), QString());
    for (FailedMessageState state : failedMessageStates()) {
        if (state != FailedMessageState::Open)
            m_state->addItem(failedMessageStateName(state), failedMessageStateName(state));
    }
    m_errorClass->addItem(tr("All error classes"), QString());
    for (const QString& c : errorClassNames())
        m_errorClass->addItem(c, c);
    m_payload->setDecoder(decoder);
    m_payload->setUnmaskGate(
        (new UnmaskAuditor(service, QStringLiteral("Exceptions page"), [this] { return m_correlation; }, this))->gate());
    m_deaths->setHorizontalHeaderLabels({tr("Queue"), tr("Reason"), tr("Count"), tr("Last"), tr("Exchange"), tr("Routing keys")});
    m_deaths->verticalHeader()->hide();
    m_deaths->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deaths->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deaths->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setObjectName(QStringLiteral("exceptionTabs"));
    m_tabs->addTab(m_payload, tr("Payload"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_deaths, tr("Death history"));
    m_text->setPlaceholderText(tr("Correlation id, message id or queue"));
    m_text->setClearButtonEnabled(true);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ExceptionsPage::reload);
    connect(m_errorClass, &QComboBox::currentIndexChanged, this, &ExceptionsPage::reload);
    connect(m_text, &QLineEdit::returnPressed, this, &ExceptionsPage::reload);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);  // the store orders: newest failure first
    setColumnWidths(m_table, {80, 170, 130, 280, 150, 55, 70, 80});
    connect(m_model, &FailedMessageModel::loaded, this, &ExceptionsPage::showLoaded);
    connect(m_model, &FailedMessageModel::refreshed, this, &ExceptionsPage::showLoaded);
    connect(m_model, &FailedMessageModel::failed, this, [this](const StoreError& e) {
        m_stateView->showError(tr("Failed messages cannot be read"), e.text);
        m_stack->setCurrentWidget(m_stateView);
        markReady();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExceptionsPage::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT openCorrelation(m_model->messageAt(index.row()).correlationId);
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_errorClass);
    filters->addStretch(1);
    auto* split = makeMasterDetail(m_table, m_detail, m_tabs, 2, this);
    m_stack->addWidget(m_stateView);
    m_stack->addWidget(split);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
}

void ExceptionsPage::focusOnItem(const QString& filter, const QString& key)
{
    focusOn(filter);
    m_wantedKey = key;
}

void ExceptionsPage::focusOn(const QString& filter)
{
    m_wantedKey.clear();
    m_text->setText(filter);
    m_state->setCurrentIndex(1);  // all states: the user asked about one thing
    reload();
}

void ExceptionsPage::reload()
{
    markLoading();
    if (isQuiet()) {
        m_model->refresh();  // the same query, in place
        return;
    }
    m_stateView->showLoading(tr("Reading the dead-letter queues…"));
    m_stack->setCurrentWidget(m_stateView);
    FailedMessageQuery q;
    q.state = failedMessageStateFromName(m_state->currentData().toString());
    q.errorClass = m_errorClass->currentData().toString();
    q.text = m_text->text().trimmed();
    m_model->setQuery(q);
}

void ExceptionsPage::showLoaded()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const bool openOnly = m_model->query().state == FailedMessageState::Open;
    setKeyFigures({{locale.toString(total), openOnly ? tr("open exceptions") : tr("matching"),
                    total > 0 && openOnly ? UiStatus::Warning : UiStatus::Ok}},
                  openOnly ? int(total) : badge());
    if (total == 0) {
        m_stateView->showEmpty(tr("No failed messages match"),
                               openOnly ? tr("Every dead-letter queue is empty. Well done.")
                                        : tr("Widen the filters to see more."));
    } else {
        m_stack->setCurrentIndex(1);
        selectWantedRow();
    }
    markReady();
}

void ExceptionsPage::selectWantedRow()
{
    const QString wanted = std::exchange(m_wantedKey, QString());
    const QList<FailedMessage>& rows = m_model->rows();
    for (int row = 0; !wanted.isEmpty() && row < rows.size(); ++row) {
        if (rows.at(row).key == wanted) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
    selectFirstRowUnlessSelected(m_table);
}

void ExceptionsPage::showSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const FailedMessage& m = m_model->messageAt(index.row());
    m_detail->clear();
    m_detail->setTitle(m.errorClass + QStringLiteral(" \u00b7 ") + m.queue);
    m_detail->addRow(tr("Error"), m.errorText);
    m_detail->addRow(tr("Message id"), m.messageId, true);
    m_detail->addRow(tr("Correlation id"), m.correlationId, true);
    m_detail->addRow(tr("Flow / stage"), m.flow + QStringLiteral(" / ") + m.stage);
    m_detail->addRow(tr("Origin"), m.originalExchange + QStringLiteral(" \u2192 ") + m.originalRoutingKey, true);
    if (!m.originQueue.isEmpty())  // where it first died, and where a replay goes by default
        m_detail->addRow(tr("Work queue"), m.originQueue, true);
    m_detail->addRow(tr("Death"), tr("%1 (×%2); first %3, last %4")
                                     .arg(m.deathReason, QString::number(m.deathCount),
                                          absoluteTime(m.firstDeathAt), absoluteTime(m.lastDeathAt)));
    m_detail->addRow(tr("State"), failedMessageStateName(m.state) + (m.assignee.isEmpty() ? QString() : QStringLiteral(" (") + m.assignee + QLatin1Char(')')));
    if (!m.sku.isEmpty())
        m_detail->addRow(tr("Affects"),
                         QStringLiteral("%1 × %2 @ %3").arg(m.sku, QString::number(m.quantity.value_or(0)), m.node),
                         true);
    m_correlation = m.correlationId;
    if (m.key != m_payload->subject()) // a live refresh keeps an unmasked payload unmasked
        m_payload->showPayload(m.key, m.payload, m.contentType);
    int masked = 0;
    const QString headers = maskedHeadersText(m.headers, &masked);
    m_headers->setPlainText(masked > 0 ? tr("%n personal value(s) masked.", nullptr, masked) + QLatin1Char('\n') + headers
                                       : headers);
    showDeaths(m);
}

void ExceptionsPage::showDeaths(const FailedMessage& m)
{
    const QList<DeathRecord> deaths = deathHistoryOf(m.headers);
    m_deaths->setRowCount(int(deaths.size()));
    for (int row = 0; row < deaths.size(); ++row) {
        const DeathRecord& d = deaths.at(row);
        const QStringList cells{d.queue, d.reason, QString::number(d.count), d.time ? absoluteTime(*d.time) : QString(),
                                d.exchange, d.routingKeys.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column)
            m_deaths->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_deaths->resizeColumnsToContents();
    m_tabs->setTabText(2, deaths.isEmpty() ? tr("Death history") : tr("Death history (%1)").arg(deaths.size()));
}

} // namespace ct
