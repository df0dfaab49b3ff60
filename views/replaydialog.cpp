#include "replaydialog.h"

#include "plainlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ct {

ReplayDialog::ReplayDialog(const QList<ConnectionProfile>& profiles, qint64 selected, qint64 matching, bool preferMatching,
                           QWidget* parent)
    : QDialog(parent)
    , m_profile(new QComboBox(this))
    , m_diedIn(new QRadioButton(tr("The queue each message died in (nothing else receives it again)"), this))
    , m_viaExchange(new QRadioButton(tr("Through its original exchange (every queue bound to it receives it)"), this))
    , m_toQueue(new QRadioButton(tr("Another queue:"), this))
    , m_queue(new QLineEdit(this))
    , m_rate(new QSpinBox(this))
    , m_canary(new QCheckBox(tr("Replay the first"), this))
    , m_canaryCount(new QSpinBox(this))
    , m_canaryWait(new QSpinBox(this))
    , m_selected(new QRadioButton(this))
    , m_matching(new QRadioButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Replay failed messages"));
    for (const ConnectionProfile& p : profiles) {
        if (!p.amqpUrl.isEmpty())
            m_brokers.append(p);
    }
    for (const ConnectionProfile& p : std::as_const(m_brokers))
        m_profile->addItem(QStringLiteral("%1 — %2").arg(p.name, withoutPassword(p.amqpUrl).first));
    m_profile->setObjectName(QStringLiteral("replayProfile"));
    // Two choices, each exclusive within itself only.
    auto* targets = new QButtonGroup(this);
    for (QRadioButton* b : {m_diedIn, m_viaExchange, m_toQueue})
        targets->addButton(b);
    auto* which = new QButtonGroup(this);
    for (QRadioButton* b : {m_selected, m_matching})
        which->addButton(b);
    m_diedIn->setChecked(true);
    m_queue->setPlaceholderText(tr("queue name"));
    m_queue->setEnabled(false);
    connect(m_toQueue, &QRadioButton::toggled, m_queue, &QLineEdit::setEnabled);
    m_rate->setRange(0, 100000);
    m_rate->setValue(200);
    m_rate->setSuffix(tr(" messages/s"));
    m_rate->setSpecialValueText(tr("no limit"));
    m_canary->setObjectName(QStringLiteral("replayCanary"));
    m_canaryCount->setRange(1, 1000);
    m_canaryCount->setValue(5);
    m_canaryCount->setObjectName(QStringLiteral("replayCanaryCount"));
    m_canaryWait->setRange(1, 3600);
    m_canaryWait->setValue(120);
    m_canaryWait->setSuffix(tr(" s"));
    m_canaryWait->setObjectName(QStringLiteral("replayCanaryWait"));
    for (QSpinBox* box : {m_canaryCount, m_canaryWait}) {
        box->setEnabled(false);
        connect(m_canary, &QCheckBox::toggled, box, &QSpinBox::setEnabled);
    }
    const QLocale locale;
    m_selected->setText(tr("The %n selected message(s)", nullptr, int(selected)));
    m_matching->setText(tr("All %1 open messages matching the filters and the group").arg(locale.toString(matching)));
    m_selected->setEnabled(selected > 0);
    (selected > 0 && !preferMatching ? m_selected : m_matching)->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Messages"), m_selected);
    form->addRow(QString(), m_matching);
    form->addRow(tr("Broker"), m_profile);
    form->addRow(tr("To"), m_diedIn);
    form->addRow(QString(), m_viaExchange);
    auto* other = new QHBoxLayout;
    other->addWidget(m_toQueue);
    other->addWidget(m_queue, 1);
    form->addRow(QString(), other);
    form->addRow(tr("Rate"), m_rate);
    auto* canary = new QHBoxLayout;
    canary->addWidget(m_canary);
    canary->addWidget(m_canaryCount);
    canary->addWidget(new QLabel(tr("then wait up to"), this));
    canary->addWidget(m_canaryWait);
    canary->addStretch(1);
    form->addRow(tr("Canary"), canary);
    form->addRow(QString(), makePlainLabel(tr("The rest go only once each of the first shows its failed stage done "
                                              "downstream; otherwise they stay open."),
                                           QStringLiteral("muted"), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_brokers.isEmpty())
        layout->addWidget(makePlainLabel(tr("No saved connection profile names a broker: add one on the Connections page."),
                                         QStringLiteral("replayNoBroker"), this));
    layout->addWidget(makePlainLabel(tr("Each message is published persistent and mandatory with publisher confirms, its "
                                        "message id kept; its state changes only once the broker confirms it."),
                                     QStringLiteral("muted"), this));
    auto* go = m_buttons->addButton(tr("Replay"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("replayGo"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_queue, &QLineEdit::textChanged, this, &ReplayDialog::updateOk);
    connect(m_toQueue, &QRadioButton::toggled, this, &ReplayDialog::updateOk);
    updateOk();
}

void ReplayDialog::updateOk()
{
    const bool target = !m_toQueue->isChecked() || !m_queue->text().trimmed().isEmpty();
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!m_brokers.isEmpty() && target);
    }
}

ConnectionProfile ReplayDialog::profile() const
{
    return m_brokers.value(m_profile->currentIndex());
}

ReplayTarget ReplayDialog::target() const
{
    ReplayTarget t;
    if (m_viaExchange->isChecked())
        t.route = ReplayTarget::Route::ViaExchange;
    if (m_toQueue->isChecked()) {
        t.route = ReplayTarget::Route::ToQueue;
        t.queue = m_queue->text().trimmed();
    }
    return t;
}

double ReplayDialog::ratePerSecond() const
{
    return m_rate->value();
}

bool ReplayDialog::allMatching() const
{
    return m_matching->isChecked();
}

int ReplayDialog::canaryCount() const
{
    return m_canary->isChecked() ? m_canaryCount->value() : 0;
}

int ReplayDialog::canaryWaitSeconds() const
{
    return m_canaryWait->value();
}

} // namespace ct
