#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace ct {
namespace {

// Starts `job` and answers `done` once: with the job's result, or as unavailable when the timeout
// comes first. The job deletes itself when it finishes, whenever that is.
void runJob(QKeychain::Job* job, std::chrono::milliseconds timeout, QObject* context, SecretStore::Done done,
            const QString& doing)
{
    auto answered = std::make_shared<bool>(false);
    auto answer = [answered, done](const SecretResult& r) {
        if (!std::exchange(*answered, true))
            done(r);
    };
    auto* timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [answer, timer, doing, timeout] {
        answer({SecretResult::Status::Unavailable, {},
                QStringLiteral("the keychain did not answer within %1 s while %2 (is it locked?)")
                    .arg(double(timeout.count()) / 1000.0)
                    .arg(doing)});
        timer->deleteLater();
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [answer, timer, doing](QKeychain::Job* finished) {
        timer->stop();
        timer->deleteLater();
        SecretResult r;
        switch (finished->error()) {
        case QKeychain::NoError:
            r.status = SecretResult::Status::Ok;
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                r.secret = read->textData();
            break;
        case QKeychain::EntryNotFound:
            r.status = SecretResult::Status::NotFound;
            break;
        default:
            r.status = SecretResult::Status::Unavailable;
            r.error = QStringLiteral("the keychain could not be used while %1: %2").arg(doing, finished->errorString());
            break;
        }
        answer(r);
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a plaintext file
    timer->start(timeout);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_timeout(timeout)
{
}

void KeychainSecretStore::readSecret(const QString& key, Done done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeout, this, std::move(done), QStringLiteral("reading %1").arg(key));
}

void KeychainSecretStore::writeSecret(const QString& key, const QString& secret, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, m_timeout, this, std::move(done), QStringLiteral("storing %1").arg(key));
}

void KeychainSecretStore::deleteSecret(const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeout, this, std::move(done), QStringLiteral("deleting %1").arg(key));
}

} // namespace ct
