#include "profilesecrets.h"

#include <QCoreApplication>

#include <memory>

namespace ct {
namespace {

QString notSaved(const SecretResult& r)
{
    return QCoreApplication::translate("ct::ProfileSecrets",
                                       "The keychain is unavailable (%1): the password was not saved anywhere, and "
                                       "you will be asked for it when connecting.")
        .arg(r.error);
}

QString notRead(const SecretResult& r)
{
    return QCoreApplication::translate("ct::ProfileSecrets", "The keychain is unavailable (%1): no password was read.")
        .arg(r.error);
}

QString notCopied(const SecretResult& r)
{
    return QCoreApplication::translate("ct::ProfileSecrets",
                                       "The keychain is unavailable (%1): the passwords could not be copied to the "
                                       "new name.")
        .arg(r.error);
}

QString notForgotten(const SecretResult& r)
{
    return QCoreApplication::translate("ct::ProfileSecrets",
                                       "The keychain is unavailable (%1): the profile's passwords could not be removed "
                                       "from it.")
        .arg(r.error);
}

// Runs `step` for each kind in turn, each step answering through the SecretStore before the next
// starts; stops at the first unavailable answer.
struct Chain : std::enable_shared_from_this<Chain> {
    SecretStore& store;
    QString profile;
    QList<SecretKind> kinds;
    std::function<void(SecretKind, SecretStore::Done)> step;
    std::function<void(const QString&)> done;
    QString (*explain)(const SecretResult&) = notSaved;
    qsizetype next = 0;

    Chain(SecretStore& s, QString p) : store(s), profile(std::move(p)) {}

    void run()
    {
        if (next == kinds.size())
            return done(QString());
        const SecretKind kind = kinds.at(next++);
        step(kind, [self = shared_from_this()](const SecretResult& r) {
            if (r.status == SecretResult::Status::Unavailable)
                return self->done(self->explain(r));
            self->run();
        });
    }
};

const QList<SecretKind> kAllKinds{SecretKind::Store, SecretKind::Amqp, SecretKind::Management};

// Writes each non-empty password of `secrets`; an unavailable store is said by `explain`.
void writeSecrets(SecretStore& store, const QString& profile, const ProfileSecrets& secrets,
                  QString (*explain)(const SecretResult&), std::function<void(const QString& problem)> done)
{
    auto chain = std::make_shared<Chain>(store, profile);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            chain->kinds << it.key();
    }
    chain->explain = explain;
    chain->step = [&store, profile, secrets](SecretKind kind, SecretStore::Done answer) {
        store.writeSecret(secretKey(profile, kind), secrets.value(kind), std::move(answer));
    };
    chain->done = std::move(done);
    chain->run();
}

} // namespace

void storeProfileSecrets(SecretStore& store, const QString& profile, const ProfileSecrets& secrets,
                         std::function<void(const QString& problem)> done)
{
    writeSecrets(store, profile, secrets, notSaved, std::move(done));
}

void readProfileSecrets(SecretStore& store, const QString& profile, const QList<SecretKind>& kinds,
                        std::function<void(const ProfileSecrets& secrets, const QString& problem)> done)
{
    auto chain = std::make_shared<Chain>(store, profile);
    auto read = std::make_shared<ProfileSecrets>();
    chain->kinds = kinds;
    chain->explain = notRead;
    chain->step = [&store, profile, read](SecretKind kind, SecretStore::Done answer) {
        store.readSecret(secretKey(profile, kind), [read, kind, answer = std::move(answer)](const SecretResult& r) {
            if (r.ok())
                read->insert(kind, r.secret);
            answer(r);
        });
    };
    chain->done = [read, done = std::move(done)](const QString& problem) { done(*read, problem); };
    chain->run();
}

void copyProfileSecrets(SecretStore& store, const QString& from, const QString& to,
                        std::function<void(const QString& problem)> done)
{
    readProfileSecrets(
        store, from, kAllKinds,
        [&store, to, done = std::move(done)](const ProfileSecrets& secrets, const QString& problem) {
            if (!problem.isEmpty())
                return done(problem);
            writeSecrets(store, to, secrets, notCopied, done);
        });
}

void forgetProfileSecrets(SecretStore& store, const QString& profile, std::function<void(const QString& problem)> done)
{
    auto chain = std::make_shared<Chain>(store, profile);
    chain->kinds = kAllKinds;
    chain->explain = notForgotten;
    chain->step = [&store, profile](SecretKind kind, SecretStore::Done answer) {
        store.deleteSecret(secretKey(profile, kind), std::move(answer));
    };
    chain->done = std::move(done);
    chain->run();
}

} // namespace ct
