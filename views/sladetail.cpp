#include "sladetail.h"

#include "plainlabel.h"
#include "slabreachmodel.h"
#include "statuspalette.h"
#include "tableview.h"
#include "theme.h"
#include "timeformat.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {
namespace {

QString figures(qint64 count, double p50, double p95, double p99)
{
    if (count == 0)
        return SlaDetail::tr("no transaction completed");
    return SlaDetail::tr("%1 completed \u00b7 p50 %2 \u00b7 p95 %3 \u00b7 p99 %4")
        .arg(QLocale().toString(count), formatDuration(p50), formatDuration(p95), formatDuration(p99));
}

} // namespace

SlaDetail::SlaDetail(QWidget* parent)
    : QWidget(parent)
    , m_title(makePlainLabel(QString(), QStringLiteral("slaDetailTitle"), this))
    , m_stages(makePlainLabel(QString(), QStringLiteral("slaDetailStages"), this))
    , m_range(makePlainLabel(QString(), QStringLiteral("slaDetailRange"), this))
    , m_bucket(makePlainLabel(QString(), QStringLiteral("slaDetailBucket"), this))
    , m_listState(makePlainLabel(QString(), QStringLiteral("slaDetailListState"), this))
    , m_editOutcome(makePlainLabel(QString(), QStringLiteral("slaDetailEditOutcome"), this))
    , m_edit(new QPushButton(tr("Edit threshold\u2026"), this))
    , m_table(makeTableView(this))
    , m_model(new SlaBreachModel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    for (QLabel* l : {m_stages, m_range, m_bucket, m_listState, m_editOutcome})
        l->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("slaEditThreshold"));
    m_edit->setToolTip(tr("Change how long this SLA allows; kept in the store and audited"));
    m_table->setObjectName(QStringLiteral("slaBreaches"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // slowest first, as the store ranks them
    setColumnWidths(m_table, {200, 100});
    m_table->setToolTip(tr("Double-click a transaction (or press Enter) to open its lineage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_edit);
    layout->addLayout(heading);
    layout->addWidget(m_stages);
    layout->addWidget(m_editOutcome);
    layout->addWidget(m_range);
    layout->addSpacing(6);
    layout->addWidget(m_bucket);
    layout->addWidget(m_listState);
    layout->addWidget(m_table, 1);
    m_editOutcome->hide();
    const auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openCorrelation(index.siblingAtColumn(0).data(Qt::UserRole).toString());
    };
    connect(m_table, &QTableView::activated, this, open);
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_edit, &QPushButton::clicked, this, &SlaDetail::editThreshold);
    clear();
}

void SlaDetail::clear()
{
    setLabelText(m_title, tr("No SLA selected"));
    for (QLabel* l : {m_stages, m_range, m_bucket, m_listState})
        setLabelText(l, QString());
    m_edit->setEnabled(false);
    m_model->clear();
}

void SlaDetail::show(const SlaReport& report, qsizetype bucket)
{
    const SlaDefinition& sla = report.sla;
    setLabelText(m_title, sla.name);
    setLabelText(m_stages, tr("%1: from %2 to %3 within %4").arg(sla.flow, sla.fromStage, sla.toStage,
                                                                   formatDuration(sla.thresholdSeconds)));
    QString range = tr("%1 to %2: %3").arg(absoluteTime(report.range.from), absoluteTime(report.range.until),
                                             figures(report.count, report.p50, report.p95, report.p99));
    range += QLatin1Char('\n') + tr("%n breach(es)", nullptr, int(std::min<qint64>(report.breaches, INT_MAX)));
    if (report.backlog)
        range += tr("; %1 started and not yet completed").arg(QLocale().toString(*report.backlog));
    setLabelText(m_range, range);
    m_edit->setEnabled(!sla.id.isEmpty());
    if (bucket < 0 || bucket >= report.buckets.size()) {
        setLabelText(m_bucket, tr("Click a chart to see a time bucket's breaches."));
        setLabelText(m_listState, QString());
        m_model->clear();
        return;
    }
    const SlaBucket& b = report.buckets.at(bucket);
    const Timestamp end = Timestamp::fromMicros(b.start.micros() + report.range.bucketSeconds * 1'000'000);
    setLabelText(m_bucket, tr("%1 \u2013 %2: %3; %n breach(es)", nullptr, int(std::min<qint64>(b.breaches, INT_MAX)))
                               .arg(clockTime(b.start), clockTime(end), figures(b.count, b.p50, b.p95, b.p99)));
}

void SlaDetail::showBreachesLoading()
{
    setLabelText(m_listState, tr("Finding the transactions that breached\u2026"));
}

void SlaDetail::setBreaches(const QList<SlaBreach>& breaches, int limit)
{
    m_model->setBreaches(breaches);
    if (breaches.isEmpty())
        setLabelText(m_listState, tr("No transaction in this bucket took longer than the SLA allows."));
    else if (breaches.size() >= limit)
        setLabelText(m_listState, tr("The %n slowest transactions; double-click one to open its lineage.", nullptr, limit));
    else
        setLabelText(m_listState, tr("%n transaction(s) took longer; double-click one to open its lineage.", nullptr,
                                     int(breaches.size())));
    selectFirstRowUnlessSelected(m_table);
}

void SlaDetail::showBreachesError(const QString& sentence)
{
    m_model->clear();
    setLabelText(m_listState, statusStyle(UiStatus::Failed, isDarkTheme()).glyph + QLatin1Char(' ') + sentence);
}

void SlaDetail::showEditOutcome(const QString& sentence, bool failed)
{
    const StatusStyle style = statusStyle(failed ? UiStatus::Failed : UiStatus::Ok, isDarkTheme());
    setLabelText(m_editOutcome, style.glyph + QLatin1Char(' ') + sentence);
    m_editOutcome->setVisible(!sentence.isEmpty());
}

} // namespace ct
