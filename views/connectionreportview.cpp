#include "connectionreportview.h"

#include "plainlabel.h"
#include "statusproperty.h"

#include <QFormLayout>
#include <QLabel>

namespace ct {

ConnectionReportView::ConnectionReportView(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    for (auto part : {ConnectionCheck::Part::Store, ConnectionCheck::Part::Amqp, ConnectionCheck::Part::Management}) {
        QLabel* line = makePlainLabel(QString(), QString(), this);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(connectionPartName(part), line);
        m_lines.append(line);
    }
    showNotTested();
}

void ConnectionReportView::showNotTested()
{
    for (QLabel* line : std::as_const(m_lines)) {
        line->setText(tr("not tested yet"));
        setStatusProperty(line, UiStatus::Stale);
    }
}

QLabel* ConnectionReportView::labelOf(ConnectionCheck::Part part) const
{
    return m_lines.at(int(part));
}

void ConnectionReportView::showRunning()
{
    const StatusStyle running = statusStyle(UiStatus::InProgress, false);
    for (QLabel* line : std::as_const(m_lines)) {
        line->setText(running.glyph + QLatin1Char(' ') + tr("testing\u2026"));
        setStatusProperty(line, UiStatus::InProgress);
    }
}

void ConnectionReportView::showCheck(const ConnectionCheck& check)
{
    const UiStatus status = check.outcome == ConnectionCheck::Outcome::Ok       ? UiStatus::Ok
                            : check.outcome == ConnectionCheck::Outcome::Failed ? UiStatus::Failed
                                                                                : UiStatus::Stale;
    const StatusStyle style = statusStyle(status, false);
    QLabel* line = labelOf(check.part);
    // A part the profile leaves out is no failure: it says so without a status word.
    line->setText(check.outcome == ConnectionCheck::Outcome::NotConfigured
                      ? QString(QStringLiteral("\u2013 ") + check.text)
                      : style.glyph + QLatin1Char(' ') + style.label + QStringLiteral(" \u2014 ") + check.text);
    setStatusProperty(line, status);
}

QString ConnectionReportView::lineText(ConnectionCheck::Part part) const
{
    return labelOf(part)->text();
}

} // namespace ct
