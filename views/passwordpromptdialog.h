#pragma once

#include "connectionprofiles.h"
#include "profilesecrets.h"

#include <QDialog>

class QLineEdit;

namespace ct {

// Asks for a profile's passwords when the keychain cannot give them (ARCHITECTURE.md §8: ask, never
// fall back to a file). What is typed is used for this session only and kept nowhere.
class PasswordPromptDialog : public QDialog {
    Q_OBJECT
public:
    // `why`: the keychain's sentence, shown above the fields. One field per part the profile names.
    PasswordPromptDialog(const ConnectionProfile& profile, const QString& why, QWidget* parent = nullptr);

    ProfileSecrets secrets() const;

private:
    QLineEdit* m_store = nullptr;
    QLineEdit* m_amqp = nullptr;
};

} // namespace ct
