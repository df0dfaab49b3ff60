// Secrets in the OS keychain through QtKeychain, under a real Secret Service (a throwaway GNOME keyring
// in a D-Bus session of its own: tests/scripts/with-keyring): stored, read back, replaced and deleted;
// none of it in any file in plain text. Without a keychain, every call answers "unavailable" in time.
#include "keychain/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <optional>

using namespace ct;

namespace {

// Runs one call and waits for its answer.
SecretResult waitFor(const std::function<void(SecretStore::Done)>& call)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qWarning("the secret store gave no answer in 20 s");
    return result.value_or(SecretResult{SecretResult::Status::Unavailable, {}, QStringLiteral("no answer in 20 s")});
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("Control Tower test"));
        const QString key = QStringLiteral("profile/prod/amqp");
        const QString secret = QStringLiteral("s3cr3t-%1-ünï").arg(QCoreApplication::applicationPid());
        SecretResult r = waitFor([&](auto done) { store.writeSecret(key, secret, done); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        r = waitFor([&](auto done) { store.readSecret(key, done); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.secret, secret);
        r = waitFor([&](auto done) { store.writeSecret(key, QStringLiteral("rotated"), done); });
        QVERIFY(r.ok());
        QCOMPARE(waitFor([&](auto done) { store.readSecret(key, done); }).secret, QStringLiteral("rotated"));

        // No file under the (throwaway) home holds either secret in plain text.
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()) && !bytes.contains("rotated"), qPrintable(f.fileName()));
        }

        r = waitFor([&](auto done) { store.deleteSecret(key, done); });
        QVERIFY(r.ok());
        QCOMPARE(waitFor([&](auto done) { store.readSecret(key, done); }).status, SecretResult::Status::NotFound);
    }

    // Run without a D-Bus session (the keychain_unavailable test): an answer, in time, that says why.
    void unavailableKeychainSaysSoInTime()
    {
        KeychainSecretStore store(QStringLiteral("Control Tower test"), std::chrono::milliseconds(3000));
        QElapsedTimer clock;
        clock.start();
        const SecretResult r = waitFor([&](auto done) { store.readSecret(QStringLiteral("profile/x/store"), done); });
        QCOMPARE(r.status, SecretResult::Status::Unavailable);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(clock.elapsed() < 10000);
        const SecretResult w = waitFor([&](auto done) { store.writeSecret(QStringLiteral("k"), QStringLiteral("v"), done); });
        QCOMPARE(w.status, SecretResult::Status::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
