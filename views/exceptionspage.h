#pragma once

#include "connectionprofiles.h"
#include "connectionservices.h"
#include "failedmessage.h"
#include "resubmission.h"
#include "failedmessageactions.h"
#include "replayrunner.h"
#include "failuregroups.h"
#include "page.h"
#include "storeticket.h"

#include <optional>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace ct {

class DetailPane;
class FailedMessageModel;
class FailureActionBar;
class FailureFilterBar;
class FailureGroupModel;
class PayloadDecoder;
class PayloadPane;
class MessageHistoryView;
class RunbookView;
struct RunbookSource;
class SessionRole;
class StateView;
class UnmaskAuditor;
struct FailedMessage;

// "What failed, and can I fix it safely?": the failed messages of the dead-letter queues in groups to
// act on (queue, error class, source, age, failure signature) beside a table that stays smooth at a
// million rows, with the selected message's facts, and below them its payload, headers (personal data
// masked until an audited unmask) and the broker's death history.
class ReplayFlow;

class ExceptionsPage : public Page {
    Q_OBJECT
public:
    explicit ExceptionsPage(StoreService* service, const PayloadDecoder* decoder = nullptr,
                            const RunbookSource* runbooks = nullptr, QWidget* parent = nullptr);

    QString title() const override { return tr("Exceptions"); }
    void reload() override;
    void focusOn(const QString& filter) override;
    // The messages matching `filter`, with the one whose key is `key` selected once it is loaded.
    void focusOnItem(const QString& filter, const QString& key) override;
    // Runs an order on the selected messages, or on every one the filters and the group match: what
    // the action dialog asks for (and what tests call directly).
    void act(const ActionOrder& order, bool allMatching);
    // The role actions are taken in (without one, ActionOrder's own).
    void setSessionRole(SessionRole* session) override;
    // The broker side: saved profiles, their passwords and the replay runner (without them, Replay…
    // says it needs a broker connection).
    void setConnectionServices(const ConnectionServices& services);
    // Replays the selected messages, or every one the filters and the group match, over `profile`'s
    // broker: what the replay dialog asks for (and what tests call directly).
    // With `dryRunFirst`, what it would do is shown first and it goes only once confirmed.
    void replay(const ReplayOrder& order, const ConnectionProfile& profile, bool allMatching, bool dryRunFirst = false);
    // Replays what is left of the replay the action bar offers to resume (a cancelled or interrupted
    // one), over `profile`'s broker: what the Resume button asks for (and what tests call directly).
    void resumeReplay(const ConnectionProfile& profile);
    // Sends the checked edit of `message` instead of its stored payload (what the edit dialog asks for).
    void resubmit(const FailedMessage& message, const Resubmission& edit, const ConnectionProfile& profile);

private:
    struct Group {
        FailureGrouping by;
        QString value;
    };
    QWidget* makeGroupPane();
    void selectGroup(std::optional<Group> group);
    void showCounts();
    void showLoaded();
    void selectWantedRow();
    void readSelected();
    void showMessage(const FailedMessage& m);
    void showDeaths(const FailedMessage& m);
    void readHistory(const FailedMessage& m);
    void askAndAct(TransitionAction action);
    void askAndReplay();
    void askAndResubmit();
    QList<FailedMessageActions::Target> selectedTargets() const;
    void refreshInPlace();

    QString m_wantedKey; // to select when the rows arrive
    std::optional<Group> m_group;
    bool m_rowsShown = false;  // since the last reload
    // Opening on no open message, the page shows the latest in every state instead, and says so.
    bool m_mayShowAllStates = true;  // until the first rows arrive or the filters are changed
    bool m_showingAllStates = false;
    FailedMessageModel* m_model;
    FailureGroupModel* m_groups;
    FailureFilterBar* m_filters;
    QTreeView* m_groupTree;
    QLabel* m_groupLabel;
    QLabel* m_allStatesNotice;
    QToolButton* m_clearGroup;
    QTableView* m_table;
    DetailPane* m_detail;
    QTabWidget* m_tabs;
    PayloadPane* m_payload;
    QPlainTextEdit* m_headers;
    QTableWidget* m_deaths;
    RunbookView* m_runbook;
    MessageHistoryView* m_history;
    StoreTicket m_historyRead;
    QString m_correlation; // of the message shown, for the unmask audit
    StateView* m_stateView;
    QStackedWidget* m_stack;
    StoreTicket m_selectedRead;
    StoreTicket m_openCount;  // while showing every state: how many are open now
    FailedMessageActions* m_actions;
    FailureActionBar* m_actionBar;
    SessionRole* m_session = nullptr;
    ReplayFlow* m_replays;
    UnmaskAuditor* m_unmask;
    const PayloadDecoder* m_decoder;
    std::optional<FailedMessage> m_shown;  // in the detail pane
    QString m_resubmitKey;                 // the one message the next replay() sends, edited
    TransitionAction m_running = TransitionAction::Resolve;
    qint64 m_runningTotal = 0;
};

} // namespace ct
