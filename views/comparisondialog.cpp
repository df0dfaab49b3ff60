#include "comparisondialog.h"

#include "lineageverdict.h"
#include "plainlabel.h"
#include "plaintext.h"
#include "timeformat.h"
#include "transactioncomparison.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {
namespace {

enum Column { StageColumn, AColumn, BColumn, DeltaColumn, PayloadColumn, ColumnCount };

QString signedDuration(double seconds)
{
    if (qAbs(seconds) < 0.0005)
        return QStringLiteral("±0");
    return (seconds > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + formatDuration(qAbs(seconds));
}

} // namespace

ComparisonDialog::ComparisonDialog(QWidget* parent)
    : QDialog(parent)
    , m_heading(makePlainLabel(QString(), QStringLiteral("sectionTitle"), this))
    , m_summary(makePlainLabel(QString(), QString(), this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("comparisonDialog"));
    setWindowTitle(tr("Compare with a healthy transaction"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Stage / field"), tr("This transaction"), tr("Healthy one"), tr("Latency Δ"),
                             tr("Payload")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    for (const auto& [column, width] : {std::pair{StageColumn, 230}, {AColumn, 260}, {BColumn, 260}, {DeltaColumn, 110}})
        m_tree->setColumnWidth(column, width);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* hint = makePlainLabel(tr("Expand a stage for its payload differences. Personal data is masked in both."),
                                QStringLiteral("muted"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(1100, 620);
}

void ComparisonDialog::setComparison(const TransactionComparison& c, const LineageVerdict& a, const LineageVerdict& b)
{
    m_heading->setText(tr("%1 (%2) beside %3 (%4) · %5")
                           .arg(c.aCorrelationId, verdictName(a.verdict), c.bCorrelationId, verdictName(b.verdict), c.flow));
    QStringList summary;
    summary << tr("missing here: %1").arg(c.missingInA) << tr("extra here: %1").arg(c.extraInA)
            << tr("first to last %1 here, %2 in the healthy one")
                   .arg(formatDuration(c.aSpanSeconds), formatDuration(c.bSpanSeconds))
            << tr("payload differences: %1").arg(c.payloadDifferences);
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    const auto side = [](const std::optional<StageCheck>& s) -> QString {
        if (!s)
            return tr("not in its checklist");
        QString text = stageStatusName(s->status);
        if (!s->occurredAt.isNull())
            text += QStringLiteral("  ") + clockTime(s->occurredAt);
        if (s->latencySeconds)
            text += QStringLiteral("  +") + formatDuration(*s->latencySeconds);
        if (!s->error.isEmpty())
            text += QStringLiteral("  ") + s->error.section(QLatin1Char('\n'), 0, 0);
        return text;
    };
    m_tree->clear();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const StageComparison& s : c.stages) {
        QString stage = s.name;
        switch (s.presence) {
        case StageComparison::Presence::MissingInA:
            stage = QStringLiteral("\u25cb ") + stage + QStringLiteral("  ") + tr("(missing here)");
            break;
        case StageComparison::Presence::ExtraInA:
            stage = QStringLiteral("+ ") + stage + QStringLiteral("  ") + tr("(extra here)");
            break;
        case StageComparison::Presence::Both:
        case StageComparison::Presence::Neither:
            break;
        }
        QString payload;
        if (s.payloadsCompared) {
            const int n = int(s.fields.items.size()) + s.fields.omitted;
            payload = n == 0 ? tr("same fields and values") : tr("differences: %1").arg(n);
        } else if (!s.aEventId.isEmpty() && !s.bEventId.isEmpty()) {
            payload = tr("not compared: a payload has no fields");
        }
        auto* item = new QTreeWidgetItem(m_tree, {stage, side(s.a), side(s.b),
                                                  s.latencyDeltaSeconds ? signedDuration(*s.latencyDeltaSeconds) : QString(),
                                                  payload});
        item->setToolTip(StageColumn, plainToolTip(s.stage));  // a stage id comes from data
        for (const FieldDifference& f : s.fields.items) {
            QString change;
            switch (f.change) {
            case FieldDifference::Change::Missing:
                change = tr("missing here");
                break;
            case FieldDifference::Change::Extra:
                change = tr("extra here");
                break;
            case FieldDifference::Change::Changed:
                change = tr("changed");
                break;
            }
            auto* child = new QTreeWidgetItem(item, {f.path, f.a, f.b, QString(), change});
            for (int column : {StageColumn, AColumn, BColumn})
                child->setFont(column, mono);
        }
        if (s.fields.omitted > 0)
            new QTreeWidgetItem(item, {tr("… %1 more").arg(s.fields.omitted)});
    }
}

QStringList ComparisonDialog::rowTexts() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << item->text(c);
        out << cells.join(QLatin1Char('\t'));
        for (int k = 0; k < item->childCount(); ++k) {
            QStringList childCells;
            for (int c = 0; c < ColumnCount; ++c)
                childCells << item->child(k)->text(c);
            out << QStringLiteral("  ") + childCells.join(QLatin1Char('\t'));
        }
    }
    return out;
}

} // namespace ct
