#include "peakmodedialog.h"

#include "formdialoglayout.h"
#include "plainlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ct {

PeakModeDialog::PeakModeDialog(const OperatingMode& current, QWidget* parent)
    : QDialog(parent)
    , m_turningOn(!current.peak)
    , m_note(new QLineEdit(this))
{
    setWindowTitle(m_turningOn ? tr("Switch peak mode on") : tr("Switch peak mode off"));
    auto* form = new QFormLayout;
    if (m_turningOn) {
        m_rate = new QSpinBox(this);
        m_rate->setRange(1, 1'000'000);
        m_rate->setValue(int(current.replayRateBudget > 0 ? current.replayRateBudget : kDefaultPeakReplayRate));
        m_rate->setSuffix(tr(" messages/s"));
        form->addRow(tr("Replay rate budget"), m_rate);
    }
    m_note->setPlaceholderText(m_turningOn ? tr("Why, e.g. Black Friday flash sale") : tr("Why, e.g. the sale is over"));
    form->addRow(tr("Note"), m_note);
    auto* note = makePlainLabel(m_turningOn ? tr("While peak mode is on, discards, reopens, quarantine overrides and edited "
                                                 "resubmissions are refused for everyone on this store, and replays go no "
                                                 "faster than the budget. The switch is written to the audit trail.")
                                            : tr("Every action is open to its role again. The switch is written to the "
                                                 "audit trail."),
                                QStringLiteral("peakModeNote"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_turningOn ? tr("Switch on") : tr("Switch off"));
    layOutFormDialog(this, form, note, makePlainLabel(QString(), QStringLiteral("peakModeProblem"), this), buttons);
}

OperatingModeChange PeakModeDialog::change() const
{
    OperatingModeChange change;
    change.peak = m_turningOn;
    if (m_rate)
        change.replayRateBudget = m_rate->value();
    change.note = m_note->text().trimmed();
    return change;
}

} // namespace ct
