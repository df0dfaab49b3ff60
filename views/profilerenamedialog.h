#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ct {

// Asks for a profile's new name; Rename stays disabled while the name is unchanged, and with the
// reason shown while it is empty or another profile's.
class ProfileRenameDialog : public QDialog {
    Q_OBJECT
public:
    // `taken`: the names of the other profiles.
    ProfileRenameDialog(const QString& name, const QStringList& taken, QWidget* parent = nullptr);

    QString name() const;

private:
    void check();

    QString m_original;
    QStringList m_taken;
    QLineEdit* m_name;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_rename;
};

} // namespace ct
