#pragma once

#include "slareport.h"
#include "slastore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ct {

class SlaBreachModel;

// The detail pane of the SLA page: the selected SLA over the range, the selected bucket, and the
// transactions that breached in it, each opening its lineage.
class SlaDetail : public QWidget {
    Q_OBJECT
public:
    explicit SlaDetail(QWidget* parent = nullptr);

    // The SLA and the bucket shown (-1: none picked); the list waits for setBreaches().
    void show(const SlaReport& report, qsizetype bucket);
    void showBreachesLoading();
    void setBreaches(const QList<SlaBreach>& breaches, int limit);
    void showBreachesError(const QString& sentence);
    void showEditOutcome(const QString& sentence, bool failed);
    void clear();

    QTableView* breachTable() const { return m_table; }
    QPushButton* editButton() const { return m_edit; }

Q_SIGNALS:
    void openCorrelation(const QString& correlationId);
    void editThreshold();

private:
    QLabel* m_title;
    QLabel* m_stages;
    QLabel* m_range;
    QLabel* m_bucket;
    QLabel* m_listState;
    QLabel* m_editOutcome;
    QPushButton* m_edit;
    QTableView* m_table;
    SlaBreachModel* m_model;
};

} // namespace ct
