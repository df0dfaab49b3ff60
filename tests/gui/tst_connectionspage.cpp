// The Connections page with its real probes against the test run's PostgreSQL and RabbitMQ, and a
// secret store double: a profile saved from the editor keeps its passwords out of profiles.json (and
// says so when the keychain is away), a rename takes them along, only an admin changes profiles, the
// connection test (open to every role) reports each part, and the broker health table flags a queue
// nothing consumes, in colour and in words.
#include "amqp/amqpbrokerprobe.h"
#include "amqp/amqpclient.h"
#include "brokerhealthpanel.h"
#include "connectionreportview.h"
#include "connectionspage.h"
#include "memorysecretstore.h"
#include "passwordpromptdialog.h"
#include "profileeditordialog.h"
#include "profilerenamedialog.h"
#include "profilespanel.h"
#include "queuehealthmodel.h"
#include "sessionrole.h"
#include "store/storeconnectionprobe.h"
#include "store/storefactory.h"
#include "storeservice.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

QString managementUrl()
{
    QFile f(qEnvironmentVariable("CTOWER_TEST_STATE") + QStringLiteral("/rabbitmq-management-url"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

} // namespace

class TestConnectionsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_amqpUrl;    // with the password
    QString m_management;
    std::unique_ptr<test::ScratchDatabase> m_pg;
    std::unique_ptr<StoreService> m_service;
    test::MemorySecretStore m_secrets;
    SessionRole m_admin{ActorRole::Admin};
    SessionRole m_viewer{ActorRole::Viewer};
    StoreConnectionProbe m_storeProbe;
    amqp::AmqpBrokerProbe m_brokerProbe;
    amqp::Client m_client;
    QString m_queue;

    ConnectionServices services() const
    {
        return {const_cast<test::MemorySecretStore*>(&m_secrets), const_cast<StoreConnectionProbe*>(&m_storeProbe),
                const_cast<amqp::AmqpBrokerProbe*>(&m_brokerProbe), m_dir.filePath(QStringLiteral("profiles.json"))};
    }

    // Fills the editor of New… and saves it.
    void saveFromEditor(ProfilesPanel& panel, const QMap<QString, QString>& fields)
    {
        ProfileEditorDialog* dialog = panel.openEditor(false);
        QVERIFY(dialog);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            auto* edit = dialog->findChild<QLineEdit*>(it.key());
            QVERIFY2(edit, qPrintable(it.key()));
            edit->setText(it.value());
        }
        dialog->accept();
    }

    QByteArray profilesFile() const
    {
        QFile f(m_dir.filePath(QStringLiteral("profiles.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_admin.setGranted(ActorRole::Admin);
        m_viewer.setGranted(ActorRole::Admin);
        QString why;
        m_amqpUrl = test::amqpServerUrl(&why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
        m_management = managementUrl();
        QVERIFY2(!m_management.isEmpty(), "no management URL from the test node");
        m_pg = std::make_unique<test::ScratchDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        auto created = openStore(m_pg->url(), OpenMode::ReadWrite); // a real, empty store
        QVERIFY2(created, qPrintable(created.error().text));
        const QString url = m_pg->url();
        m_service = std::make_unique<StoreService>([url] { return openStore(url, OpenMode::ReadOnly); });
        QVERIFY2(m_client.open(m_amqpUrl), qPrintable(m_client.error()));
        m_queue = QStringLiteral("ct-connections-%1.orders").arg(QCoreApplication::applicationPid());
        QVERIFY(m_client.declareQueue(m_queue, {}, false));
        for (int i = 0; i < 4; ++i) {
            amqp::Publication p;
            p.routingKey = m_queue;
            p.body = "{}";
            QVERIFY(m_client.publish(p));
        }
    }

    void cleanupTestCase()
    {
        m_client.deleteQueue(m_queue);
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.json")));
        m_secrets.secrets.clear();
        m_secrets.unavailable = false;
        m_secrets.writesUnavailable = false;
    }

    void passwordsGoToTheKeychainNeverToTheFile()
    {
        ConnectionsPage page(m_service.get(), services());
        page.setSessionRole(&m_admin);
        ProfilesPanel* panel = page.profilesPanel();
        QVERIFY(panel);
        const QString brokerUrl = withoutPassword(m_amqpUrl).first;
        QString typedUrl = m_amqpUrl;
        typedUrl.replace(QStringLiteral(":guest@"), QStringLiteral(":amqp-secret-2@"));
        // One password typed into its field, one left in the URL: both leave the file.
        saveFromEditor(*panel, {{QStringLiteral("name"), QStringLiteral("local")},
                                {QStringLiteral("storeUrl"), m_pg->url()},
                                {QStringLiteral("storePassword"), QStringLiteral("store-secret-1")},
                                {QStringLiteral("amqpUrl"), typedUrl}});
        QTRY_VERIFY(panel->notice().startsWith(QStringLiteral("Saved")));
        const QByteArray file = profilesFile();
        QVERIFY(file.contains("\"local\""));
        QVERIFY2(!file.contains("store-secret-1") && !file.contains("amqp-secret-2"), file.constData());
        QCOMPARE(m_secrets.secrets.value(secretKey(QStringLiteral("local"), SecretKind::Store)), QStringLiteral("store-secret-1"));
        QCOMPARE(m_secrets.secrets.value(secretKey(QStringLiteral("local"), SecretKind::Amqp)), QStringLiteral("amqp-secret-2"));
        QCOMPARE(panel->selectedProfile()->amqpUrl, brokerUrl);
    }

    // Editing with the password fields left empty keeps the keychain's; removing takes them away too.
    void editKeepsAndRemoveForgetsThePasswords()
    {
        ConnectionsPage page(m_service.get(), services());
        page.setSessionRole(&m_admin);
        ProfilesPanel* panel = page.profilesPanel();
        saveFromEditor(*panel, {{QStringLiteral("name"), QStringLiteral("edited")},
                                {QStringLiteral("amqpUrl"), withoutPassword(m_amqpUrl).first},
                                {QStringLiteral("amqpPassword"), QStringLiteral("amqp-secret-4")}});
        QTRY_COMPARE(panel->notice(), QStringLiteral("Saved \u201cedited\u201d."));
        ProfileEditorDialog* dialog = panel->openEditor(true);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("name"))->isReadOnly());
        dialog->findChild<QLineEdit*>(QStringLiteral("queues"))->setText(QStringLiteral("a, b"));
        dialog->accept();
        QTRY_COMPARE(panel->notice(), QStringLiteral("Saved \u201cedited\u201d."));
        QCOMPARE(panel->selectedProfile()->queues, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(m_secrets.secrets.value(secretKey(QStringLiteral("edited"), SecretKind::Amqp)), QStringLiteral("amqp-secret-4"));
        panel->removeSelected();
        QTRY_VERIFY(panel->notice().startsWith(QStringLiteral("Removed")));
        QVERIFY(panel->profiles().profiles().isEmpty());
        QVERIFY(m_secrets.secrets.isEmpty());
        QVERIFY(!profilesFile().contains("edited"));
    }

    // Rename… offers no name that is empty or taken; the new name takes the keychain's passwords along.
    void renameMovesThePasswords()
    {
        ConnectionsPage page(m_service.get(), services());
        page.setSessionRole(&m_admin);
        ProfilesPanel* panel = page.profilesPanel();
        const QString brokerUrl = withoutPassword(m_amqpUrl).first;
        saveFromEditor(*panel, {{QStringLiteral("name"), QStringLiteral("old")},
                                {QStringLiteral("amqpUrl"), brokerUrl},
                                {QStringLiteral("amqpPassword"), QStringLiteral("amqp-secret-5")}});
        QTRY_COMPARE(panel->notice(), QStringLiteral("Saved \u201cold\u201d."));
        saveFromEditor(*panel, {{QStringLiteral("name"), QStringLiteral("other")}, {QStringLiteral("amqpUrl"), brokerUrl}});
        QTRY_COMPARE(panel->notice(), QStringLiteral("Saved \u201cother\u201d."));
        panel->selectProfile(QStringLiteral("old"));

        ProfileRenameDialog* dialog = panel->openRenameDialog();
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        QAbstractButton* rename = dialog->findChild<QDialogButtonBox*>()->buttons().constFirst();
        QCOMPARE(dialog->findChild<QDialogButtonBox*>()->buttonRole(rename), QDialogButtonBox::AcceptRole);
        const auto problemShown = [dialog](const QString& text) {
            for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                if (label->isVisibleTo(dialog) && label->text() == text)
                    return true;
            }
            return false;
        };
        QCOMPARE(name->text(), QStringLiteral("old"));
        QVERIFY(!rename->isEnabled());
        name->setText(QStringLiteral("other"));
        QVERIFY(!rename->isEnabled());
        QVERIFY(problemShown(QStringLiteral("There is already a profile named \u201cother\u201d.")));
        name->setText(QStringLiteral("  "));
        QVERIFY(!rename->isEnabled());
        QVERIFY(problemShown(QStringLiteral("A profile needs a name.")));
        name->setText(QStringLiteral("renamed"));
        QVERIFY(rename->isEnabled());
        rename->click();

        QTRY_COMPARE(panel->notice(), QStringLiteral("Renamed \u201cold\u201d to \u201crenamed\u201d."));
        QCOMPARE(panel->selectedProfile()->name, QStringLiteral("renamed"));
        QCOMPARE(panel->profiles().names(), (QStringList{QStringLiteral("renamed"), QStringLiteral("other")}));
        QCOMPARE(m_secrets.secrets.value(secretKey(QStringLiteral("renamed"), SecretKind::Amqp)), QStringLiteral("amqp-secret-5"));
        QVERIFY(!m_secrets.secrets.contains(secretKey(QStringLiteral("old"), SecretKind::Amqp)));
        QVERIFY(profilesFile().contains("\"renamed\""));
        QVERIFY(!profilesFile().contains("\"old\""));
    }

    // A keychain that cannot take the passwords under the new name: the profile keeps its name.
    void aRenameTheKeychainRefusesChangesNothing()
    {
        m_secrets.secrets.insert(secretKey(QStringLiteral("kept"), SecretKind::Amqp), QStringLiteral("amqp-secret-6"));
        ConnectionProfiles saved;
        QString error;
        QVERIFY(saved.put({QStringLiteral("kept"), {}, withoutPassword(m_amqpUrl).first, {}, {}, {}}, &error));
        QVERIFY(saved.save(services().profilesPath, &error));
        m_secrets.writesUnavailable = true;
        ConnectionsPage page(m_service.get(), services());
        page.setSessionRole(&m_admin);
        ProfilesPanel* panel = page.profilesPanel();
        ProfileRenameDialog* dialog = panel->openRenameDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("moved"));
        dialog->accept();
        QTRY_VERIFY(panel->notice().startsWith(QStringLiteral("\u201ckept\u201d was not renamed.")));
        QVERIFY(panel->notice().contains(QStringLiteral("keychain is unavailable")));
        QCOMPARE(panel->selectedProfile()->name, QStringLiteral("kept"));
        QCOMPARE(m_secrets.secrets.value(secretKey(QStringLiteral("kept"), SecretKind::Amqp)), QStringLiteral("amqp-secret-6"));
        QVERIFY(profilesFile().contains("\"kept\""));
    }

    // A viewer or an operator sees the profiles read-only, told why; a change asked for anyway is refused.
    void onlyAnAdminChangesProfiles_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("viewer") << int(ActorRole::Viewer);
        QTest::newRow("operator") << int(ActorRole::Operator);
    }
    void onlyAnAdminChangesProfiles()
    {
        QFETCH(int, role);
        const ActorRole acting = ActorRole(role);
        m_secrets.secrets.insert(secretKey(QStringLiteral("shared"), SecretKind::Amqp), QStringLiteral("amqp-secret-7"));
        ConnectionProfiles saved;
        QString error;
        QVERIFY(saved.put({QStringLiteral("shared"), {}, withoutPassword(m_amqpUrl).first, {}, {}, {}}, &error));
        QVERIFY(saved.save(services().profilesPath, &error));
        const QByteArray file = profilesFile();
        const QMap<QString, QString> secrets = m_secrets.secrets;
        SessionRole session(acting);
        session.setGranted(ActorRole::Admin);
        ConnectionsPage page(m_service.get(), services());
        page.setSessionRole(&session);
        ProfilesPanel* panel = page.profilesPanel();
        const QString why = QStringLiteral("Only an admin manages connections, and you act as %1: choose another role "
                                           "in the status bar, if the store grants you one.")
                                .arg(acting == ActorRole::Viewer ? QStringLiteral("a viewer") : QStringLiteral("an operator"));
        for (const char* name : {"newProfile", "editProfile", "renameProfile", "removeProfile"}) {
            const auto* button = panel->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(button && !button->isEnabled(), name);
            QCOMPARE(button->toolTip(), why);
        }
        QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
        const auto shown = panel->findChildren<QLabel*>();
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                            [&why, panel](const QLabel* l) { return l->isVisibleTo(panel) && l->text() == why; }));

        // Asked for anyway (the editor, a rename, a removal): refused in the model, nothing changed.
        ProfileEditorDialog* editor = panel->openEditor(true);
        QVERIFY(editor);
        editor->findChild<QLineEdit*>(QStringLiteral("amqpPassword"))->setText(QStringLiteral("changed-secret"));
        editor->findChild<QLineEdit*>(QStringLiteral("queues"))->setText(QStringLiteral("a"));
        editor->accept();
        QCOMPARE(panel->notice(), why);
        ProfileRenameDialog* rename = panel->openRenameDialog();
        QVERIFY(rename);
        rename->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("moved"));
        rename->accept();
        QCOMPARE(panel->notice(), why);
        panel->removeSelected();
        QCOMPARE(panel->notice(), why);
        saveFromEditor(*panel, {{QStringLiteral("name"), QStringLiteral("added")},
                                {QStringLiteral("amqpUrl"), withoutPassword(m_amqpUrl).first}});
        QCOMPARE(panel->notice(), why);
        QTest::qWait(50); // nothing asked of the keychain answers later
        QCOMPARE(panel->profiles().names(), QStringList{QStringLiteral("shared")});
        QVERIFY(panel->profiles().find(QStringLiteral("shared"))->queues.isEmpty());
        QCOMPARE(profilesFile(), file);
        QCOMPARE(m_secrets.secrets, secrets);

        // Acting as an admin opens the page up.
        session.setAsked(ActorRole::Admin);
        QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("renameProfile"))->isEnabled());
        QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("renameProfile"))->toolTip().isEmpty());
    }

    void anUnavailableKeychainSaysSoAndKeepsNothing()
    {
        m_secrets.unavailable = true;
        ConnectionsPage page(m_service.get(), services());
        page.setSessionRole(&m_admin);
        saveFromEditor(*page.profilesPanel(), {{QStringLiteral("name"), QStringLiteral("away")},
                                               {QStringLiteral("amqpUrl"), withoutPassword(m_amqpUrl).first},
                                               {QStringLiteral("amqpPassword"), QStringLiteral("amqp-secret-3")}});
        QTRY_VERIFY(page.profilesPanel()->notice().contains(QStringLiteral("keychain is unavailable")));
        QVERIFY(page.profilesPanel()->notice().contains(QStringLiteral("asked for it when connecting")));
        QVERIFY(!profilesFile().contains("amqp-secret-3"));
        QVERIFY(m_secrets.secrets.isEmpty());
    }

    void theConnectionTestReportsEachPart()
    {
        const auto [brokerUrl, brokerPassword] = withoutPassword(m_amqpUrl);
        m_secrets.secrets.insert(secretKey(QStringLiteral("good"), SecretKind::Amqp), brokerPassword);
        m_secrets.secrets.insert(secretKey(QStringLiteral("wrong"), SecretKind::Amqp), QStringLiteral("not-the-password"));
        ConnectionProfiles saved;
        QString error;
        QVERIFY(saved.put({QStringLiteral("good"), m_pg->url(), brokerUrl, m_management, {}, {}}, &error));
        QVERIFY(saved.put({QStringLiteral("wrong"), QStringLiteral("/nonexistent/ctower.db"), brokerUrl, m_management, {}, {}}, &error));
        QVERIFY(saved.save(services().profilesPath, &error));
        ConnectionsPage page(m_service.get(), services());
        page.setSessionRole(&m_viewer); // testing a connection changes nothing: every role may
        ProfilesPanel* panel = page.profilesPanel();
        ConnectionReportView* report = panel->report();

        panel->selectProfile(QStringLiteral("good"));
        QSignalSpy done(panel, &ProfilesPanel::testFinished);
        panel->testSelected();
        QVERIFY(done.wait(30000));
        QVERIFY2(report->lineText(ConnectionCheck::Part::Store).startsWith(QStringLiteral("\u2713")),
                 qPrintable(report->lineText(ConnectionCheck::Part::Store)));
        QVERIFY(report->lineText(ConnectionCheck::Part::Store).contains(QStringLiteral("postgresql")));
        QVERIFY2(report->lineText(ConnectionCheck::Part::Amqp).contains(QStringLiteral("logged in")),
                 qPrintable(report->lineText(ConnectionCheck::Part::Amqp)));
        QVERIFY2(report->lineText(ConnectionCheck::Part::Management).contains(QStringLiteral("queues in the virtual host")),
                 qPrintable(report->lineText(ConnectionCheck::Part::Management)));

        QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
        panel->selectProfile(QStringLiteral("wrong"));
        panel->testSelected();
        QVERIFY(done.wait(30000));
        for (auto part : {ConnectionCheck::Part::Store, ConnectionCheck::Part::Amqp, ConnectionCheck::Part::Management}) {
            const QString line = report->lineText(part);
            QVERIFY2(line.startsWith(QStringLiteral("\u2717")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("not-the-password")), qPrintable(line));
        }
        QVERIFY2(report->lineText(ConnectionCheck::Part::Management).contains(QStringLiteral("refused the credentials")),
                 qPrintable(report->lineText(ConnectionCheck::Part::Management)));
    }

    // No keychain: the test asks for the passwords, uses them, and keeps them in no file.
    void anUnavailableKeychainAsksForThePasswords()
    {
        const auto [brokerUrl, brokerPassword] = withoutPassword(m_amqpUrl);
        ConnectionProfiles saved;
        QString error;
        QVERIFY(saved.put({QStringLiteral("asked"), {}, brokerUrl, m_management, {}, {m_queue}}, &error));
        QVERIFY(saved.save(services().profilesPath, &error));
        m_secrets.unavailable = true;
        ConnectionsPage page(m_service.get(), services());
        ProfilesPanel* panel = page.profilesPanel();
        QSignalSpy done(panel, &ProfilesPanel::testFinished);
        panel->testSelected();
        PasswordPromptDialog* prompt = nullptr;
        QTRY_VERIFY((prompt = panel->findChild<PasswordPromptDialog*>()) != nullptr);
        QVERIFY(!prompt->findChild<QLineEdit*>(QStringLiteral("storePassword"))); // the profile names no store
        prompt->findChild<QLineEdit*>(QStringLiteral("amqpPassword"))->setText(brokerPassword);
        prompt->accept();
        QVERIFY(done.wait(30000));
        QVERIFY2(panel->report()->lineText(ConnectionCheck::Part::Amqp).contains(QStringLiteral("logged in")),
                 qPrintable(panel->report()->lineText(ConnectionCheck::Part::Amqp)));
        QTRY_VERIFY_WITH_TIMEOUT(page.brokerHealth()->model()->rowCount() == 1, 20000);
        QVERIFY(m_secrets.secrets.isEmpty());
        QVERIFY(!profilesFile().contains(QByteArray(':' + brokerPassword.toUtf8() + '@')));
    }

    void theHealthTableFlagsAQueueNothingConsumes()
    {
        const auto [brokerUrl, brokerPassword] = withoutPassword(m_amqpUrl);
        m_secrets.secrets.insert(secretKey(QStringLiteral("watch"), SecretKind::Amqp), brokerPassword);
        ConnectionProfiles saved;
        QString error;
        QVERIFY(saved.put({QStringLiteral("watch"), {}, brokerUrl, m_management, {}, {m_queue, QStringLiteral("ct-not-there")}},
                          &error));
        QVERIFY(saved.save(services().profilesPath, &error));
        ConnectionsPage page(m_service.get(), services());
        BrokerHealthPanel* health = page.brokerHealth();
        QAbstractItemModelTester tester(health->model());
        health->setInterval(std::chrono::milliseconds(300));
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(health->model()->rowCount() == 1
                                     && health->model()->rowAt(0).verdict == QueueHealth::Verdict::NoConsumers,
                                 20000);
        const QueueHealth& row = health->model()->rowAt(0);
        QCOMPARE(row.name, m_queue);
        QCOMPARE(row.messages, 4);
        QCOMPARE(row.consumers, 0);
        // Shown in words and in the palette's colour.
        QAbstractItemModel* shown = health->table()->model();
        const QModelIndex verdict = shown->index(0, QueueHealthModel::Verdict);
        QVERIFY2(shown->data(verdict).toString().contains(QStringLiteral("no consumers")), qPrintable(shown->data(verdict).toString()));
        QCOMPARE(shown->data(verdict, Qt::ForegroundRole).value<QBrush>().color(), statusStyle(UiStatus::Failed, false).colour);
        QVERIFY2(health->statusText().contains(QStringLiteral("ct-not-there")), qPrintable(health->statusText()));
        QVERIFY2(health->statusText().contains(QStringLiteral("needing attention: 1")), qPrintable(health->statusText()));
    }
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
