#include "profilespanel.h"

#include "connectionreportview.h"
#include "connectionspermission.h"
#include "connectiontest.h"
#include "passwordpromptdialog.h"
#include "plainlabel.h"
#include "profileactions.h"
#include "profileeditordialog.h"
#include "profilerenamedialog.h"
#include "sessionrole.h"
#include "statusproperty.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>

namespace ct {

ProfilesPanel::ProfilesPanel(const ConnectionServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actions(new ProfileActions(services.secrets, services.profilesPath, this))
    , m_test(new ConnectionTest(services.store, services.broker, this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&New\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_rename(new QPushButton(tr("Rena&me\u2026"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_notice(makePlainLabel(QString(), QString(), this))
    , m_readOnly(makePlainLabel(QString(), QStringLiteral("muted"), this))
    , m_report(new ConnectionReportView(this))
    , m_empty(makePlainLabel(tr("No saved profiles yet. New\u2026 saves a store and a broker to connect to, and the queues "
                                "to watch; passwords go to the keychain, never to a file."),
                             QStringLiteral("muted"), this))
{
    m_empty->setWordWrap(true);
    auto* title = new QLabel(tr("Connection profiles"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_list->setHeaderLabels({tr("Name"), tr("Store"), tr("Broker")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 140);
    m_list->setColumnWidth(1, 260);
    m_testButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    auto* buttons = new QHBoxLayout;
    const QList<std::pair<QPushButton*, const char*>> named{{m_add, "newProfile"},
                                                            {m_edit, "editProfile"},
                                                            {m_rename, "renameProfile"},
                                                            {m_remove, "removeProfile"},
                                                            {m_testButton, "testConnection"}};
    for (const auto& [button, name] : named)
        button->setObjectName(QLatin1String(name));
    for (QPushButton* b : {m_add, m_edit, m_rename, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_testButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_notice);
    layout->addWidget(m_report);
    m_notice->hide();

    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_rename, &QPushButton::clicked, this, &ProfilesPanel::openRenameDialog);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (connectionsRefusal(m_session).isEmpty())
            openEditor(true);
    });
    connect(m_remove, &QPushButton::clicked, this, &ProfilesPanel::confirmRemove);
    connect(m_testButton, &QPushButton::clicked, this, &ProfilesPanel::testSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged(selectedProfile());
    });
    connect(m_test, &ConnectionTest::checkAvailable, m_report, &ConnectionReportView::showCheck);
    connect(m_test, &ConnectionTest::finished, this, [this] {
        updateButtons();
        Q_EMIT testFinished();
    });

    connect(m_actions, &ProfileActions::profilesChanged, this, &ProfilesPanel::showProfiles);
    connect(m_actions, &ProfileActions::renamed, this, &ProfilesPanel::keepSessionSecrets);
    connect(m_actions, &ProfileActions::noticeAvailable, this, &ProfilesPanel::setNotice);
    // The health view reads the new passwords.
    connect(m_actions, &ProfileActions::passwordsChanged, this,
            [this] { Q_EMIT selectionChanged(selectedProfile()); });

    if (const QString error = m_actions->load(); !error.isEmpty())
        setNotice(error, true);
    reloadList();
}

void ProfilesPanel::setSessionRole(SessionRole* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_actions->setSessionRole(session);
    if (session)
        connect(session, &SessionRole::changed, this, &ProfilesPanel::updateButtons);
    updateButtons();
}

const ConnectionProfiles& ProfilesPanel::profiles() const
{
    return m_actions->profiles();
}

void ProfilesPanel::reloadList()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const ConnectionProfile& p : profiles().profiles()) {
        // QTreeWidgetItem text is always plain; a URL someone edited by hand shows without its password.
        const QString store = withoutPassword(p.storeUrl).first, broker = withoutPassword(p.amqpUrl).first;
        auto* item = new QTreeWidgetItem(m_list, {p.name, store, broker});
        item->setToolTip(1, store.toHtmlEscaped());
        item->setToolTip(2, broker.toHtmlEscaped());
    }
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (!current.isEmpty())
        selectProfile(current);
    updateButtons();
    Q_EMIT selectionChanged(selectedProfile());
}

std::optional<ConnectionProfile> ProfilesPanel::selectedProfile() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const ConnectionProfile* p = item ? profiles().find(item->text(0)) : nullptr;
    return p ? std::optional(*p) : std::nullopt;
}

void ProfilesPanel::selectProfile(const QString& name)
{
    const QList<QTreeWidgetItem*> found = m_list->findItems(name, Qt::MatchExactly, 0);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.constFirst());
}

QString ProfilesPanel::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ProfilesPanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    // Read-only unless the role may change connections; the model refuses such changes all the same.
    const QString refusal = connectionsRefusal(m_session);
    m_add->setEnabled(refusal.isEmpty());
    for (QPushButton* b : {m_edit, m_rename, m_remove})
        b->setEnabled(refusal.isEmpty() && selected);
    for (QPushButton* b : {m_add, m_edit, m_rename, m_remove})
        b->setToolTip(refusal);
    m_readOnly->setText(refusal);
    m_readOnly->setVisible(!refusal.isEmpty());
    m_testButton->setEnabled(selected && !m_test->isRunning());
}

void ProfilesPanel::setNotice(const QString& text, bool problem)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    setStatusProperty(m_notice, problem ? std::optional(UiStatus::Warning) : std::nullopt);
    Q_EMIT noticeChanged(text);
}

ProfileEditorDialog* ProfilesPanel::openEditor(bool editing)
{
    const std::optional<ConnectionProfile> current = editing ? selectedProfile() : std::nullopt;
    if (editing && !current)
        return nullptr;
    const QStringList taken = profiles().names(current ? current->name : QString());
    auto* dialog = new ProfileEditorDialog(current.value_or(ConnectionProfile{}), editing, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_actions->save(dialog->profile(), dialog->secrets()); });
    dialog->open();
    return dialog;
}

ProfileRenameDialog* ProfilesPanel::openRenameDialog()
{
    const std::optional<ConnectionProfile> current = selectedProfile();
    if (!current)
        return nullptr;
    auto* dialog = new ProfileRenameDialog(current->name, profiles().names(current->name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, from = current->name] { m_actions->rename(from, dialog->name()); });
    dialog->open();
    return dialog;
}

void ProfilesPanel::showProfiles(const QString& current)
{
    reloadList();
    if (!current.isEmpty())
        selectProfile(current);
}

// Passwords typed in for this session follow the profile to its new name.
void ProfilesPanel::keepSessionSecrets(const QString& from, const QString& to)
{
    if (!m_sessionSecrets.contains(from))
        return;
    const ProfileSecrets secrets = m_sessionSecrets.take(from);
    m_sessionSecrets.insert(to, secrets);
    Q_EMIT sessionSecretsEntered(to, secrets);
}

void ProfilesPanel::confirmRemove()
{
    const std::optional<ConnectionProfile> current = selectedProfile();
    if (!current)
        return;
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Remove connection profile"),
                                tr("Remove \u201c%1\u201d and its passwords from the keychain?").arg(current->name),
                                QMessageBox::Cancel, this);
    ask->setTextFormat(Qt::PlainText);
    ask->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask, name = current->name](QAbstractButton* button) {
        if (ask->buttonRole(button) == QMessageBox::DestructiveRole && selectedProfile() && selectedProfile()->name == name)
            removeSelected();
    });
    ask->open();
}

void ProfilesPanel::removeSelected()
{
    if (const std::optional<ConnectionProfile> current = selectedProfile())
        m_actions->remove(current->name);
}

void ProfilesPanel::testSelected()
{
    const std::optional<ConnectionProfile> current = selectedProfile();
    if (!current || m_test->isRunning())
        return;
    m_report->showRunning();
    updateButtons();
    if (m_sessionSecrets.contains(current->name))
        return m_test->start(*current, m_sessionSecrets.value(current->name));
    QPointer<ProfilesPanel> self(this);
    readProfileSecrets(*m_services.secrets, current->name, {SecretKind::Store, SecretKind::Amqp},
                       [self, profile = *current](const ProfileSecrets& secrets, const QString& problem) {
                           if (!self)
                               return;
                           if (problem.isEmpty())
                               self->m_test->start(profile, secrets);
                           else
                               self->askPasswordsThenTest(profile, problem);
                       });
}

void ProfilesPanel::askPasswordsThenTest(const ConnectionProfile& profile, const QString& why)
{
    auto* prompt = new PasswordPromptDialog(profile, why, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [this, prompt, profile] {
        const ProfileSecrets secrets = prompt->secrets();
        m_sessionSecrets.insert(profile.name, secrets);
        Q_EMIT sessionSecretsEntered(profile.name, secrets);
        m_test->start(profile, secrets);
    });
    connect(prompt, &QDialog::rejected, this, [this] {
        m_report->showNotTested();
        updateButtons();
    });
    prompt->open();
}

} // namespace ct
