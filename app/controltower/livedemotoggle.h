#pragma once

#include <QToolButton>

#include <memory>

namespace ct {
class LiveDemoJob;
}

namespace ct::app {

// The status bar's switch for the first-run demo store: while on, the simulated estate keeps
// running in real time (it first catches up to now), so every page has something happening.
class LiveDemoToggle : public QToolButton {
    Q_OBJECT
public:
    LiveDemoToggle(QString storePath, QWidget* parent = nullptr);
    ~LiveDemoToggle() override;

private:
    void setRunning(bool on);
    void showState(const QString& text);

    QString m_path;
    std::unique_ptr<LiveDemoJob> m_job;
};

} // namespace ct::app
