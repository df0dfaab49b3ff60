#include "failureactiondialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ct {

QString FailureActionDialog::actionTitle(TransitionAction action)
{
    switch (action) {
    case TransitionAction::Resolve:
        return tr("Resolve");
    case TransitionAction::Discard:
        return tr("Discard");
    case TransitionAction::Assign:
        return tr("Assign");
    case TransitionAction::Snooze:
        return tr("Snooze");
    case TransitionAction::StartReplay:
        return tr("Replay");
    default:
        return transitionActionName(action);
    }
}

FailureActionDialog::FailureActionDialog(TransitionAction action, qint64 selected, qint64 matching,
                                         bool preferMatching, QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_selected(new QRadioButton(this))
    , m_matching(new QRadioButton(this))
    , m_text(new QLineEdit(this))
    , m_until(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(4 * 3600), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("%1 failed messages").arg(actionTitle(action)));
    const QLocale locale;
    m_selected->setText(tr("The %n selected message(s)", nullptr, int(selected)));
    m_matching->setText(tr("All %1 messages matching the filters and the group").arg(locale.toString(matching)));
    m_selected->setEnabled(selected > 0);
    (selected > 0 && !preferMatching ? m_selected : m_matching)->setChecked(true);
    m_until->setCalendarPopup(true);
    m_until->setMinimumDateTime(QDateTime::currentDateTime());

    auto* form = new QFormLayout;
    form->addRow(tr("Messages"), m_selected);
    form->addRow(QString(), m_matching);
    switch (action) {
    case TransitionAction::Resolve:
        m_text->setPlaceholderText(tr("What was done, e.g. the posting period was reopened"));
        form->addRow(tr("Note"), m_text);
        break;
    case TransitionAction::Discard:
        m_text->setPlaceholderText(tr("Why they need no processing, e.g. test orders"));
        form->addRow(tr("Reason"), m_text);
        break;
    case TransitionAction::Assign:
        m_text->setPlaceholderText(tr("Who takes them (empty: nobody)"));
        form->addRow(tr("Assignee"), m_text);
        break;
    case TransitionAction::Snooze:
        m_text->setPlaceholderText(tr("Why they can wait, e.g. the carrier's API is back tomorrow"));
        form->addRow(tr("Until"), m_until);
        form->addRow(tr("Note"), m_text);
        break;
    default:
        break;
    }
    m_until->setVisible(action == TransitionAction::Snooze);
    auto* audited = new QLabel(tr("Every message changed is recorded in the audit trail. One that someone else "
                                  "changed meanwhile is left alone and counted."),
                               this);
    audited->setTextFormat(Qt::PlainText);
    audited->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(audited);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionTitle(action));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, this, &FailureActionDialog::updateOk);
    updateOk();
    resize(520, sizeHint().height());
}

void FailureActionDialog::updateOk()
{
    // Resolve, discard and snooze say why; an empty assignee unassigns.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_action == TransitionAction::Assign
                                                        || !m_text->text().trimmed().isEmpty());
}

ActionOrder FailureActionDialog::order() const
{
    ActionOrder o;
    o.action = m_action;
    o.text = m_text->text().trimmed();
    if (m_action == TransitionAction::Snooze)
        o.until = Timestamp::fromDateTime(m_until->dateTime());
    return o;
}

bool FailureActionDialog::allMatching() const
{
    return m_matching->isChecked();
}

} // namespace ct
