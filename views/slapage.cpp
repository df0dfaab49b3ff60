#include "slapage.h"

#include "pagelayout.h"
#include "sessionrole.h"
#include "slacard.h"
#include "sladetail.h"
#include "slaedits.h"
#include "slathresholddialog.h"
#include "stateview.h"
#include "storeservice.h"
#include "timeformat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QPointer>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

namespace ct {
namespace {

constexpr int kBreachLimit = 200;
constexpr int kColumns = 2;

} // namespace

SlaPage::SlaPage(StoreService* service, const FlowLibrary& flows, QWidget* parent)
    : Page(QStringLiteral("sla"), service, parent)
    , m_flows(flows)
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_until(new QDateTimeEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_state(new StateView(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QGridLayout)
    , m_detail(new SlaDetail(this))
{
    m_range->setObjectName(QStringLiteral("slaRange"));
    m_range->addItems({tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"), tr("Custom range")});
    m_range->setCurrentIndex(int(Range::LastDay));
    m_range->setToolTip(tr("Up to the newest event in the store"));
    for (QDateTimeEdit* edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::editingFinished, this, &SlaPage::reload);
    }
    m_from->setObjectName(QStringLiteral("slaFrom"));
    m_until->setObjectName(QStringLiteral("slaUntil"));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool custom = Range(index) == Range::Custom;
        if (custom && !m_board.reports.isEmpty()) {
            m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(m_board.range.from.micros() / 1000));
            m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(m_board.range.until.micros() / 1000));
        }
        m_from->setVisible(custom);
        m_until->setVisible(custom);
        reload();
    });
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Range"), this));
    filters->addWidget(m_range);
    filters->addWidget(m_from);
    filters->addWidget(m_until);
    filters->addSpacing(24);
    filters->addWidget(SlaCard::makeLegend(this));
    filters->addStretch(1);

    auto* cards = new QWidget(m_scroll);
    cards->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 4, 0);
    m_grid->setSpacing(8);
    m_scroll->setWidget(cards);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
    layout->addWidget(makeMasterDetail(m_stack, m_detail, nullptr, 1, this), 1);
    connect(m_detail, &SlaDetail::openCorrelation, this, &Page::openCorrelation);
    connect(m_detail, &SlaDetail::editThreshold, this, &SlaPage::editThreshold);
}

void SlaPage::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

qint64 SlaPage::spanSeconds() const
{
    switch (Range(m_range->currentIndex())) {
    case Range::LastHour:
        return 3600;
    case Range::LastDay:
        return 86400;
    case Range::LastWeek:
        return 7 * 86400;
    case Range::Custom:
        return qMax<qint64>(60, m_from->dateTime().secsTo(m_until->dateTime()));
    }
    return 86400;
}

Timestamp SlaPage::rangeEnd() const
{
    if (Range(m_range->currentIndex()) == Range::Custom)
        return Timestamp::fromMicros(m_until->dateTime().toMSecsSinceEpoch() * 1000);
    return {}; // the newest event
}

void SlaPage::reload()
{
    markLoading();
    if (!isQuiet() && m_board.reports.isEmpty()) {
        m_state->showLoading(tr("Measuring the SLAs\u2026"));
        m_stack->setCurrentWidget(m_state);
    }
    // Opened or asked for: the percentiles and breaches show first, the backlogs follow (what started
    // before the range is counted over the whole history). A refresh in place reads both at once.
    readBoard(isQuiet() ? SlaReadDepth::WithBacklog : SlaReadDepth::WithoutBacklog);
}

void SlaPage::readBoard(SlaReadDepth depth)
{
    const FlowLibrary flows = m_flows;
    const qint64 span = spanSeconds();
    const Timestamp end = rangeEnd();
    load<SlaBoard>([flows, span, end, depth](TelemetryStore& store) { return readSlaBoard(store, store, flows, span, end, depth); },
                   [this, depth](const Expected<SlaBoard>& board) {
                       if (!board) {
                           m_state->showError(tr("The SLAs cannot be read"), board.error().text);
                           m_stack->setCurrentWidget(m_state);
                           setKeyFigures({});
                           markReady();
                           return;
                       }
                       showBoard(board.value());
                       if (depth == SlaReadDepth::WithBacklog || board.value().reports.isEmpty()) {
                           markReady();
                           return;
                       }
                       markFirstData();
                       readBoard(SlaReadDepth::WithBacklog);
                   });
}

void SlaPage::layOutCards(qsizetype count)
{
    while (m_cards.size() > count)
        delete m_cards.takeLast();
    while (m_cards.size() < count) {
        auto* card = new SlaCard(m_scroll->widget());
        const qsizetype index = m_cards.size();
        connect(card, &SlaCard::chosen, this, [this, index] {
            if (index < m_board.reports.size() && m_board.reports.at(index).sla.id != m_selectedId)
                select(index, -1);
        });
        connect(card, &SlaCard::bucketClicked, this, [this, index](qsizetype bucket) { select(index, bucket); });
        m_grid->addWidget(card, int(index / kColumns), int(index % kColumns));
        m_cards.append(card);
    }
}

void SlaPage::showBoard(const SlaBoard& board)
{
    m_board = board;
    if (board.reports.isEmpty()) {
        m_state->showEmpty(tr("No SLAs defined"), tr("SLAs come from resources/slas.json and the edits kept in the store."));
        m_stack->setCurrentWidget(m_state);
        setKeyFigures({});
        return;
    }
    layOutCards(board.reports.size());
    qint64 breaches = 0, within = 0;
    for (qsizetype i = 0; i < board.reports.size(); ++i) {
        const SlaReport& r = board.reports.at(i);
        m_cards.at(i)->setReport(r);
        breaches += r.breaches;
        within += r.count == 0 || r.p95 <= r.sla.thresholdSeconds ? 1 : 0;
    }
    m_stack->setCurrentWidget(m_scroll);
    const QLocale locale;
    const qsizetype n = board.reports.size();
    setKeyFigures({{tr("%1 of %2").arg(within).arg(n), tr("SLAs with p95 within"), within == n ? UiStatus::Ok : UiStatus::Failed},
                   {locale.toString(breaches), tr("breaches"), breaches ? UiStatus::Warning : UiStatus::Ok},
                   {formatDuration(double(board.range.until.micros() - board.range.from.micros()) / 1e6),
                    tr("up to %1").arg(absoluteTime(board.range.until))}},
                  int(std::min<qint64>(breaches, INT_MAX)));
    // Keep what was picked (the same SLA, the bucket at the same time); else open on the busiest.
    qsizetype sla = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (board.reports.at(i).sla.id == m_selectedId)
            sla = i;
    }
    qsizetype bucket = -1;
    if (sla >= 0 && !m_selectedStart.isNull()) {
        const QList<SlaBucket>& buckets = board.reports.at(sla).buckets;
        for (qsizetype b = 0; b < buckets.size(); ++b) {
            if (buckets.at(b).start == m_selectedStart)
                bucket = b;
        }
    }
    select(sla >= 0 ? sla : busiestSla(board.reports), bucket);
}

void SlaPage::select(qsizetype sla, qsizetype bucket)
{
    if (sla < 0 || sla >= m_board.reports.size())
        return;
    const SlaReport& report = m_board.reports.at(sla);
    if (bucket < 0 || bucket >= report.buckets.size())
        bucket = worstBucket(report);
    m_selectedId = report.sla.id;
    m_selectedBucket = bucket;
    m_selectedStart = bucket >= 0 ? report.buckets.at(bucket).start : Timestamp();
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setSelected(i == sla);
    m_detail->show(report, bucket);
    // Once laid out: a card the page has just made has no place yet.
    if (m_cards.size() > sla)
        QTimer::singleShot(0, this, [this, card = QPointer<SlaCard>(m_cards.at(sla))] {
            if (card)
                m_scroll->ensureWidgetVisible(card);
        });
    loadBreaches();
}

void SlaPage::loadBreaches()
{
    const SlaDefinition* sla = nullptr;
    for (const SlaReport& r : std::as_const(m_board.reports)) {
        if (r.sla.id == m_selectedId)
            sla = &r.sla;
    }
    if (!sla || m_selectedBucket < 0) {
        m_detail->setBreaches({}, kBreachLimit);
        return;
    }
    const StagePair pair{sla->flow, sla->fromStage, sla->toStage};
    const double threshold = sla->thresholdSeconds;
    const Timestamp from = m_selectedStart;
    const Timestamp until = Timestamp::fromMicros(from.micros() + m_board.range.bucketSeconds * 1'000'000);
    m_detail->showBreachesLoading();
    m_breachLoad = service()->read<QList<SlaBreach>>(
        this,
        [pair, threshold, from, until](TelemetryStore& store) {
            return store.slaBreaches(pair, threshold, from, until, kBreachLimit);
        },
        [this](const Expected<QList<SlaBreach>>& breaches) {
            if (!breaches)
                m_detail->showBreachesError(breaches.error().text);
            else
                m_detail->setBreaches(breaches.value(), kBreachLimit);
        });
}

void SlaPage::editThreshold()
{
    const SlaReport* report = nullptr;
    for (const SlaReport& r : std::as_const(m_board.reports)) {
        if (r.sla.id == m_selectedId)
            report = &r;
    }
    if (!report)
        return;
    SlaThresholdDialog dialog(report->sla, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SlaEdit edit;
    edit.role = m_session ? m_session->acting() : ActorRole::Viewer;
    edit.note = dialog.note();
    const QString id = report->sla.id;
    const double seconds = dialog.thresholdSeconds();
    const FlowLibrary flows = m_flows;
    m_edit = service()->write<SlaDefinition>(
        this,
        [id, seconds, edit, flows](TelemetryStore& store) -> Expected<SlaDefinition> {
            auto inForce = slasInForce(store);
            if (!inForce)
                return inForce.error();
            return setSlaThreshold(store, inForce.value(), id, seconds, edit, flows);
        },
        [this](const Expected<SlaDefinition>& saved) {
            if (!saved) {
                m_detail->showEditOutcome(saved.error().text, true);
                return;
            }
            m_detail->showEditOutcome(tr("%1 now allows %2.").arg(saved->name, formatDuration(saved->thresholdSeconds)), false);
            reload();
        });
}

void SlaPage::focusOn(const QString& slaId)
{
    m_selectedId = slaId;
    m_selectedStart = {};
    for (qsizetype i = 0; i < m_board.reports.size(); ++i) {
        if (m_board.reports.at(i).sla.id == slaId)
            select(i, -1);
    }
}

} // namespace ct
