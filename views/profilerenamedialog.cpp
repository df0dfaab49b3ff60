#include "profilerenamedialog.h"

#include "connectionprofiles.h"
#include "formdialoglayout.h"
#include "plainlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ct {

ProfileRenameDialog::ProfileRenameDialog(const QString& name, const QStringList& taken, QWidget* parent)
    : QDialog(parent)
    , m_original(name)
    , m_taken(taken)
    , m_name(new QLineEdit(name, this))
    , m_problem(makePlainLabel(QString(), QStringLiteral("muted"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_rename(m_buttons->addButton(tr("&Rename"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Rename connection profile"));
    setMinimumWidth(400);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->selectAll();
    auto* form = new QFormLayout;
    form->addRow(tr("New &name"), m_name);
    auto* note = makePlainLabel(tr("The profile's passwords move to the new name in the keychain."),
                                QStringLiteral("muted"), this);
    layOutFormDialog(this, form, note, m_problem, m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileRenameDialog::check);
    check();
}

QString ProfileRenameDialog::name() const
{
    return m_name->text().trimmed();
}

void ProfileRenameDialog::check()
{
    const QString problem = profileNameProblem(m_name->text(), m_taken);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_rename->setEnabled(problem.isEmpty() && name() != m_original);
}

} // namespace ct
