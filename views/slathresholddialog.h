#pragma once

#include "stagelatency.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace ct {

// Asks for an SLA's new threshold (in seconds, minutes or hours) and why it changes.
class SlaThresholdDialog : public QDialog {
    Q_OBJECT
public:
    SlaThresholdDialog(const SlaDefinition& sla, QWidget* parent = nullptr);

    double thresholdSeconds() const;
    QString note() const;

private:
    void check();

    QDoubleSpinBox* m_value;
    QComboBox* m_unit;
    QLineEdit* m_note;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    double m_was;
};

} // namespace ct
