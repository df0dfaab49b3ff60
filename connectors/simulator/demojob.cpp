#include "demojob.h"

#include <QPointer>
#include <QThread>

namespace ct {

DemoJob::DemoJob(StoreOpener opener, SimulationConfig config, bool replace, QObject* parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_config(std::move(config))
    , m_replace(replace)
{
}

DemoJob::~DemoJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void DemoJob::start()
{
    QPointer<DemoJob> self(this);
    m_thread = QThread::create([self, this] {
        const auto report = [self](auto&& signal) {
            QMetaObject::invokeMethod(self, [self, signal] { if (self) signal(self.data()); }, Qt::QueuedConnection);
        };
        auto opened = m_opener();
        if (!opened) {
            report([e = opened.error()](DemoJob* job) { Q_EMIT job->failed(e); });
        } else {
            auto outcome = fillWithDemo(
                *opened.value(), m_config, m_replace,
                [report](int percent) { report([percent](DemoJob* job) { Q_EMIT job->progress(percent); }); },
                &m_cancel);
            if (outcome)
                report([o = outcome.value()](DemoJob* job) { Q_EMIT job->demoAvailable(o); });
            else
                report([e = outcome.error()](DemoJob* job) { Q_EMIT job->failed(e); });
        }
        report([](DemoJob* job) { Q_EMIT job->finished(); });
    });
    m_thread->setObjectName(QStringLiteral("ct-demo"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

} // namespace ct
