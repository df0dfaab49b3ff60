#include "stagestrip.h"

#include "lineageverdict.h"
#include "plainlabel.h"
#include "plaintext.h"
#include "statusproperty.h"
#include "timeformat.h"

#include <QGridLayout>
#include <QLabel>

namespace ct {
namespace {

// Nine stages (order-to-cash) fit in two rows at 1440 px, each chip wide enough for a time and a latency.
constexpr int kColumns = 5;
constexpr qsizetype kErrorShown = 60;

UiStatus uiStatusOf(const StageCheck& s)
{
    switch (s.status) {
    case StageStatus::Done:
        return UiStatus::Ok;
    case StageStatus::Failed:
        return UiStatus::Failed;
    case StageStatus::Overdue:
        return UiStatus::Warning;
    case StageStatus::Missing:
        return s.expectedBy.isNull() ? UiStatus::Stale : UiStatus::InProgress;
    case StageStatus::Skipped:
        break;
    }
    return UiStatus::Stale;
}

} // namespace

StageStrip::StageStrip(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 4, 0, 4);
    m_layout->setHorizontalSpacing(18);
    m_layout->setVerticalSpacing(6);
}

void StageStrip::setChecks(const QList<StageCheck>& checks)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const StageCheck& s = checks[i];
        QString glyph;
        QStringList facts;
        switch (s.status) {
        case StageStatus::Done:
        case StageStatus::Failed:
            glyph = s.status == StageStatus::Done ? QStringLiteral("\u2713") : QStringLiteral("\u2717");
            facts << clockTime(s.occurredAt);
            if (s.latencySeconds)
                facts << QStringLiteral("+") + formatDuration(*s.latencySeconds);
            break;
        case StageStatus::Overdue:
            glyph = QStringLiteral("\u25b2");
            facts << tr("expected by %1 (SLA %2)")
                         .arg(clockTime(s.expectedBy), formatDuration(s.slaSeconds.value_or(0)));
            break;
        case StageStatus::Missing:
            glyph = QStringLiteral("\u25cb");
            if (s.eventMissing)
                facts << tr("no event stored");
            else if (!s.expectedBy.isNull())
                facts << tr("due by %1").arg(clockTime(s.expectedBy));
            else
                facts << tr("not reached");
            break;
        case StageStatus::Skipped:
            glyph = QStringLiteral("\u2013");
            facts << tr("skipped");
            break;
        }
        QString text =
            glyph + QLatin1Char(' ') + s.name + QLatin1Char('\n') + facts.join(QStringLiteral("  "));
        if (!s.error.isEmpty())
            text += QLatin1Char('\n') +
                    (s.error.size() > kErrorShown ? s.error.left(kErrorShown - 1) + QChar(0x2026) : s.error);
        auto* chip = makePlainLabel(text, QStringLiteral("stageChip"), this);
        setStatusProperty(chip, uiStatusOf(s));

        QStringList tip{s.name + QStringLiteral(" (") + s.stage + QStringLiteral(") \u00b7 ") + s.system,
                        stageStatusName(s.status)};
        if (!s.occurredAt.isNull())
            tip << tr("Occurred %1").arg(absoluteTime(s.occurredAt));
        if (s.latencySeconds)
            tip << tr("%1 after %2").arg(formatDuration(*s.latencySeconds), s.causeStage);
        if (s.slaSeconds)
            tip << tr("SLA %1 after %2").arg(formatDuration(*s.slaSeconds), s.causeStage);
        if (!s.expectedBy.isNull())
            tip << tr("Expected by %1").arg(absoluteTime(s.expectedBy));
        if (s.duplicates > 0)
            tip << tr("%1 duplicate deliveries").arg(s.duplicates);
        if (!s.error.isEmpty())
            tip << s.error;
        chip->setToolTip(plainToolTip(tip.join(QLatin1Char('\n'))));
        m_layout->addWidget(chip, int(i / kColumns), int(i % kColumns), Qt::AlignTop);
    }
    for (int c = 0; c < kColumns; ++c)
        m_layout->setColumnStretch(c, 1);
}

QStringList StageStrip::texts() const
{
    QStringList out;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (const auto* label = qobject_cast<const QLabel*>(m_layout->itemAt(i)->widget()))
            out << label->text();
    }
    return out;
}

} // namespace ct
