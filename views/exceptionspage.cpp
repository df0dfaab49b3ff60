#include "exceptionspage.h"

#include "sessionrole.h"
#include "replayflow.h"
#include "replaydialog.h"
#include "resubmitdialog.h"
#include "auditentry.h"

#include "deathhistory.h"
#include "detailpane.h"
#include "failedmessagemodel.h"
#include "failureactionbar.h"
#include "failureactiondialog.h"
#include "failurefilterbar.h"
#include "failuregroupmodel.h"
#include "pagelayout.h"
#include "messagehistoryview.h"
#include "runbookview.h"
#include "payloadpane.h"
#include "stateview.h"
#include "tableview.h"
#include "timeformat.h"
#include "unmaskauditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>

namespace ct {

ExceptionsPage::ExceptionsPage(StoreService* service, const PayloadDecoder* decoder, const RunbookSource* runbooks,
                               QWidget* parent)
    : Page(QStringLiteral("exceptions"), service, parent)
    , m_model(new FailedMessageModel(service, this))
    , m_groups(new FailureGroupModel(service, this))
    , m_filters(new FailureFilterBar(this))
    , m_groupTree(new QTreeView(this))
    , m_groupLabel(new QLabel(this))
    , m_allStatesNotice(new QLabel(this))
    , m_clearGroup(new QToolButton(this))
    , m_table(makeTableView(this))
    , m_detail(new DetailPane(this))
    , m_tabs(new QTabWidget(this))
    , m_payload(new PayloadPane(this))
    , m_headers(makePayloadView(tr("The selected message's headers appear here."), this))
    , m_deaths(new QTableWidget(0, 6, this))
    , m_runbook(new RunbookView(runbooks, this))
    , m_history(new MessageHistoryView(this))
    , m_stateView(new StateView(this))
    , m_stack(new QStackedWidget(this))
    , m_actions(new FailedMessageActions(service, this))
    , m_actionBar(new FailureActionBar(this))
    , m_replays(new ReplayFlow(service, m_actionBar, decoder, this))
    , m_unmask(new UnmaskAuditor(service, QStringLiteral("Exceptions page"), [this] { return m_correlation; }, this))
    , m_decoder(decoder)
{
    m_payload->setDecoder(decoder);
    m_payload->setUnmaskGate(m_unmask->gate());
    m_deaths->setHorizontalHeaderLabels({tr("Queue"), tr("Reason"), tr("Count"), tr("Last"), tr("Exchange"), tr("Routing keys")});
    m_deaths->setObjectName(QStringLiteral("deathHistory"));
    m_deaths->verticalHeader()->hide();
    m_deaths->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deaths->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deaths->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setObjectName(QStringLiteral("exceptionTabs"));
    m_tabs->addTab(m_payload, tr("Payload"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_deaths, tr("Death history"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_runbook, tr("Runbook"));
    connect(m_filters, &FailureFilterBar::changed, this, [this] {
        m_wantedKey.clear();
        m_mayShowAllStates = m_showingAllStates = false;  // what the user chose, from now on
        m_allStatesNotice->hide();
        reload();
    });
    m_allStatesNotice->setObjectName(QStringLiteral("allStatesNotice"));
    m_allStatesNotice->setTextFormat(Qt::PlainText);
    m_allStatesNotice->setWordWrap(true);
    m_allStatesNotice->setText(tr("No open exceptions: every dead-letter queue is empty. Shown below: the latest "
                                  "failed messages in every state, with what became of them."));
    m_allStatesNotice->hide();

    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);  // the store orders: newest failure first
    setColumnWidths(m_table, {80, 170, 130, 280, 150, 55, 70, 80});
    connect(m_model, &FailedMessageModel::loaded, this, &ExceptionsPage::showLoaded);
    connect(m_model, &FailedMessageModel::refreshed, this, &ExceptionsPage::showLoaded);
    // The selected message read again: its state, note and history follow an action or a live change.
    connect(m_model, &FailedMessageModel::refreshed, this, &ExceptionsPage::readSelected);
    connect(m_model, &FailedMessageModel::counted, this, &ExceptionsPage::showCounts);
    connect(m_model, &FailedMessageModel::failed, this, [this](const StoreError& e) {
        m_stateView->showError(tr("Failed messages cannot be read"), e.text);
        m_stack->setCurrentWidget(m_stateView);
        markReady();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExceptionsPage::readSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const FailedMessage* m = m_model->cachedMessage(index.row()))
            Q_EMIT openCorrelation(m->correlationId);
    });

    auto* split = makeMasterDetail(m_table, m_detail, m_tabs, 2, this);
    m_stack->addWidget(m_stateView);
    m_stack->addWidget(split);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* scope = new QHBoxLayout;
    scope->addWidget(m_groupLabel, 1);
    scope->addWidget(m_clearGroup);
    rightLayout->addLayout(scope);
    rightLayout->addWidget(m_allStatesNotice);
    rightLayout->addWidget(m_actionBar);
    connect(m_actionBar, &FailureActionBar::requested, this, &ExceptionsPage::askAndAct);
    connect(m_actionBar, &FailureActionBar::resubmitRequested, this, &ExceptionsPage::askAndResubmit);
    connect(m_replays, &ReplayFlow::finished, this, &ExceptionsPage::refreshInPlace);
    connect(m_actionBar, &FailureActionBar::cancelRequested, this, [this] {
        if (m_replays->isRunning())
            m_replays->cancel();
        else
            m_actions->cancel();
    });
    connect(m_actions, &FailedMessageActions::progress, this,
            [this](qint64 done) { m_actionBar->showRunning(m_running, done, m_runningTotal); });
    connect(m_actions, &FailedMessageActions::finished, this, [this](const ActionSummary& summary) {
        m_actionBar->showFinished(m_running, summary);
        refreshInPlace();
    });
    connect(m_actions, &FailedMessageActions::failed, this, [this](const StoreError& e) {
        m_actionBar->showFailed(e.text);
        refreshInPlace();
    });
    rightLayout->addWidget(m_stack, 1);
    auto* groupSplit = new QSplitter(Qt::Horizontal, this);
    groupSplit->addWidget(makeGroupPane());
    groupSplit->addWidget(right);
    groupSplit->setStretchFactor(0, 1);
    groupSplit->setStretchFactor(1, 4);
    groupSplit->setSizes({380, 1100});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_filters);
    layout->addWidget(groupSplit, 1);
    selectGroup(std::nullopt);
}

QWidget* ExceptionsPage::makeGroupPane()
{
    m_groupTree->setObjectName(QStringLiteral("failureGroups"));
    m_groupTree->setModel(m_groups);
    m_groupTree->setHeaderHidden(true);
    m_groupTree->setUniformRowHeights(true);
    m_groupTree->setRootIsDecorated(true);
    m_groupTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTree->setTextElideMode(Qt::ElideRight);  // a signature reads from its start
    m_groupTree->header()->setStretchLastSection(false);
    m_groupTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groupTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // The groups to act on first: the same failure many times over, and which kinds of error.
    for (FailureGrouping by : {FailureGrouping::Signature, FailureGrouping::ErrorClass})
        m_groupTree->expand(m_groups->index(int(by), 0));
    connect(m_groupTree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (!index.parent().isValid())
            return;  // a grouping, not a group
        selectGroup(Group{FailureGrouping(index.data(FailureGroupModel::GroupingRole).toInt()),
                          index.data(FailureGroupModel::ValueRole).toString()});
    });
    connect(m_groups, &FailureGroupModel::reloaded, this, [this] {
        // The chosen group stays chosen, wherever its row went.
        if (m_group)
            m_groupTree->setCurrentIndex(m_groups->indexOf(m_group->by, m_group->value));
    });
    m_clearGroup->setObjectName(QStringLiteral("clearGroup"));
    m_clearGroup->setText(tr("Show all groups"));
    connect(m_clearGroup, &QToolButton::clicked, this, [this] { selectGroup(std::nullopt); });
    return m_groupTree;
}

void ExceptionsPage::setConnectionServices(const ConnectionServices& services)
{
    m_replays->setServices(services);
}

void ExceptionsPage::askAndReplay()
{
    const qint64 selected = selectedTargets().size();
    ReplayDialog dialog(m_replays->profiles(), selected, m_model->totalCount(), m_group.has_value() && selected <= 1, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReplayOrder order;
    order.target = dialog.target();
    order.ratePerSecond = dialog.ratePerSecond();
    order.canaryCount = dialog.canaryCount();
    order.canaryWaitSeconds = dialog.canaryWaitSeconds();
    replay(order, dialog.profile(), dialog.allMatching(), true);
}

void ExceptionsPage::replay(const ReplayOrder& given, const ConnectionProfile& profile, bool allMatching, bool dryRunFirst)
{
    if (m_replays->isRunning() || m_actions->isRunning())
        return;
    ReplayOrder order = given;
    if (!m_resubmitKey.isEmpty()) {
        order.keys << std::exchange(m_resubmitKey, QString());
    } else if (allMatching) {
        if (!m_model->isComplete()) {  // every match's key is known only once the list is complete
            m_actionBar->showNote(tr("The list is still loading every matching message; replay them in a moment."));
            return;
        }
        for (qint64 row = 0; row < m_model->totalCount(); ++row)
            order.keys << m_model->keyAt(row);
    } else {
        for (const FailedMessageActions::Target& t : selectedTargets())
            order.keys << t.key;
    }
    std::reverse(order.keys.begin(), order.keys.end());  // oldest failure first: the order they happened in
    m_replays->start(order, profile, dryRunFirst);
}

void ExceptionsPage::resumeReplay(const ConnectionProfile& profile)
{
    m_replays->resume(profile);
}

void ExceptionsPage::askAndResubmit()
{
    if (!m_shown) {
        m_actionBar->showFailed(tr("select the message to edit first"));
        return;
    }
    ResubmitDialog dialog(*m_shown, m_decoder, m_replays->profiles(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.resubmission().ok())
        return;
    resubmit(*m_shown, dialog.resubmission(), dialog.profile());
}

void ExceptionsPage::resubmit(const FailedMessage& message, const Resubmission& edit, const ConnectionProfile& profile)
{
    ReplayOrder order;
    order.ratePerSecond = 0;
    order.edits.insert(message.key, ReplayEdit{edit.body, edit.sha256Before, edit.sha256After});
    m_resubmitKey = message.key;
    replay(order, profile, false);
}

void ExceptionsPage::askAndAct(TransitionAction action)
{
    if (action == TransitionAction::StartReplay)
        return askAndReplay();
    const qint64 selected = selectedTargets().size();
    FailureActionDialog dialog(action, selected, m_model->totalCount(), m_group.has_value() && selected <= 1, this);
    if (dialog.exec() == QDialog::Accepted)
        act(dialog.order(), dialog.allMatching());
}

void ExceptionsPage::setSessionRole(SessionRole* session)
{
    m_session = session;
    m_unmask->setRole([session] { return session->acting(); });
    m_replays->setRole([session] { return session->acting(); });
    const auto show = [this] {
        const bool permitted = m_session->acting() != ActorRole::Viewer;
        m_actionBar->setPermitted(permitted, m_session->grantKnown()
                                                 ? tr("You act as a viewer, who only looks: choose another role in the "
                                                      "status bar, if the store grants you one.")
                                                 : tr("Waiting for the store to say what this connection may do."));
    };
    connect(m_session, &SessionRole::changed, this, show);
    show();
}

void ExceptionsPage::act(const ActionOrder& given, bool allMatching)
{
    if (m_actions->isRunning())
        return;
    ActionOrder order = given;
    if (m_session)
        order.role = m_session->acting();
    m_running = order.action;
    if (allMatching) {
        m_runningTotal = m_model->totalCount();
        m_actions->runOnMatching(order, m_model->query());
    } else {
        const QList<FailedMessageActions::Target> targets = selectedTargets();
        m_runningTotal = targets.size();
        m_actions->run(order, targets);
    }
    m_actionBar->showRunning(order.action, 0, m_runningTotal);
}

QList<FailedMessageActions::Target> ExceptionsPage::selectedTargets() const
{
    QList<FailedMessageActions::Target> targets;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        // The version on screen: if someone changed the message since, the store says so.
        if (const FailedMessage* m = m_model->cachedMessage(index.row()))
            targets.append({m->key, m->version});
    }
    return targets;
}

void ExceptionsPage::refreshInPlace()
{
    const Timestamp now = Timestamp::now();
    m_groups->refresh(m_filters->query(now), now);
    m_model->refresh();
}

void ExceptionsPage::selectGroup(std::optional<Group> group)
{
    m_group = std::move(group);
    m_clearGroup->setVisible(m_group.has_value());
    if (m_group) {
        m_groupLabel->setText(tr("Group: %1 = %2")
                                  .arg(FailureGroupModel::groupingName(m_group->by),
                                       FailureGroupModel::valueLabel(m_group->by, m_group->value)));
    } else {
        m_groupLabel->setText(tr("All groups. Pick a group on the left to act on its messages together."));
        m_groupTree->clearSelection();
    }
    m_wantedKey.clear();
    if (isVisible() || isReady())
        reload();
}

void ExceptionsPage::focusOnItem(const QString& filter, const QString& key)
{
    focusOn(filter);
    m_wantedKey = key;
}

void ExceptionsPage::focusOn(const QString& filter)
{
    m_wantedKey.clear();
    m_group.reset();
    m_clearGroup->setVisible(false);
    m_filters->showEverythingAbout(filter);  // the user asked about one thing
    reload();
}

void ExceptionsPage::reload()
{
    markLoading();
    m_rowsShown = false;
    const Timestamp now = Timestamp::now();
    const FailedMessageQuery scope = m_filters->query(now);
    if (isQuiet()) {  // the same query, in place
        m_groups->refresh(scope, now);
        m_model->refresh();
        return;
    }
    m_groups->reload(scope, now);
    m_stateView->showLoading(tr("Reading the dead-letter queues…"));
    m_stack->setCurrentWidget(m_stateView);
    m_model->setQuery(m_group ? narrowedToGroup(scope, m_group->by, m_group->value, now) : scope);
}

void ExceptionsPage::showCounts()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    if (m_showingAllStates) {
        // The open ones counted apart: new failures may have come since the page opened.
        const FailedMessageQuery open = FailureFilterBar::openMessages(Timestamp::now());
        m_openCount = service()->read<qint64>(
            this, [open](TelemetryStore& store) { return store.countFailedMessages(open); },
            [this, total](const Expected<qint64>& n) {
                const QLocale locale;
                const qint64 openNow = n ? n.value() : 0;
                setKeyFigures({{n ? locale.toString(openNow) : QStringLiteral("?"), tr("open exceptions"),
                                openNow > 0 ? UiStatus::Warning : UiStatus::Ok},
                               {locale.toString(total), tr("latest failures, every state")}},
                              int(openNow));
                // New failures since the page opened: the notice would no longer be true.
                m_allStatesNotice->setVisible(n && openNow == 0 && m_model->rowCount() > 0);
                if (m_rowsShown)
                    markReady();
            });
        return;
    }
    const bool openOnly = m_filters->openOnly() && !m_group;
    setKeyFigures({{locale.toString(total), openOnly ? tr("open exceptions") : tr("matching"),
                    total > 0 && openOnly ? UiStatus::Warning : UiStatus::Ok}},
                  openOnly ? int(total) : badge());
    if (m_rowsShown)  // ready once both the rows and the count are up
        markReady();
}

void ExceptionsPage::showLoaded()
{
    const bool mayShowAllStates = std::exchange(m_mayShowAllStates, false);
    if (m_model->rowCount() == 0 && mayShowAllStates && m_filters->isDefault() && !m_group) {
        // Nothing open: rather than an empty page, what became of the latest failures.
        m_showingAllStates = true;
        m_filters->showAllStates();
        const Timestamp now = Timestamp::now();
        const FailedMessageQuery scope = m_filters->query(now);
        m_groups->reload(scope, now);
        m_model->setQuery(scope);
        return;
    }
    m_allStatesNotice->setVisible(m_showingAllStates && m_model->rowCount() > 0);
    if (m_model->rowCount() == 0) {
        const bool nothingOpen = (m_filters->openOnly() || m_showingAllStates) && !m_group;
        m_stateView->showEmpty(m_showingAllStates ? tr("No failed messages yet") : tr("No failed messages match"),
                               nothingOpen ? tr("Every dead-letter queue is empty. Well done.")
                                           : tr("Widen the filters to see more."));
        m_stack->setCurrentWidget(m_stateView);
    } else {
        m_stack->setCurrentIndex(1);
        selectWantedRow();
    }
    m_rowsShown = true;
    if (m_model->isCounted())
        showCounts();
}

void ExceptionsPage::selectWantedRow()
{
    const QString wanted = std::exchange(m_wantedKey, QString());
    const int row = wanted.isEmpty() ? -1 : m_model->rowOfKey(wanted);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    if (!wanted.isEmpty() && !m_model->isComplete()) {
        // Not among the rows read so far: look again when the rest have arrived.
        connect(m_model, &FailedMessageModel::completed, this, [this, wanted] {
            m_wantedKey = wanted;
            selectWantedRow();
        }, Qt::SingleShotConnection);
        return;
    }
    selectFirstRowUnlessSelected(m_table);
}

void ExceptionsPage::readSelected()
{
    const QString key = m_model->keyAt(m_table->currentIndex().row());
    if (key.isEmpty())
        return;
    m_selectedRead = service()->read<QList<FailedMessage>>(
        this, [key](TelemetryStore& store) { return store.failedMessagesByKey({key}); },
        [this](const Expected<QList<FailedMessage>>& found) {
            if (found && !found->isEmpty())
                showMessage(found->constFirst());
        });
}

void ExceptionsPage::showMessage(const FailedMessage& m)
{
    m_shown = m;
    m_detail->clear();
    m_detail->setTitle(m.errorClass + QStringLiteral(" \u00b7 ") + m.queue);
    m_detail->addRow(tr("Error"), m.errorText);
    m_detail->addRow(tr("Signature"), m.failureSignature);
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
    if (m.snoozedUntil > Timestamp::now())
        m_detail->addRow(tr("Snoozed"), tr("until %1: %2").arg(absoluteTime(m.snoozedUntil), m.note));
    else if (!m.note.isEmpty())
        m_detail->addRow(tr("Note"), m.note);
    if (!m.sku.isEmpty())
        m_detail->addRow(tr("Affects"),
                         QStringLiteral("%1 × %2 @ %3").arg(m.sku, QString::number(m.quantity.value_or(0)), m.node),
                         true);
    const QString runbook = m_runbook->showFor(m.queue, m.errorClass);
    m_detail->addRow(tr("Runbook"), runbook.isEmpty() ? tr("none for this queue and error class") : runbook);
    m_correlation = m.correlationId;
    if (m.key != m_payload->subject()) // a live refresh keeps an unmasked payload unmasked
        m_payload->showPayload(m.key, m.payload, m.contentType);
    int masked = 0;
    const QString headers = maskedHeadersText(m.headers, &masked);
    m_headers->setPlainText(masked > 0 ? tr("%n personal value(s) masked.", nullptr, masked) + QLatin1Char('\n') + headers
                                       : headers);
    showDeaths(m);
    readHistory(m);
}

void ExceptionsPage::readHistory(const FailedMessage& m)
{
    m_historyRead = service()->read<QList<AuditEntry>>(
        this, [key = m.key](TelemetryStore& store) { return store.auditEntriesFor(key); },
        [this, m](const Expected<QList<AuditEntry>>& audit) {
            const QList<HistoryItem> items = messageHistory(m, audit ? audit.value() : QList<AuditEntry>());
            m_history->showHistory(items);
            m_tabs->setTabText(m_tabs->indexOf(m_history), tr("History (%1)").arg(items.size()));
        });
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
