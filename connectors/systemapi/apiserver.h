#pragma once

#include <QString>

#include <memory>

namespace ct::systemapi {

class ApiService;

// The mock system APIs' HTTP side (Boost.Beast, on the thread that calls run()).
class ApiServer {
public:
    // SignalsOrStop: a process of its own, stopped by SIGINT or SIGTERM too; StopOnly: inside another
    // program (the desktop application's demo), whose signals are its own.
    enum class StopOn { SignalsOrStop, StopOnly };
    explicit ApiServer(ApiService& service, StopOn stopOn = StopOn::SignalsOrStop);
    ~ApiServer();
    ApiServer(const ApiServer&) = delete;
    ApiServer& operator=(const ApiServer&) = delete;

    // Binds and listens; an empty string, or a sentence saying why the address cannot be used. Port 0
    // takes any free port: port() says which.
    QString listen(const QString& host, quint16 port);
    quint16 port() const;
    // Serves until stop() (or SIGINT or SIGTERM, caught from the server's construction on, when it
    // stops on signals), then returns.
    void run();
    // From any thread.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ct::systemapi
