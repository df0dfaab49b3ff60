#pragma once

#include "deltacause.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ct {

// The transactions behind the selected difference, one plain sentence each, under a title saying
// what they add up to. Enter (or "Open on Lineage") opens the chosen one's lineage; a failed or stopped
// one also opens its failed message on the Exceptions page.
class DeltaCausesList : public QWidget {
    Q_OBJECT
public:
    explicit DeltaCausesList(QWidget* parent = nullptr);

    void clear();
    void setTitle(const QString& title);
    QString title() const;
    // prefix: e.g. "erp vs pos: "; price: the quantity is money in minor units.
    void addCause(const QString& prefix, const DeltaCause& cause, bool price);
    int count() const;
    QString causeText(int row) const;

Q_SIGNALS:
    void openCorrelation(const QString& correlationId);
    void openFailure(const QString& correlationId);

private:
    void currentChanged();
    QString currentCorrelation() const;

    QLabel* m_title;
    QListWidget* m_list;
    QPushButton* m_lineage;
    QPushButton* m_failure;
};

} // namespace ct
