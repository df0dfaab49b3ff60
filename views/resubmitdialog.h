#pragma once

#include "connectionprofiles.h"
#include "failedmessage.h"
#include "resubmission.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ct {

class PayloadDecoder;

// Edit & resubmit one failed message (ARCHITECTURE.md §7): its payload to edit with personal data
// masked, "Check" validating the edit (JSON, the protobuf contract, something changed) and listing
// what changed, and "Send" — possible only for the text last checked and found fit — over a saved
// profile's broker. Text from the payload is plain text throughout.
class ResubmitDialog : public QDialog {
    Q_OBJECT
public:
    ResubmitDialog(const FailedMessage& message, const PayloadDecoder* decoder, const QList<ConnectionProfile>& profiles,
                   QWidget* parent = nullptr);

    // The checked edit (send only when it is ok()).
    const Resubmission& resubmission() const { return m_checked; }
    ConnectionProfile profile() const;
    // Sets the editor's text (what a user types; tests call it).
    void setEditedText(const QString& text);
    void check();

private:
    void showCheck();
    void updateSend();

    FailedMessage m_message;
    const PayloadDecoder* m_decoder;
    QList<ConnectionProfile> m_brokers;
    QPlainTextEdit* m_editor;
    QTableWidget* m_changes;
    QLabel* m_verdict;
    QComboBox* m_profile;
    QPushButton* m_check;
    QPushButton* m_send;
    QDialogButtonBox* m_buttons;
    Resubmission m_checked;
    QString m_checkedText;  // the editor's text when it was last checked
};

} // namespace ct
