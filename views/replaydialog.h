#pragma once

#include "connectionprofiles.h"
#include "replayplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ct {

// Asks where a replay goes and how fast (ARCHITECTURE.md §7): the broker (a saved profile with one),
// the queue each message died in by default, through its original exchange or to another queue,
// the rate; and on which messages, the selected ones or every one the filters and the group match.
class ReplayDialog : public QDialog {
    Q_OBJECT
public:
    ReplayDialog(const QList<ConnectionProfile>& profiles, qint64 selected, qint64 matching, bool preferMatching,
                 QWidget* parent = nullptr);

    ConnectionProfile profile() const;
    ReplayTarget target() const;
    double ratePerSecond() const;
    bool allMatching() const;
    // The canary: how many go first (0: none), and how long their downstream evidence is waited for.
    int canaryCount() const;
    int canaryWaitSeconds() const;

private:
    void updateOk();

    QList<ConnectionProfile> m_brokers;  // the profiles that name a broker
    QComboBox* m_profile;
    QRadioButton* m_diedIn;
    QRadioButton* m_viaExchange;
    QRadioButton* m_toQueue;
    QLineEdit* m_queue;
    QSpinBox* m_rate;
    QCheckBox* m_canary;
    QSpinBox* m_canaryCount;
    QSpinBox* m_canaryWait;
    QRadioButton* m_selected;
    QRadioButton* m_matching;
    QDialogButtonBox* m_buttons;
};

} // namespace ct
