#pragma once

#include "telemetrystore.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace ct {

class StoreWorker;

// The asynchronous face of a store for the GUI: a worker thread owns its own connection (opened on
// first use with the opener), runs requests in order, and hands value results back on the context
// object's thread. Each request belongs to a channel; a reply older than the newest request on its
// channel is dropped, so a page never shows stale data after the user asked again.
class StoreService : public QObject {
    Q_OBJECT
public:
    explicit StoreService(StoreOpener opener, QObject* parent = nullptr);
    ~StoreService() override;

    template <typename R>
    using Work = std::function<Expected<R>(TelemetryStore&)>;
    template <typename R>
    using Done = std::function<void(const Expected<R>&)>;

    // Runs work on the worker thread; done runs on context's thread unless superseded or context died.
    // Returns the request's generation on its channel.
    template <typename R>
    quint64 request(const QString& channel, QObject* context, Work<R> work, Done<R> done)
    {
        const quint64 generation = nextGeneration(channel);
        QPointer<QObject> guard(context);
        QPointer<StoreService> self(this);
        post([self, channel, generation, guard, work = std::move(work), done = std::move(done)](
                 TelemetryStore* store, const StoreError& openError) {
            auto result = std::make_shared<Expected<R>>(store ? work(*store) : Expected<R>(openError));
            QObject* target = guard.data();
            if (!target)
                return;
            QMetaObject::invokeMethod(
                target,
                [self, channel, generation, guard, done, result] {
                    if (guard && self && self->isCurrent(channel, generation))
                        done(*result);
                },
                Qt::QueuedConnection);
        });
        return generation;
    }

    // Marks every pending reply on the channel stale.
    void cancel(const QString& channel);
    bool isCurrent(const QString& channel, quint64 generation) const;

private:
    quint64 nextGeneration(const QString& channel);
    void post(std::function<void(TelemetryStore*, const StoreError&)> job);

    QThread m_thread;
    StoreWorker* m_worker = nullptr;
    mutable QMutex m_mutex;
    QHash<QString, quint64> m_generations;
};

} // namespace ct
