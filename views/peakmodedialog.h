#pragma once

#include "operatingmode.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace ct {

// Asks how to switch peak mode: on (with the replay rate budget) or off, and why.
class PeakModeDialog : public QDialog {
    Q_OBJECT
public:
    // `current`: the mode in force; the dialog offers the other one.
    explicit PeakModeDialog(const OperatingMode& current, QWidget* parent = nullptr);

    // The change asked for (actor and role are the caller's to fill).
    OperatingModeChange change() const;

private:
    bool m_turningOn;
    QSpinBox* m_rate = nullptr;
    QLineEdit* m_note;
};

} // namespace ct
