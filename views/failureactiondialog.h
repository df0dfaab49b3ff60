#pragma once

#include "failedmessageactions.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace ct {

// Asks for what an action on failed messages needs (a note, a reason, an assignee, a time) and on
// which of them: the selected ones or every one the filters and the group match.
class FailureActionDialog : public QDialog {
    Q_OBJECT
public:
    // `preferMatching`: the user chose a group to act on, so every match is the likelier intent.
    FailureActionDialog(TransitionAction action, qint64 selected, qint64 matching, bool preferMatching,
                        QWidget* parent = nullptr);

    ActionOrder order() const;
    bool allMatching() const;
    static QString actionTitle(TransitionAction action);

private:
    void updateOk();

    TransitionAction m_action;
    QRadioButton* m_selected;
    QRadioButton* m_matching;
    QLineEdit* m_text;
    QDateTimeEdit* m_until;
    QDialogButtonBox* m_buttons;
};

} // namespace ct
