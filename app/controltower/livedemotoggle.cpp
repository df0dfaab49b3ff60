#include "livedemotoggle.h"

#include "simulator/livedemojob.h"
#include "store/storefactory.h"

#include <QLocale>

namespace ct::app {

LiveDemoToggle::LiveDemoToggle(QString storePath, QWidget* parent)
    : QToolButton(parent)
    , m_path(std::move(storePath))
{
    setObjectName(QStringLiteral("liveDemo"));
    setCheckable(true);
    setAutoRaise(true);
    setToolTip(tr("The demo estate keeps running while this is on: orders, sales, failures and postings arrive "
                  "in real time"));
    connect(this, &QToolButton::toggled, this, &LiveDemoToggle::setRunning);
    setChecked(true);
}

LiveDemoToggle::~LiveDemoToggle() = default;  // the job stops after its batch in progress

void LiveDemoToggle::setRunning(bool on)
{
    if (!on) {
        if (m_job)
            m_job->cancel();
        showState(tr("\u23f8 Demo estate paused"));
        return;
    }
    if (m_job)
        return;  // still stopping: finished() restarts it
    QString error;
    m_job = std::make_unique<LiveDemoJob>([path = m_path] { return openStore(path, OpenMode::ReadWrite); },
                                          SimulationConfig::withDefaults(&error), LiveDemoOptions{});
    connect(m_job.get(), &LiveDemoJob::progress, this, [this](const LiveProgress& p) {
        if (!p.caughtUp)
            showState(tr("\u25b6 Demo estate catching up (%1 events)…").arg(QLocale().toString(p.events)));
    });
    connect(m_job.get(), &LiveDemoJob::caughtUp, this, [this] { showState(tr("\u25b6 Demo estate live")); });
    connect(m_job.get(), &LiveDemoJob::failed, this, [this](const StoreError& e) {
        showState(tr("\u26a0 Demo estate stopped"));
        setToolTip(e.text);
    });
    connect(m_job.get(), &LiveDemoJob::finished, this, [this] {
        m_job.release()->deleteLater();
        if (isChecked())
            setRunning(true);
    });
    showState(tr("\u25b6 Demo estate starting…"));
    m_job->start();
}

void LiveDemoToggle::showState(const QString& text)
{
    setText(text);
}

} // namespace ct::app
