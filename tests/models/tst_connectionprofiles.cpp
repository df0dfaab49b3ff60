// Connection profiles in the user's configuration: saved and read back, never with a password in the
// file (it belongs in the keychain), a malformed file refused with a sentence.
#include "connectionprofiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

class TestConnectionProfiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsThePasswordOff()
    {
        const auto [url, password] = withoutPassword(QStringLiteral("amqps://ops:p%40ss w0rd@broker.example.com:5671/prod"));
        QCOMPARE(url, QStringLiteral("amqps://ops@broker.example.com:5671/prod"));
        QCOMPARE(password, QStringLiteral("p@ss w0rd"));
        QCOMPARE(withoutPassword(QStringLiteral("postgresql://ct@db:5432/ct")).second, QString());
        QCOMPARE(withoutPassword(QStringLiteral("/var/lib/ct/store.db")).first, QStringLiteral("/var/lib/ct/store.db"));
        QCOMPARE(secretKey(QStringLiteral("prod"), SecretKind::Amqp), QStringLiteral("profile/prod/amqp"));
    }

    void savesWithoutSecretsAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/controltower/profiles.json"));
        QString error;
        ConnectionProfiles profiles = ConnectionProfiles::load(path, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(profiles.profiles().isEmpty());
        ConnectionProfile prod;
        prod.name = QStringLiteral("prod");
        prod.storeUrl = QStringLiteral("postgresql://ct:dbsecret@db.example.com:5432/ct");
        prod.amqpUrl = QStringLiteral("amqps://ops:brokersecret@broker.example.com:5671/prod");
        prod.managementUrl = QStringLiteral("https://ops:mgmtsecret@broker.example.com:15671");
        prod.caFile = QStringLiteral("/etc/ssl/certs/team-ca.pem");
        prod.queues = {QStringLiteral("erp.postings"), QStringLiteral("erp.postings.dlq")};
        QVERIFY(profiles.put(prod, &error));
        ConnectionProfile nameless;
        QVERIFY(!profiles.put(nameless, &error));
        QVERIFY(error.contains(QStringLiteral("needs a name")));
        QVERIFY2(profiles.save(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const char* secret : {"dbsecret", "brokersecret", "mgmtsecret"})
            QVERIFY2(!bytes.contains(secret), secret);

        const ConnectionProfiles read = ConnectionProfiles::load(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.profiles().size(), 1);
        const ConnectionProfile* back = read.find(QStringLiteral("prod"));
        QVERIFY(back);
        QCOMPARE(back->amqpUrl, QStringLiteral("amqps://ops@broker.example.com:5671/prod"));
        QCOMPARE(back->caFile, prod.caFile);
        QCOMPARE(back->queues, prod.queues);
        // Replaced by name, removed by name.
        prod.caFile.clear();
        QVERIFY(profiles.put(prod, &error));
        QCOMPARE(profiles.profiles().size(), 1);
        QVERIFY(profiles.find(QStringLiteral("prod"))->caFile.isEmpty());
        QVERIFY(profiles.remove(QStringLiteral("prod")));
        QVERIFY(!profiles.remove(QStringLiteral("prod")));
    }

    void refusesAMalformedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        for (const QByteArray& bad : {QByteArray("{not json"), QByteArray("{\"profiles\": 3}"),
                                      QByteArray("{\"profiles\": [{\"store\": \"x.db\"}]}")}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bad);
            f.close();
            QString error;
            const ConnectionProfiles read = ConnectionProfiles::load(path, &error);
            QVERIFY2(error.contains(path), qPrintable(error));
            QVERIFY(read.profiles().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
