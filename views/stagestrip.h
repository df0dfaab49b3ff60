#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace ct {

struct StageCheck;

// A transaction's stage checklist, in the flow's order: each stage's status, when it happened and
// how long after its cause, or when it was due, and what went wrong. Wraps into rows.
class StageStrip : public QWidget {
    Q_OBJECT
public:
    explicit StageStrip(QWidget* parent = nullptr);
    void setChecks(const QList<StageCheck>& checks);

    // The chips' texts, for tests and snapshots.
    QStringList texts() const;

private:
    QGridLayout* m_layout;
};

} // namespace ct
