#include "overviewpage.h"

#include "failedmessage.h"
#include "inventorygrid.h"
#include "postingsummarymodel.h"
#include "sparkline.h"
#include "storeservice.h"
#include "timeformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace ct {

struct OverviewFigures {
    Timestamp asOf;                       // the newest event: "now" for a store that stopped receiving
    qint64 ordersInFlight = 0;
    QMap<QString, qint64> openByClass;
    qint64 backlogCount = 0;
    qint64 backlogMinor = 0;
    qint64 inventoryMismatches = 0;
    QMap<QString, QList<qint64>> perMinuteBySystem;  // the last hour, one value per minute
};

namespace {

constexpr int kMinutes = 60;

Expected<OverviewFigures> gather(TelemetryStore& store, const QList<PostingStage>& postingStages)
{
    OverviewFigures f;
    auto newest = store.newestEventTime();
    if (!newest)
        return newest.error();
    f.asOf = newest.value();
    const Timestamp dayAgo = f.asOf.plusSeconds(-2 * 86400.0);
    for (const auto& [flow, first, last] : {std::tuple{"order-to-cash", "capture", "deliver"},
                                            std::tuple{"bopis", "capture", "collect"}}) {
        auto open = store.countOpenTransactions(QLatin1String(flow), QLatin1String(first), QLatin1String(last), dayAgo);
        if (!open)
            return open.error();
        f.ordersInFlight += open.value();
    }
    for (const QString& errorClass : errorClassNames()) {
        FailedMessageQuery q;
        q.state = FailedMessageState::Open;
        q.errorClass = errorClass;
        auto n = store.countFailedMessages(q);
        if (!n)
            return n.error();
        if (n.value() > 0)
            f.openByClass.insert(errorClass, n.value());
    }
    auto postings = store.postingSummary(postingStages);
    if (!postings)
        return postings.error();
    for (const PostingDay& d : postings.value()) {
        f.backlogCount += d.awaitingCount;
        f.backlogMinor += d.awaitingMinor;
    }
    auto positions = store.inventoryPositions(QString());
    if (!positions)
        return positions.error();
    for (const InventoryRow& r : pivotInventory(positions.value()))
        f.inventoryMismatches += r.largestDelta != 0;
    const qint64 lastMinute = f.asOf.micros() / 60'000'000;
    auto rates = store.eventRates(Timestamp::fromMicros((lastMinute - kMinutes + 1) * 60'000'000));
    if (!rates)
        return rates.error();
    for (const EventRate& r : rates.value()) {
        QList<qint64>& series = f.perMinuteBySystem[r.source.section(QLatin1Char('.'), 0, 0)];
        if (series.isEmpty())
            series.resize(kMinutes);
        const qint64 slot = r.minute - (lastMinute - kMinutes + 1);
        if (slot >= 0 && slot < kMinutes)
            series[slot] += r.count;
    }
    return f;
}

// A tile that opens a page when clicked.
class Tile : public QFrame {
public:
    Tile(const QString& pageId, std::function<void(const QString&)> open, QWidget* parent)
        : QFrame(parent)
        , m_pageId(pageId)
        , m_open(std::move(open))
    {
        setObjectName(QStringLiteral("tile"));
        setCursor(pageId.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    }

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (!m_pageId.isEmpty() && event->button() == Qt::LeftButton)
            m_open(m_pageId);
    }

private:
    QString m_pageId;
    std::function<void(const QString&)> m_open;
};

QLabel* plainLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

OverviewPage::OverviewPage(StoreService* service, QList<PostingStage> postingStages, QWidget* parent)
    : Page(QStringLiteral("overview"), service, parent)
    , m_postingStages(std::move(postingStages))
    , m_grid(new QGridLayout)
    , m_asOf(plainLabel(QString(), QStringLiteral("muted"), this))
{
    m_grid->setSpacing(14);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addWidget(m_asOf);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

void OverviewPage::reload()
{
    markLoading();
    if (!isQuiet())
        m_asOf->setText(tr("Reading the estate…"));
    load<OverviewFigures>(
        [stages = m_postingStages](TelemetryStore& store) { return gather(store, stages); },
        [this](const Expected<OverviewFigures>& figures) {
            if (!figures) {
                m_asOf->setText(tr("The store cannot be read: %1").arg(figures.error().text));
                setKeyFigures({});
            } else {
                show(figures.value());
            }
            markReady();
        });
}

QWidget* OverviewPage::tile(const QString& title, const QString& value, const QString& detail,
                            std::optional<UiStatus> status, const QString& pageId)
{
    auto* t = new Tile(pageId, [this](const QString& id) { Q_EMIT openPage(id, QString()); }, this);
    auto* v = new QVBoxLayout(t);
    v->setContentsMargins(14, 12, 14, 12);
    v->addWidget(plainLabel(title, QStringLiteral("tileTitle"), t));
    QLabel* big = plainLabel(value, QStringLiteral("tileValue"), t);
    if (status)
        big->setProperty("status", int(*status));
    v->addWidget(big);
    if (!detail.isEmpty())
        v->addWidget(plainLabel(detail, QStringLiteral("muted"), t));
    v->addStretch(1);
    return t;
}

void OverviewPage::show(const OverviewFigures& f)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    if (f.asOf.isNull()) {
        m_asOf->setText(tr("The store holds no events yet. Point a collector at it, or fill it with ctower demo."));
        setKeyFigures({});
        return;
    }
    m_asOf->setText(tr("As of the newest event: %1 (%2)")
                        .arg(absoluteTime(f.asOf), relativeTime(f.asOf, Timestamp::now())));
    qint64 open = 0;
    QStringList byClass;
    for (auto it = f.openByClass.cbegin(); it != f.openByClass.cend(); ++it) {
        open += it.value();
        byClass << QStringLiteral("%1  %2").arg(locale.toString(it.value()), it.key());
    }
    const auto orders = tile(tr("Orders in flight"), locale.toString(f.ordersInFlight),
                             tr("web and click-and-collect orders of the last 2 days not yet delivered or collected"),
                             std::nullopt, QStringLiteral("lineage"));
    const auto exceptions = tile(tr("Open exceptions"), locale.toString(open), byClass.join(QLatin1Char('\n')),
                                 open ? UiStatus::Warning : UiStatus::Ok, QStringLiteral("exceptions"));
    const auto backlog = tile(tr("ERP posting backlog"), locale.toString(f.backlogCount),
                              tr("%1 EUR awaiting posting").arg(PostingSummaryModel::formatMoney(f.backlogMinor)),
                              f.backlogCount ? UiStatus::Warning : UiStatus::Ok, QStringLiteral("posting"));
    const auto stock = tile(tr("Inventory mismatches"), locale.toString(f.inventoryMismatches),
                            tr("SKU × node counts where a system disagrees with the authority"),
                            f.inventoryMismatches ? UiStatus::Warning : UiStatus::Ok, QStringLiteral("inventory"));
    m_grid->addWidget(orders, 0, 0);
    m_grid->addWidget(exceptions, 0, 1);
    m_grid->addWidget(backlog, 0, 2);
    m_grid->addWidget(stock, 0, 3);

    auto* rates = new Tile(QString(), {}, this);
    auto* grid = new QGridLayout(rates);
    grid->setContentsMargins(14, 12, 14, 12);
    grid->addWidget(plainLabel(tr("Events per minute, last hour, by system"), QStringLiteral("tileTitle"), rates), 0, 0, 1, 3);
    int row = 1;
    qint64 total = 0;
    for (auto it = f.perMinuteBySystem.cbegin(); it != f.perMinuteBySystem.cend(); ++it, ++row) {
        qint64 sum = 0;
        for (qint64 v : it.value())
            sum += v;
        total += sum;
        grid->addWidget(plainLabel(it.key(), QString(), rates), row, 0);
        auto* spark = new Sparkline(rates);
        spark->setValues(it.value());
        grid->addWidget(spark, row, 1);
        grid->addWidget(plainLabel(tr("%1/min").arg(locale.toString(double(sum) / kMinutes, 'f', 1)), QString(), rates), row, 2);
    }
    grid->setColumnStretch(1, 1);
    m_grid->addWidget(rates, 1, 0, 1, 4);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, 1);

    setKeyFigures({{locale.toString(f.ordersInFlight), tr("orders in flight")},
                   {locale.toString(open), tr("open exceptions"), open ? UiStatus::Warning : UiStatus::Ok},
                   {locale.toString(double(total) / kMinutes, 'f', 0), tr("events/min")}});
}

} // namespace ct
