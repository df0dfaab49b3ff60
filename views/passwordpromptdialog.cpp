#include "passwordpromptdialog.h"

#include "plainlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ct {

PasswordPromptDialog::PasswordPromptDialog(const ConnectionProfile& profile, const QString& why, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Passwords for \u201c%1\u201d").arg(profile.name));
    setMinimumWidth(460);
    auto* form = new QFormLayout;
    const auto field = [this, form](const QString& label, const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setObjectName(QLatin1String(name));
        form->addRow(label, edit);
        return edit;
    };
    if (!profile.storeUrl.isEmpty())
        m_store = field(tr("Store password"), "storePassword");
    if (!profile.amqpUrl.isEmpty())
        m_amqp = field(tr("Broker password"), "amqpPassword");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePlainLabel(why, QString(), this));
    layout->addWidget(makePlainLabel(tr("They are used for this session only and saved nowhere."), QStringLiteral("muted"), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProfileSecrets PasswordPromptDialog::secrets() const
{
    ProfileSecrets out;
    if (m_store)
        out.insert(SecretKind::Store, m_store->text());
    if (m_amqp)
        out.insert(SecretKind::Amqp, m_amqp->text());
    return out;
}

} // namespace ct
