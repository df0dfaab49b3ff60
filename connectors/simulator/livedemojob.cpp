#include "livedemojob.h"

#include <QPointer>
#include <QThread>

namespace ct {

LiveDemoJob::LiveDemoJob(StoreOpener opener, SimulationConfig config, LiveDemoOptions options, QObject* parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_config(std::move(config))
    , m_options(options)
{
}

LiveDemoJob::~LiveDemoJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void LiveDemoJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    QPointer<LiveDemoJob> self(this);
    m_thread = QThread::create([self, this] {
        const auto report = [self](auto&& signal) {
            QMetaObject::invokeMethod(self, [self, signal] { if (self) signal(self.data()); }, Qt::QueuedConnection);
        };
        auto opened = m_opener();
        if (!opened) {
            report([e = opened.error()](LiveDemoJob* job) { Q_EMIT job->failed(e); });
        } else {
            LiveDemoCallbacks callbacks;
            callbacks.filled = [report](const DemoOutcome& o) {
                report([o](LiveDemoJob* job) { Q_EMIT job->filled(o); });
            };
            callbacks.progress = [report](const LiveProgress& p) {
                report([p](LiveDemoJob* job) { Q_EMIT job->progress(p); });
            };
            callbacks.caughtUp = [report] { report([](LiveDemoJob* job) { Q_EMIT job->caughtUp(); }); };
            callbacks.batchWritten = [report](qint64 events, Timestamp until) {
                report([events, until](LiveDemoJob* job) { Q_EMIT job->batchWritten(events, until); });
            };
            auto outcome = runLiveDemo(*opened.value(), m_config, m_options, callbacks, &m_cancel);
            if (outcome)
                report([o = outcome.value()](LiveDemoJob* job) { Q_EMIT job->stopped(o); });
            else
                report([e = outcome.error()](LiveDemoJob* job) { Q_EMIT job->failed(e); });
        }
        report([](LiveDemoJob* job) { Q_EMIT job->finished(); });
    });
    m_thread->setObjectName(QStringLiteral("ct-live-demo"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

} // namespace ct
