#pragma once

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
class FailureFilterBar;
class FailureGroupModel;
class PayloadDecoder;
class PayloadPane;
class StateView;
struct FailedMessage;

// "What failed, and can I fix it safely?": the failed messages of the dead-letter queues in groups to
// act on (queue, error class, source, age, failure signature) beside a table that stays smooth at a
// million rows, with the selected message's facts, and below them its payload, headers (personal data
// masked until an audited unmask) and the broker's death history.
class ExceptionsPage : public Page {
    Q_OBJECT
public:
    explicit ExceptionsPage(StoreService* service, const PayloadDecoder* decoder = nullptr, QWidget* parent = nullptr);

    QString title() const override { return tr("Exceptions"); }
    void reload() override;
    void focusOn(const QString& filter) override;
    // The messages matching `filter`, with the one whose key is `key` selected once it is loaded.
    void focusOnItem(const QString& filter, const QString& key) override;

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

    QString m_wantedKey; // to select when the rows arrive
    std::optional<Group> m_group;
    bool m_rowsShown = false;  // since the last reload
    FailedMessageModel* m_model;
    FailureGroupModel* m_groups;
    FailureFilterBar* m_filters;
    QTreeView* m_groupTree;
    QLabel* m_groupLabel;
    QToolButton* m_clearGroup;
    QTableView* m_table;
    DetailPane* m_detail;
    QTabWidget* m_tabs;
    PayloadPane* m_payload;
    QPlainTextEdit* m_headers;
    QTableWidget* m_deaths;
    QString m_correlation; // of the message shown, for the unmask audit
    StateView* m_stateView;
    QStackedWidget* m_stack;
    StoreTicket m_selectedRead;
};

} // namespace ct
