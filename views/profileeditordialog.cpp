#include "profileeditordialog.h"

#include "formdialoglayout.h"
#include "plainlabel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ct {

ProfileEditorDialog::ProfileEditorDialog(const ConnectionProfile& profile, bool editing, const QStringList& taken,
                                         QWidget* parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_problem(makePlainLabel(QString(), QStringLiteral("muted"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(editing ? tr("Edit connection profile") : tr("New connection profile"));
    setMinimumWidth(560);
    auto* form = new QFormLayout;
    m_name = addLine(profile.name, tr("e.g. production"));
    m_name->setReadOnly(editing);
    form->addRow(tr("&Name"), m_name);
    m_store = addLine(profile.storeUrl, tr("postgresql://user@host/database or a SQLite file"));
    form->addRow(tr("&Store URL"), m_store);
    m_storePassword = addPassword(editing);
    form->addRow(tr("Store pass&word"), m_storePassword);
    m_amqp = addLine(profile.amqpUrl, tr("amqp://user@host:5672/%2F or amqps://…"));
    form->addRow(tr("&AMQP URL"), m_amqp);
    m_amqpPassword = addPassword(editing);
    form->addRow(tr("Broker passwo&rd"), m_amqpPassword);
    m_management = addLine(profile.managementUrl, tr("http://host:15672 (empty: the AMQP host)"));
    form->addRow(tr("&Management URL"), m_management);
    m_caFile = addLine(profile.caFile, tr("PEM file of the authority that signed the broker (amqps, https)"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* caLabel = new QLabel(tr("&CA file"), this);
    caLabel->setBuddy(m_caFile); // a row given a layout gets no buddy of its own
    form->addRow(caLabel, caRow);
    m_queues = addLine(profile.queues.join(QStringLiteral(", ")), tr("comma-separated; empty: every queue of the virtual host"));
    form->addRow(tr("&Watched queues"), m_queues);
    auto* note = makePlainLabel(tr("Passwords go to the system keychain, never to the profiles file."),
                                QStringLiteral("muted"), this);
    layOutFormDialog(this, form, note, m_problem, m_buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    for (QLineEdit* e : {m_name, m_store, m_amqp, m_management})
        connect(e, &QLineEdit::textChanged, this, &ProfileEditorDialog::check);
    const QList<std::pair<QLineEdit*, const char*>> names{
        {m_name, "name"}, {m_store, "storeUrl"}, {m_storePassword, "storePassword"}, {m_amqp, "amqpUrl"},
        {m_amqpPassword, "amqpPassword"}, {m_management, "managementUrl"}, {m_caFile, "caFile"}, {m_queues, "queues"}};
    for (const auto& [edit, name] : names)
        edit->setObjectName(QLatin1String(name));
    check();
}

QLineEdit* ProfileEditorDialog::addLine(const QString& text, const QString& placeholder)
{
    auto* edit = new QLineEdit(text, this);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLineEdit* ProfileEditorDialog::addPassword(bool editing)
{
    auto* edit = addLine(QString(), editing ? tr("unchanged (kept in the keychain)") : tr("no password"));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

void ProfileEditorDialog::check()
{
    QString problem = profileNameProblem(m_name->text(), m_taken);
    if (problem.isEmpty() && m_store->text().trimmed().isEmpty() && m_amqp->text().trimmed().isEmpty())
        problem = tr("Give a store URL, an AMQP URL, or both.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

ConnectionProfile ProfileEditorDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.storeUrl = withoutPassword(m_store->text().trimmed()).first;
    p.amqpUrl = withoutPassword(m_amqp->text().trimmed()).first;
    p.managementUrl = withoutPassword(m_management->text().trimmed()).first;
    p.caFile = m_caFile->text().trimmed();
    for (const QString& q : m_queues->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!q.trimmed().isEmpty())
            p.queues << q.trimmed();
    }
    return p;
}

ProfileSecrets ProfileEditorDialog::secrets() const
{
    // A password field wins over a password typed into the URL.
    const auto pick = [](QLineEdit* field, QLineEdit* url) {
        return field->text().isEmpty() ? withoutPassword(url->text().trimmed()).second : field->text();
    };
    ProfileSecrets out;
    out.insert(SecretKind::Store, pick(m_storePassword, m_store));
    out.insert(SecretKind::Amqp, pick(m_amqpPassword, m_amqp));
    return out;
}

} // namespace ct
