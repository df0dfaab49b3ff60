#include "failurefilterbar.h"

#include "failedmessage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace ct {
namespace {

const QString kSnoozed = QStringLiteral("snoozed");

} // namespace

FailureFilterBar::FailureFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_errorClass(new QComboBox(this))
    , m_range(new QComboBox(this))
{
    m_text->setPlaceholderText(tr("Correlation id, message id, queue, or text in the reason, headers or payload"));
    m_text->setClearButtonEnabled(true);
    m_state->addItem(tr("Open"), failedMessageStateName(FailedMessageState::Open));  // and awake
    m_state->addItem(tr("Snoozed"), kSnoozed);
    m_state->addItem(tr("All states"), QString());
    for (FailedMessageState state : failedMessageStates()) {
        if (state != FailedMessageState::Open)
            m_state->addItem(failedMessageStateName(state), failedMessageStateName(state));
    }
    m_errorClass->addItem(tr("All error classes"), QString());
    for (const QString& c : errorClassNames())
        m_errorClass->addItem(c, c);
    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_range->addItem(tr("Older than 7 days"), -7 * 24 * 3600);
    for (QComboBox* box : {m_state, m_errorClass, m_range})
        connect(box, &QComboBox::currentIndexChanged, this, &FailureFilterBar::changed);
    connect(m_text, &QLineEdit::returnPressed, this, &FailureFilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())  // the clear button: back to everything at once
            Q_EMIT changed();
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_state);
    layout->addWidget(m_errorClass);
    layout->addWidget(m_range);
    layout->addStretch(1);
}

FailedMessageQuery FailureFilterBar::query(Timestamp now) const
{
    const QString state = m_state->currentData().toString();
    FailedMessageQuery q;
    if (state == failedMessageStateName(FailedMessageState::Open)) {
        q = openMessages(now);
    } else {
        q.state = failedMessageStateFromName(state);
        if (state == kSnoozed) {
            q.snoozed = true;
            q.snoozeAt = now;
        }
    }
    q.errorClass = m_errorClass->currentData().toString();
    q.text = m_text->text().trimmed();
    const int range = m_range->currentData().toInt();
    if (range > 0)
        q.failedSince = now.plusSeconds(-double(range));
    else if (range < 0)
        q.failedBefore = now.plusSeconds(double(range));
    return q;
}

bool FailureFilterBar::openOnly() const
{
    return m_state->currentIndex() == 0;
}

FailedMessageQuery FailureFilterBar::openMessages(Timestamp now)
{
    FailedMessageQuery q;
    q.state = FailedMessageState::Open;
    // "Open" is what needs someone now: a snoozed message is out of it until its time.
    q.snoozed = false;
    q.snoozeAt = now;
    return q;
}

bool FailureFilterBar::isDefault() const
{
    return openOnly() && m_errorClass->currentIndex() == 0 && m_range->currentIndex() == 0
           && m_text->text().trimmed().isEmpty();
}

void FailureFilterBar::showAllStates()
{
    const QSignalBlocker blockState(m_state);
    m_state->setCurrentIndex(m_state->findData(QString()));
}

void FailureFilterBar::showEverythingAbout(const QString& text)
{
    const QSignalBlocker blockText(m_text), blockState(m_state), blockRange(m_range);
    m_text->setText(text);
    m_state->setCurrentIndex(m_state->findData(QString()));
    m_range->setCurrentIndex(0);
}

} // namespace ct
