#pragma once

#include "page.h"

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

namespace ct {

class DetailPane;
class LineageModel;
class LineageSearch;
class StageStrip;
class StateView;
struct LineageReport;

// "Where is order X?": the verdict of one transaction (found by correlation id, order number, event id,
// message id or business keys, which may offer several to pick from), its stage checklist from the flow's template, every hop in causal order, and the
// selected hop's facts and payload.
class LineagePage : public Page {
    Q_OBJECT
public:
    explicit LineagePage(StoreService* service, QWidget* parent = nullptr);

    QString title() const override { return tr("Lineage"); }
    void reload() override;
    void focusOn(const QString& correlationId) override;

private:
    void showReport(const LineageReport& report);
    void showSelected();

    QString m_correlationId;  // asked for; empty: the newest failed transaction
    bool m_newestFailed = false;
    LineageSearch* m_search;
    LineageModel* m_model;
    QLabel* m_heading;
    QLabel* m_verdict;
    StageStrip* m_stages;
    QTableView* m_table;
    DetailPane* m_detail;
    QPlainTextEdit* m_payload;
    StateView* m_state;
    QStackedWidget* m_stack;
};

} // namespace ct
