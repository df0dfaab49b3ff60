#pragma once

#include "storelane.h"
#include "storeticket.h"
#include "telemetrystore.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ct {

struct StoreServiceOptions {
    StoreOpener openReader;      // a read-only connection per reading thread
    StoreOpener openWriter;      // the one writing connection; none: writes fail as unsupported
    int readers = 3;             // one slow query no longer holds up every page
    qint64 statementTimeoutMs = 30'000;
};

// The asynchronous face of a store for the GUI. Reads run on a small pool of connections, writes
// on one writer, each on threads of their own; replies come back on the service's thread. A
// request returns a ticket: the reply is delivered only while the requester holds it (and the
// context object lives), so a page that asks again, or dies, never receives a stale reply.
class StoreService : public QObject {
    Q_OBJECT
public:
    explicit StoreService(StoreServiceOptions options, QObject* parent = nullptr);
    // Reads only, through one opener.
    explicit StoreService(StoreOpener openReader, QObject* parent = nullptr);
    // Interrupts whatever still runs and waits for the threads, which close their connections.
    ~StoreService() override;

    template <typename R>
    using Work = std::function<Expected<R>(TelemetryStore&)>;
    template <typename R>
    using Done = std::function<void(const Expected<R>&)>;

    // Runs work on a reading connection; done runs on this service's thread.
    template <typename R>
    StoreTicket read(QObject* context, Work<R> work, Done<R> done)
    {
        return submit<R>(*m_readers, context, std::move(work), std::move(done));
    }
    // Runs work on the writing connection, in order of submission.
    template <typename R>
    StoreTicket write(QObject* context, Work<R> work, Done<R> done)
    {
        if (!m_writer)
            return submit<R>(*m_readers, context, [](TelemetryStore&) -> Expected<R> {
                return StoreError::make(StoreError::Code::Unsupported, QStringLiteral("this window only reads the store"));
            }, std::move(done));
        return submit<R>(*m_writer, context, std::move(work), std::move(done));
    }

private:
    template <typename R>
    StoreTicket submit(StoreLane& lane, QObject* context, Work<R> work, Done<R> done)
    {
        QPointer<QObject> guard(context);
        QObject* replies = m_replies;
        auto job = std::make_shared<StoreJob>([guard, replies, work = std::move(work), done = std::move(done)](
                                                  const std::shared_ptr<StoreJob>& self, TelemetryStore* store,
                                                  const StoreError& openError) {
            std::weak_ptr<StoreJob> weak = self;
            auto result = std::make_shared<Expected<R>>(store ? work(*store) : Expected<R>(openError));
            // Never touch the requester from here: it may die on its own thread meanwhile. The
            // reply goes to the service's thread, which checks the requester there.
            QMetaObject::invokeMethod(
                replies,
                [weak, guard, done, result] {
                    const auto job = weak.lock();
                    if (job && job->isWanted() && guard)
                        done(*result);
                },
                Qt::QueuedConnection);
        });
        lane.submit(job);
        return StoreTicket(job);
    }

    QObject* m_replies;  // lives on the service's thread; receives every reply
    std::unique_ptr<StoreLane> m_readers;
    std::unique_ptr<StoreLane> m_writer;
};

} // namespace ct
