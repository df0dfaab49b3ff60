#include "failureactionbar.h"

#include "failureactiondialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct {

FailureActionBar::FailureActionBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_resume(new QPushButton(tr("Resume…"), this))
{
    // The buttons on a row of their own, what happened beneath them at the bar's full width.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addWidget(m_status);
    m_status->hide();  // until there is something to say
    m_status->setTextFormat(Qt::PlainText);  // it quotes the store, which quotes messages
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_status->setWordWrap(true);  // a long outcome takes two lines rather than the page's width
    layout->addStretch(1);
    layout->addWidget(m_cancel);
    m_resume->setObjectName(QStringLiteral("action_resume"));
    m_resume->setToolTip(tr("Replay what is left of that replay's selection, to its target at its rate"));
    layout->addWidget(m_resume);
    connect(m_resume, &QPushButton::clicked, this, &FailureActionBar::resumeRequested);
    for (TransitionAction action : {TransitionAction::StartReplay, TransitionAction::Resolve, TransitionAction::Discard,
                                    TransitionAction::Assign, TransitionAction::Snooze}) {
        auto* button = new QPushButton(FailureActionDialog::actionTitle(action) + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("action_") + transitionActionName(action));
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT requested(action); });
        layout->addWidget(button);
        m_actions.append(button);
    }
    auto* resubmit = new QPushButton(tr("Edit && resubmit…"), this);
    resubmit->setObjectName(QStringLiteral("action_resubmit"));
    resubmit->setToolTip(tr("Edit the selected message's payload, check it, and send the edited copy instead"));
    connect(resubmit, &QPushButton::clicked, this, &FailureActionBar::resubmitRequested);
    layout->insertWidget(layout->indexOf(m_actions.constFirst()) + 1, resubmit);
    m_actions.append(resubmit);
    connect(m_cancel, &QPushButton::clicked, this, &FailureActionBar::cancelRequested);
    setRunning(false);
}

void FailureActionBar::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void FailureActionBar::setRunning(bool running)
{
    m_running = running;
    m_resumeOffered = false;  // until a resumable replay is shown again
    updateButtons();
}

void FailureActionBar::updateButtons()
{
    m_cancel->setVisible(m_running);
    m_resume->setVisible(m_resumeOffered);
    m_resume->setEnabled(m_permitted);
    for (QPushButton* b : std::as_const(m_actions))
        b->setEnabled(!m_running && m_permitted);
}

void FailureActionBar::setPermitted(bool permitted, const QString& why)
{
    m_permitted = permitted;
    for (QPushButton* b : std::as_const(m_actions))
        b->setToolTip(permitted ? QString() : why);
    updateButtons();
}

void FailureActionBar::showRunning(TransitionAction action, qint64 done, qint64 total)
{
    setRunning(true);
    const QLocale locale;
    setStatus(total > 0 ? tr("%1: %2 of %3 messages…")
                                      .arg(FailureActionDialog::actionTitle(action), locale.toString(done),
                                           locale.toString(total))
                                : tr("%1: %2 messages so far…").arg(FailureActionDialog::actionTitle(action),
                                                                    locale.toString(done)));
}

void FailureActionBar::showFinished(TransitionAction action, const ActionSummary& summary)
{
    setRunning(false);
    const QLocale locale;
    QString text = tr("%1: %2 of %3 messages changed.")
                       .arg(FailureActionDialog::actionTitle(action), locale.toString(summary.changed),
                            locale.toString(summary.total()));
    if (summary.conflicts > 0)
        text += QLatin1Char(' ') + tr("%1 changed meanwhile by someone else and were left alone.").arg(locale.toString(summary.conflicts));
    if (summary.refused > 0)
        text += QLatin1Char(' ') + tr("%1 refused by the workflow rules.").arg(locale.toString(summary.refused));
    if (summary.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the rest are as they were.");
    if (!summary.firstProblem.isEmpty())
        text += QLatin1Char(' ') + tr("First: %1").arg(summary.firstProblem);
    setStatus(text);
}

void FailureActionBar::showReplayed(const ReplayReport& r)
{
    setRunning(false);
    const QLocale locale;
    QString text = tr("Replay: %1 of %2 messages sent and confirmed by the broker.")
                       .arg(locale.toString(r.sent), locale.toString(r.selected));
    if (r.notSent > 0)
        text += QLatin1Char(' ') + tr("%1 not sent (open again).").arg(locale.toString(r.notSent));
    if (r.indeterminate > 0)
        text += QLatin1Char(' ') + tr("%1 unconfirmed (still replaying; settled by the lineage).").arg(locale.toString(r.indeterminate));
    if (r.skipped > 0)
        text += QLatin1Char(' ') + tr("%1 skipped; first: %2").arg(locale.toString(r.skipped), r.skippedWhy.value(0));
    if (r.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the rest are as they were.");
    if (!r.error.isEmpty())
        text += QLatin1Char(' ') + tr("Stopped: %1").arg(r.error);
    if (r.canary && r.canary->passed)
        text += QLatin1Char(' ') + tr("Canary: the first %1 were verified downstream before the rest went.")
                                       .arg(locale.toString(r.canary->count));
    else if (r.canary)
        text += QLatin1Char(' ') + tr("The canary stopped the replay: %1.").arg(r.canary->why);
    setStatus(text);
}

void FailureActionBar::showReplaying(const ReplayProgress& p)
{
    if (!p.awaitingCanary) {
        showRunning(TransitionAction::StartReplay, p.selected - p.remaining(), p.selected);
        return;
    }
    setRunning(true);
    const QLocale locale;
    setStatus(tr("Canary: %1 of the first %2 verified downstream; waiting before the other %3…")
                          .arg(locale.toString(p.awaitingCanary->verified), locale.toString(p.awaitingCanary->count),
                               locale.toString(p.remaining())));
}

void FailureActionBar::showResumable(const QString& text)
{
    setRunning(false);
    if (!text.isEmpty())
        setStatus(text);
    m_resumeOffered = true;
    updateButtons();
}

void FailureActionBar::showNote(const QString& text)
{
    setRunning(false);
    setStatus(text);
}

void FailureActionBar::showFailed(const QString& text)
{
    setRunning(false);
    setStatus(tr("Nothing more was changed: %1").arg(text));
}

} // namespace ct
