#pragma once

#include "failedmessageactions.h"
#include "replayplan.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ct {

// The Exceptions page's actions (resolve, discard, assign, snooze) and, while one runs, its progress
// and a cancel button; afterwards one sentence on what it did.
class FailureActionBar : public QWidget {
    Q_OBJECT
public:
    explicit FailureActionBar(QWidget* parent = nullptr);

    void showRunning(TransitionAction action, qint64 done, qint64 total);
    void showFinished(TransitionAction action, const ActionSummary& summary);
    void showFailed(const QString& text);
    // One sentence of its own (a step under way, or nothing done), the buttons usable.
    void showNote(const QString& text);
    void showReplayed(const ReplayReport& report);
    // A replay's progress: how many of the selection are settled, or the canary's wait.
    void showReplaying(const ReplayProgress& progress);
    // A replay that did not finish and can go on: one sentence (empty: the one shown stays), and the
    // Resume button.
    void showResumable(const QString& text);
    // Whether the role acted in may change messages at all; when not, the buttons say why. A courtesy:
    // the action layer refuses (and audits) regardless.
    void setPermitted(bool permitted, const QString& why);

Q_SIGNALS:
    void requested(ct::TransitionAction action);
    void cancelRequested();
    void resubmitRequested();
    void resumeRequested();

private:
    void setRunning(bool running);
    void setStatus(const QString& text);
    void updateButtons();

    QList<QPushButton*> m_actions;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    bool m_running = false;
    bool m_permitted = true;
    bool m_resumeOffered = false;
};

} // namespace ct
