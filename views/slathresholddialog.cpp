#include "slathresholddialog.h"

#include "formdialoglayout.h"
#include "plainlabel.h"
#include "slaunits.h"
#include "timeformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ct {

SlaThresholdDialog::SlaThresholdDialog(const SlaDefinition& sla, QWidget* parent)
    : QDialog(parent)
    , m_value(new QDoubleSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_problem(makePlainLabel(QString(), QStringLiteral("slaThresholdProblem"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_was(sla.thresholdSeconds)
{
    setWindowTitle(tr("Threshold of %1").arg(sla.name));
    m_unit->addItem(tr("seconds"), 1.0);
    m_unit->addItem(tr("minutes"), 60.0);
    m_unit->addItem(tr("hours"), 3600.0);
    const LatencyUnit unit = latencyUnitFor(sla.thresholdSeconds);
    m_unit->setCurrentIndex(int(unit.kind));
    m_value->setDecimals(1);
    m_value->setRange(0, 100000);
    m_value->setValue(sla.thresholdSeconds / unit.seconds);
    m_note->setPlaceholderText(tr("Why, e.g. agreed with the ERP team for the peak weeks"));
    auto* value = new QHBoxLayout;
    value->addWidget(m_value, 1);
    value->addWidget(m_unit);
    auto* form = new QFormLayout;
    form->addRow(tr("Stages"), makePlainLabel(tr("%1: %2 \u2192 %3").arg(sla.flow, sla.fromStage, sla.toStage),
                                              QStringLiteral("slaThresholdStages"), this));
    form->addRow(tr("Now"), makePlainLabel(formatDuration(sla.thresholdSeconds), QStringLiteral("slaThresholdNow"), this));
    form->addRow(tr("New threshold"), value);
    form->addRow(tr("Note"), m_note);
    auto* note = makePlainLabel(tr("The change is kept in the store and written to the audit trail. The charts read "
                                   "the same latencies against the new threshold."),
                                QStringLiteral("slaThresholdNote"), this);
    layOutFormDialog(this, form, note, m_problem, m_buttons);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &SlaThresholdDialog::check);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &SlaThresholdDialog::check);
    check();
}

double SlaThresholdDialog::thresholdSeconds() const
{
    return m_value->value() * m_unit->currentData().toDouble();
}

QString SlaThresholdDialog::note() const
{
    return m_note->text().trimmed();
}

void SlaThresholdDialog::check()
{
    const double seconds = thresholdSeconds();
    QString problem;
    if (seconds <= 0)
        problem = tr("The threshold must be above zero.");
    else if (seconds > 30 * 86400.0)
        problem = tr("The threshold can be at most 30 days.");
    else if (seconds == m_was)
        problem = tr("That is the threshold already.");
    setLabelText(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ct
