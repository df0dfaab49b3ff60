// Saving, renaming and removing connection profiles with a secret store double: a rename moves the
// profile's keychain passwords to its new name (read, write, then delete the old), refuses an empty
// or taken name, and loses nothing when the keychain or the file refuses part of it. Only an admin
// changes anything.
#include "memorysecretstore.h"
#include "profileactions.h"
#include "sessionrole.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

const QString kProd = QStringLiteral("prod");
const QString kStage = QStringLiteral("stage");

ConnectionProfile profileNamed(const QString& name)
{
    ConnectionProfile p;
    p.name = name;
    p.amqpUrl = QStringLiteral("amqps://ops@%1.example.com:5671/retail").arg(name);
    p.storeUrl = QStringLiteral("postgresql://ct@db.%1.example.com/ct").arg(name);
    return p;
}

} // namespace

class TestProfileActions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    test::MemorySecretStore m_secrets;
    SessionRole m_admin{ActorRole::Admin};
    std::unique_ptr<ProfileActions> m_actions;

    QString path() const { return m_dir.filePath(QStringLiteral("profiles.json")); }

    QByteArray profilesFile() const
    {
        QFile f(path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The notice an action ends with (the first that is not "…in the keychain…").
    static QString finalNotice(QSignalSpy& notices)
    {
        for (int waited = 0; waited < 50; ++waited) {
            for (const QList<QVariant>& n : std::as_const(notices)) {
                if (!n.at(0).toString().endsWith(QStringLiteral("\u2026")))
                    return n.at(0).toString();
            }
            notices.wait(100);
        }
        return {};
    }

    QMap<QString, QString> secretsOf(const QString& profile) const
    {
        QMap<QString, QString> out;
        for (auto it = m_secrets.secrets.cbegin(); it != m_secrets.secrets.cend(); ++it) {
            if (it.key().startsWith(QStringLiteral("profile/%1/").arg(profile)))
                out.insert(it.key().section(QLatin1Char('/'), 2), it.value());
        }
        return out;
    }

    const QMap<QString, QString> kProdSecrets{{QStringLiteral("store"), QStringLiteral("db-secret")},
                                              {QStringLiteral("amqp"), QStringLiteral("broker-secret")},
                                              {QStringLiteral("management"), QStringLiteral("api-token")}};

private Q_SLOTS:
    void initTestCase()
    {
        m_admin.setGranted(ActorRole::Admin);
    }

    void init()
    {
        QFile::remove(path());
        m_secrets.secrets.clear();
        m_secrets.unavailable = false;
        m_secrets.writesUnavailable = false;
        ConnectionProfiles saved;
        QString error;
        QVERIFY(saved.put(profileNamed(kProd), &error) && saved.put(profileNamed(kStage), &error));
        QVERIFY(saved.save(path(), &error));
        for (auto it = kProdSecrets.cbegin(); it != kProdSecrets.cend(); ++it)
            m_secrets.secrets.insert(QStringLiteral("profile/prod/") + it.key(), it.value());
        m_secrets.secrets.insert(secretKey(kStage, SecretKind::Amqp), QStringLiteral("stage-secret"));
        m_actions = std::make_unique<ProfileActions>(&m_secrets, path());
        m_actions->setSessionRole(&m_admin);
        QCOMPARE(m_actions->load(), QString());
    }

    void renameMovesThePasswords()
    {
        QSignalSpy notices(m_actions.get(), &ProfileActions::noticeAvailable);
        QSignalSpy changed(m_actions.get(), &ProfileActions::profilesChanged);
        m_actions->rename(kProd, QStringLiteral("  production "));
        QCOMPARE(finalNotice(notices), QStringLiteral("Renamed \u201cprod\u201d to \u201cproduction\u201d."));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("production"));
        QVERIFY(!m_actions->profiles().find(kProd));
        const ConnectionProfile* renamed = m_actions->profiles().find(QStringLiteral("production"));
        QVERIFY(renamed);
        QCOMPARE(renamed->amqpUrl, profileNamed(kProd).amqpUrl);
        QCOMPARE(secretsOf(QStringLiteral("production")), kProdSecrets);
        QVERIFY(secretsOf(kProd).isEmpty());
        QCOMPARE(secretsOf(kStage).size(), 1);
        QString error;
        const ConnectionProfiles read = ConnectionProfiles::load(path(), &error);
        QCOMPARE(read.names(), (QStringList{QStringLiteral("production"), kStage}));
    }

    void refusesAnEmptyOrTakenName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << QStringLiteral("A profile needs a name.");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("A profile needs a name.");
        QTest::newRow("taken") << kStage
                               << QStringLiteral("There is already a profile named \u201cstage\u201d.");
        QTest::newRow("taken, with blanks")
            << QStringLiteral(" stage")
            << QStringLiteral("There is already a profile named \u201cstage\u201d.");
    }
    void refusesAnEmptyOrTakenName()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QByteArray file = profilesFile();
        const QMap<QString, QString> secrets = m_secrets.secrets;
        QSignalSpy notices(m_actions.get(), &ProfileActions::noticeAvailable);
        m_actions->rename(kProd, name);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.at(0).at(0).toString(), problem);
        QVERIFY(notices.at(0).at(1).toBool());
        QVERIFY(m_actions->profiles().find(kProd));
        QCOMPARE(profilesFile(), file);
        QTest::qWait(20); // nothing asked of the keychain answers later
        QCOMPARE(m_secrets.secrets, secrets);
    }

    // Writing under the new name fails: nothing is deleted, the profile keeps its name, and says so.
    void aKeychainThatCannotWriteKeepsTheName()
    {
        m_secrets.writesUnavailable = true;
        const QByteArray file = profilesFile();
        QSignalSpy notices(m_actions.get(), &ProfileActions::noticeAvailable);
        m_actions->rename(kProd, QStringLiteral("production"));
        const QString notice = finalNotice(notices);
        QVERIFY2(notice.startsWith(QStringLiteral("\u201cprod\u201d was not renamed.")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("keychain is unavailable")), qPrintable(notice));
        QVERIFY(notices.last().at(1).toBool());
        QVERIFY(m_actions->profiles().find(kProd));
        QVERIFY(!m_actions->profiles().find(QStringLiteral("production")));
        QCOMPARE(profilesFile(), file);
        QCOMPARE(secretsOf(kProd), kProdSecrets);
        QVERIFY(secretsOf(QStringLiteral("production")).isEmpty());
    }

    void anUnreadableKeychainKeepsTheName()
    {
        m_secrets.unavailable = true;
        QSignalSpy notices(m_actions.get(), &ProfileActions::noticeAvailable);
        m_actions->rename(kProd, QStringLiteral("production"));
        const QString notice = finalNotice(notices);
        QVERIFY2(notice.startsWith(QStringLiteral("\u201cprod\u201d was not renamed.")), qPrintable(notice));
        QVERIFY(m_actions->profiles().find(kProd));
        m_secrets.unavailable = false;
        QCOMPARE(secretsOf(kProd), kProdSecrets);
    }

    // The file cannot take the new name: the copies go again, the old passwords stay.
    void anUnwritableFileKeepsTheName()
    {
        QVERIFY(QFile::remove(path()));
        QVERIFY(QDir().mkpath(path())); // a folder where the file should be
        QSignalSpy notices(m_actions.get(), &ProfileActions::noticeAvailable);
        m_actions->rename(kProd, QStringLiteral("production"));
        const QString notice = finalNotice(notices);
        QVERIFY2(notice.startsWith(QStringLiteral("\u201cprod\u201d was not renamed.")), qPrintable(notice));
        QVERIFY(m_actions->profiles().find(kProd));
        QTRY_VERIFY(secretsOf(QStringLiteral("production")).isEmpty());
        QCOMPARE(secretsOf(kProd), kProdSecrets);
        QVERIFY(QDir().rmdir(path()));
    }

    // Until a rename is done with the keychain, nothing else changes the profiles.
    void aRenameUnderWayHoldsOtherChanges()
    {
        QSignalSpy notices(m_actions.get(), &ProfileActions::noticeAvailable);
        m_actions->rename(kProd, QStringLiteral("production"));
        m_actions->remove(kStage);
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.at(1).at(0).toString(),
                 QStringLiteral("\u201cprod\u201d is being renamed: try again once that is done."));
        QTRY_VERIFY(notices.last().at(0).toString().startsWith(QStringLiteral("Renamed")));
        QVERIFY(m_actions->profiles().find(kStage));
        m_actions->remove(kStage);
        QTRY_VERIFY(notices.last().at(0).toString().startsWith(QStringLiteral("Removed")));
        QVERIFY(!m_actions->profiles().find(kStage));
    }

    // Renaming to the name it has changes nothing (above all, deletes no password).
    void theSameNameChangesNothing()
    {
        QSignalSpy notices(m_actions.get(), &ProfileActions::noticeAvailable);
        m_actions->rename(kProd, QStringLiteral(" prod "));
        QTest::qWait(20);
        QVERIFY(notices.isEmpty());
        QCOMPARE(secretsOf(kProd), kProdSecrets);
    }

    // ARCHITECTURE.md §7: an admin manages connections. Any other role is refused, whatever asks.
    void onlyAnAdminChangesProfiles_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("granted");
        QTest::addColumn<QString>("refusal");
        const QString actsAs = QStringLiteral("Only an admin manages connections, and you act as %1: choose another "
                                              "role in the status bar, if the store grants you one.");
        QTest::newRow("viewer") << int(ActorRole::Viewer) << int(ActorRole::Admin) << actsAs.arg(QStringLiteral("a viewer"));
        QTest::newRow("operator") << int(ActorRole::Operator) << int(ActorRole::Admin)
                                  << actsAs.arg(QStringLiteral("an operator"));
        QTest::newRow("admin the store does not grant")
            << int(ActorRole::Admin) << int(ActorRole::Operator) << actsAs.arg(QStringLiteral("an operator"));
        QTest::newRow("grant not known yet")
            << int(ActorRole::Admin) << -1
            << QStringLiteral("Waiting for the store to say what this connection may do: until then, connection "
                              "profiles cannot be changed.");
        QTest::newRow("no session") << -1 << -1 << actsAs.arg(QStringLiteral("a viewer"));
    }
    void onlyAnAdminChangesProfiles()
    {
        QFETCH(int, asked);
        QFETCH(int, granted);
        QFETCH(QString, refusal);
        SessionRole session(ActorRole(qMax(asked, 0)));
        if (granted >= 0)
            session.setGranted(ActorRole(granted));
        m_actions->setSessionRole(asked >= 0 ? &session : nullptr);
        const QByteArray file = profilesFile();
        const QMap<QString, QString> secrets = m_secrets.secrets;
        QSignalSpy notices(m_actions.get(), &ProfileActions::noticeAvailable);
        QSignalSpy changed(m_actions.get(), &ProfileActions::profilesChanged);

        ProfileSecrets typed;
        typed.insert(SecretKind::Amqp, QStringLiteral("typed-secret"));
        m_actions->save(profileNamed(QStringLiteral("new")), typed);
        ConnectionProfile edited = profileNamed(kProd);
        edited.queues = {QStringLiteral("erp.postings")};
        m_actions->save(edited, typed);
        m_actions->rename(kProd, QStringLiteral("production"));
        m_actions->remove(kStage);

        QCOMPARE(notices.size(), 4);
        for (const QList<QVariant>& n : std::as_const(notices)) {
            QCOMPARE(n.at(0).toString(), refusal);
            QVERIFY(n.at(1).toBool());
        }
        QTest::qWait(20); // nothing asked of the keychain answers later
        QVERIFY(changed.isEmpty());
        QCOMPARE(m_actions->profiles().names(), (QStringList{kProd, kStage}));
        QVERIFY(m_actions->profiles().find(kProd)->queues.isEmpty());
        QCOMPARE(profilesFile(), file);
        QCOMPARE(m_secrets.secrets, secrets);
    }
};

QTEST_GUILESS_MAIN(TestProfileActions)
#include "tst_profileactions.moc"
