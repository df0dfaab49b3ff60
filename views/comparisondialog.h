#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace ct {

struct TransactionComparison;
struct LineageVerdict;

// A transaction beside a healthy one of its flow: each stage's status, time and latency in both,
// the latency delta, stages missing or extra here, and each stage's payload differences (expand a
// stage) with personal data masked. Everything from the data is plain text.
class ComparisonDialog : public QDialog {
    Q_OBJECT
public:
    explicit ComparisonDialog(QWidget* parent = nullptr);
    void setComparison(const TransactionComparison& comparison, const LineageVerdict& a, const LineageVerdict& b);

    // The rows as text, tab-separated, children indented: for tests.
    QStringList rowTexts() const;

private:
    QLabel* m_heading;
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace ct
