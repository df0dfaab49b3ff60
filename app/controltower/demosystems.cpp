#include "demosystems.h"

#include "simulator/estatepositions.h"
#include "systemapi/apiserver.h"
#include "systemapi/apiservice.h"

#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <atomic>
#include <mutex>
#include <thread>

namespace ct::app {
namespace {

QByteArray madeUpToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The example systems file pointed at the demo server, with the made-up token as every system's secret.
Expected<SystemsAccess> demoAccess(quint16 port, const QByteArray& token)
{
    QFile file(QStringLiteral(":/controltower/systems.json"));
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("the example systems file is missing"));
    QString error;
    SystemsAccess access{SystemsConfig::fromJson(file.readAll(), &error), {}};
    if (!error.isEmpty())
        return StoreError::make(StoreError::Code::Corrupt, error);
    access.config.allowPlainHttp = true; // loopback, inside this process
    for (SystemApi& s : access.config.systems) {
        s.baseUrl.setHost(QStringLiteral("127.0.0.1"));
        s.baseUrl.setPort(port);
        if (s.auth.type != AuthType::None)
            access.secrets.secrets.insert(s.system, QString::fromLatin1(token));
    }
    return access;
}

} // namespace

// The server's thread: simulates the estate's positions (a second or two), listens, then serves
// until stopped.
struct DemoSystems::Server {
    std::mutex mutex;
    systemapi::ApiServer* server = nullptr; // while it serves
    std::atomic_bool stopping{false};
    std::thread thread;

    template <typename Ready>
    void start(Ready ready)
    {
        thread = std::thread([this, ready] {
            QString error;
            SimulationConfig simulation = SimulationConfig::withDefaults(&error);
            simulation.until = Timestamp::now();
            const EstatePositions positions = simulatePositions(simulation, &stopping);
            if (stopping)
                return;
            systemapi::SystemApiConfig config;
            config.seed = simulation.seed;
            config.token = madeUpToken();
            systemapi::ApiService service(config, positions.inventory, positions.prices);
            systemapi::ApiServer http(service, systemapi::ApiServer::StopOn::StopOnly);
            if (QString e = http.listen(QStringLiteral("127.0.0.1"), 0); !e.isEmpty()) {
                ready(StoreError::make(StoreError::Code::Unreachable, e));
                return;
            }
            service.setPort(http.port());
            {
                const std::lock_guard lock(mutex);
                if (stopping)
                    return;
                server = &http;
            }
            ready(demoAccess(http.port(), config.token));
            http.run();
            const std::lock_guard lock(mutex);
            server = nullptr;
        });
    }

    ~Server()
    {
        {
            const std::lock_guard lock(mutex);
            stopping = true;
            if (server)
                server->stop();
        }
        if (thread.joinable())
            thread.join();
    }
};

DemoSystems::DemoSystems(QObject* parent) : QObject(parent) {}

DemoSystems::~DemoSystems() = default;

SystemsSource DemoSystems::source()
{
    QPointer<DemoSystems> self(this);
    return [self](std::function<void(const Expected<SystemsAccess>&)> done) {
        if (!self)
            return done(StoreError::make(StoreError::Code::Cancelled, QStringLiteral("the window is closing")));
        if (self->m_access)
            return done(*self->m_access);
        self->m_waiting.append(std::move(done));
        if (self->m_server)
            return; // starting
        self->m_server = std::make_unique<Server>();
        // The thread ends before this object does (~Server joins it); the answer is queued to it.
        DemoSystems* target = self.data();
        self->m_server->start([target](const Expected<SystemsAccess>& access) {
            QMetaObject::invokeMethod(target, [target, access] { target->answer(access); }, Qt::QueuedConnection);
        });
    };
}

void DemoSystems::answer(const Expected<SystemsAccess>& access)
{
    m_access = access;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& done : waiting)
        done(access);
}

} // namespace ct::app
