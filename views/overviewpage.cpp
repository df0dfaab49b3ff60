#include "overviewpage.h"

#include "postingsummarymodel.h"
#include "rollupfigures.h"
#include "sparkline.h"
#include "storeservice.h"
#include "timeformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace ct {

namespace {

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
        [stages = m_postingStages](TelemetryStore& store) { return gatherOverview(store, stages); },
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
    // One line per currency: amounts in different currencies never add up.
    QStringList awaitingMoney;
    for (auto it = f.backlogMinor.cbegin(); it != f.backlogMinor.cend(); ++it)
        awaitingMoney << tr("%1 %2 awaiting posting").arg(PostingSummaryModel::formatMoney(it.value()), it.key());
    if (awaitingMoney.isEmpty())
        awaitingMoney << tr("nothing awaiting posting");
    const auto backlog = tile(tr("ERP posting backlog"), locale.toString(f.backlogCount), awaitingMoney.join(QLatin1Char('\n')),
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
        grid->addWidget(plainLabel(tr("%1/min").arg(locale.toString(double(sum) / kOverviewMinutes, 'f', 1)), QString(), rates), row, 2);
    }
    grid->setColumnStretch(1, 1);
    m_grid->addWidget(rates, 1, 0, 1, 4);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, 1);

    setKeyFigures({{locale.toString(f.ordersInFlight), tr("orders in flight")},
                   {locale.toString(open), tr("open exceptions"), open ? UiStatus::Warning : UiStatus::Ok},
                   {locale.toString(double(total) / kOverviewMinutes, 'f', 0), tr("events/min")}});
}

} // namespace ct
