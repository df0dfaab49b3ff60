#pragma once

#include "page.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace ct {

class DetailPane;
class FailedMessageModel;
class PayloadDecoder;
class PayloadPane;
class StateView;

// "What failed, and can I fix it safely?": the failed messages of the dead-letter queues, filtered,
// with the selected message's facts, and below them its payload, headers (personal data masked until
// an audited unmask) and the broker's death history.
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
    void showLoaded();
    void selectWantedRow();
    void showSelected();
    void showDeaths(const FailedMessage& m);

    QString m_wantedKey; // to select when the rows arrive
    FailedMessageModel* m_model;
    QComboBox* m_state;
    QComboBox* m_errorClass;
    QLineEdit* m_text;
    QTableView* m_table;
    DetailPane* m_detail;
    QTabWidget* m_tabs;
    PayloadPane* m_payload;
    QPlainTextEdit* m_headers;
    QTableWidget* m_deaths;
    QString m_correlation; // of the message shown, for the unmask audit
    StateView* m_stateView;
    QStackedWidget* m_stack;
};

} // namespace ct
