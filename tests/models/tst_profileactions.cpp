// Saving, renaming and removing connection profiles with a secret store double: a rename moves the
// profile's keychain passwords to its new name (read, write, then delete the old), refuses an empty
// or taken name, and loses nothing when the keychain or the file refuses part of it.
#include "memorysecretstore.h"
#include "profileactions.h"

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
};

QTEST_GUILESS_MAIN(TestProfileActions)
#include "tst_profileactions.moc"
