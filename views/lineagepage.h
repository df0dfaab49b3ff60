#pragma once

#include "lineagereport.h"
#include "page.h"

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ct {

class DetailPane;
class LineageModel;
class PayloadDecoder;
class PayloadPane;
class RelatedFailures;
class LineageSearch;
class StageStrip;
class StateView;
class SwimlaneView;
class UnmaskAuditor;

// "Where is order X?": the verdict of one transaction (found by correlation id, order number, event id,
// message id or business keys, which may offer several to pick from), its stage checklist from the
// flow's template, its failed messages, every hop in causal order on a swimlane timeline and in a
// table, the selected hop's facts and payload (personal data masked), and a comparison with a healthy
// transaction of the same flow.
class LineagePage : public Page {
    Q_OBJECT
public:
    // `decoder` decodes protobuf payloads (nullptr: shown as hex); not owned, outlives the page.
    explicit LineagePage(StoreService* service, const PayloadDecoder* decoder = nullptr, QWidget* parent = nullptr);

    QString title() const override { return tr("Lineage"); }
    void reload() override;
    void focusOn(const QString& correlationId) override;
    QLineEdit* ownSearchBox() const override;
    void setSessionRole(SessionRole* session) override;

private:
    void showReport(const LineageReport& report);
    void showSelected();
    void compareWithHealthy();

    const PayloadDecoder* m_decoder;
    QString m_correlationId;  // asked for; empty: the newest failed transaction
    LineageReport m_report;   // the transaction shown
    bool m_newestFailed = false;
    LineageSearch* m_search;
    LineageModel* m_model;
    QLabel* m_heading;
    QLabel* m_verdict;
    StageStrip* m_stages;
    SwimlaneView* m_swimlane;
    QTableView* m_table;
    DetailPane* m_detail;
    PayloadPane* m_payload;
    RelatedFailures* m_failures;
    QPushButton* m_compare;
    QLabel* m_compareState;
    StoreTicket m_comparing;
    StateView* m_state;
    QStackedWidget* m_stack;
    UnmaskAuditor* m_unmask;
};

} // namespace ct
