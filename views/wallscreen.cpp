#include "wallscreen.h"

#include "moneytext.h"
#include "overviewtile.h"
#include "plainlabel.h"
#include "revenueblockermodel.h"
#include "statuspalette.h"
#include "tableview.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {
namespace {

constexpr int kFigureCount = 5;

// The page a figure's tile opens.
QString pageOf(WallFigureId id)
{
    switch (id) {
    case WallFigureId::OrdersInFlight:
    case WallFigureId::StuckPastSla:
        return QStringLiteral("lineage");
    case WallFigureId::OpenExceptions:
        return QStringLiteral("exceptions");
    case WallFigureId::ErpBacklog:
        return QStringLiteral("posting");
    case WallFigureId::EventsPerMinute:
        return QString();
    }
    return QString();
}

std::optional<UiStatus> statusOf(WallLevel level)
{
    switch (level) {
    case WallLevel::Calm:
        return std::nullopt;
    case WallLevel::Amber:
        return UiStatus::Warning;
    case WallLevel::Red:
        return UiStatus::Failed;
    }
    return std::nullopt;
}

} // namespace

WallScreen::WallScreen(QWidget* parent)
    : QWidget(parent)
    , m_tileRow(new QHBoxLayout)
    , m_blockersTitle(makePlainLabel(QString(), QStringLiteral("wallSection"), this))
    , m_empty(makePlainLabel(tr("Nothing is blocking revenue: no order in flight has failed or is stuck past its SLA."),
                             QStringLiteral("wallEmpty"), this))
    , m_table(makeTableView(this))
    , m_model(new RevenueBlockerModel(this))
{
    m_tileRow->setSpacing(18);
    m_table->setObjectName(QStringLiteral("wallTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);  // ranked: the order is the point
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(40);
    // Ten rows at most: sizing to the contents costs nothing, and "where" gets the rest of the width.
    for (int column : {RevenueBlockerModel::Order, RevenueBlockerModel::Amount, RevenueBlockerModel::Since})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RevenueBlockerModel::Where, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumHeight(60);  // the window keeps its size: the list scrolls instead
    m_table->setToolTip(tr("Click an order to open its Lineage."));
    const auto open = [this](const QModelIndex& index) {
        Q_EMIT openCorrelation(index.data(RevenueBlockerModel::CorrelationRole).toString());
    };
    connect(m_table, &QTableView::clicked, this, open);
    connect(m_table, &QTableView::activated, this, open);
    m_empty->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addLayout(m_tileRow);
    layout->addWidget(m_blockersTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);
}

void WallScreen::makeTiles()
{
    for (int i = 0; i < kFigureCount; ++i) {
        auto* tile = new OverviewTile(pageOf(WallFigureId(i)), this);
        tile->setObjectName(QStringLiteral("wallTile"));
        connect(tile, &OverviewTile::activated, this, [this](const QString& pageId) { Q_EMIT openPage(pageId, QString()); });
        m_tileRow->addWidget(tile, 1);
        m_tiles.append(tile);
    }
}

void WallScreen::setFigures(const QList<WallFigure>& figures, const RevenueBlockerRanking& blockers)
{
    if (m_tiles.isEmpty())
        makeTiles();
    const QLocale locale;
    QStringList blockedMoney;
    for (auto it = blockers.blockedMinor.cbegin(); it != blockers.blockedMinor.cend(); ++it)
        blockedMoney << tr("%1 blocked").arg(moneyText(it.value(), it.key(), locale));
    for (const WallFigure& f : figures) {
        TileFigure t;
        t.value = locale.toString(f.value);
        t.status = statusOf(f.level);
        switch (f.id) {
        case WallFigureId::OrdersInFlight:
            t.title = tr("Orders in flight");
            break;
        case WallFigureId::StuckPastSla:
            t.title = tr("Stuck past SLA");
            t.detail = tr("%n failed", nullptr, int(blockers.failed));
            if (!blockedMoney.isEmpty())
                t.detail += QLatin1Char('\n') + blockedMoney.join(QLatin1Char('\n'));
            break;
        case WallFigureId::OpenExceptions:
            t.title = tr("Open exceptions");
            break;
        case WallFigureId::ErpBacklog:
            t.title = tr("ERP backlog");
            break;
        case WallFigureId::EventsPerMinute:
            t.title = tr("Events/min");
            break;
        }
        // Amber and red read without colour too: the status's symbol leads the title.
        if (t.status)
            t.title = statusStyle(*t.status, isDarkTheme()).glyph + QLatin1Char(' ') + t.title;
        m_tiles.at(int(f.id))->setFigure(t);
    }
    setLabelText(m_blockersTitle, blockers.top.isEmpty()
                                      ? tr("What is blocking revenue")
                                      : tr("What is blocking revenue: the top %n by value", nullptr, int(blockers.top.size())));
    m_model->setBlockers(blockers.top, blockers.judgedAt);
    m_table->setVisible(!blockers.top.isEmpty());
    m_empty->setVisible(blockers.top.isEmpty());
}

} // namespace ct
