#pragma once

#include "connectionprofiles.h"
#include "profilesecrets.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ct {

// Creates or edits one connection profile: its name, store, broker (AMQP and management URLs, the CA
// file, the watched queues) and the passwords, which leave only through secrets() (for the keychain):
// profile() never holds one, even when the user typed it into a URL.
class ProfileEditorDialog : public QDialog {
    Q_OBJECT
public:
    // `taken`: the names of the other profiles. Editing keeps the name (it is the keychain's key).
    ProfileEditorDialog(const ConnectionProfile& profile, bool editing, const QStringList& taken,
                        QWidget* parent = nullptr);

    ConnectionProfile profile() const;
    // The passwords typed in (or taken out of a URL); an empty one keeps what the keychain holds.
    ProfileSecrets secrets() const;

private:
    QLineEdit* addLine(const QString& text, const QString& placeholder);
    QLineEdit* addPassword(bool editing);
    void check();

    QStringList m_taken;
    QLineEdit* m_name;
    QLineEdit* m_store;
    QLineEdit* m_storePassword;
    QLineEdit* m_amqp;
    QLineEdit* m_amqpPassword;
    QLineEdit* m_management;
    QLineEdit* m_caFile;
    QLineEdit* m_queues;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace ct
