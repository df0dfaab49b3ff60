#include "mismatchheatmapview.h"

#include "mismatchheatmapmodel.h"
#include "statuspalette.h"
#include "theme.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {
namespace {

// Tints a cell from the base colour towards the warning colour by its heat; the text stays readable.
class HeatDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const double heat = index.data(MismatchHeatmapModel::HeatRole).toDouble();
        const bool any = !index.data(Qt::DisplayRole).toString().isEmpty();
        QStyleOptionViewItem opt = option;
        if (any) {
            const bool dark = isDarkTheme();
            QColor tint = statusStyle(UiStatus::Warning, dark).colour;
            tint.setAlphaF(float(0.12 + 0.78 * heat));
            painter->fillRect(option.rect, tint);
            if (heat > 0.55)
                opt.palette.setColor(QPalette::Text, Qt::white);
        }
        opt.state &= ~QStyle::State_HasFocus;
        QStyledItemDelegate::paint(painter, opt, index);
    }
};

} // namespace

MismatchHeatmapView::MismatchHeatmapView(QWidget* parent)
    : QWidget(parent)
    , m_model(new MismatchHeatmapModel(this))
    , m_measure(new QComboBox(this))
    , m_table(new QTableView(this))
{
    m_measure->addItem(tr("Heatmap: SKUs that differ"), int(MismatchHeatmapModel::Measure::Count));
    m_measure->addItem(tr("Heatmap: value at cost"), int(MismatchHeatmapModel::Measure::ValueAtCost));
    m_measure->setToolTip(tr("What a cell's colour and figure show"));
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMeasure(MismatchHeatmapModel::Measure(m_measure->currentData().toInt()));
    });
    m_table->setObjectName(QStringLiteral("heatmap"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HeatDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    // Narrower padding than other tables' headers, so that "NORTH" fits a column of 48 px.
    m_table->horizontalHeader()->setStyleSheet(QStringLiteral("QHeaderView::section { padding: 2px 1px; }"));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setCornerButtonEnabled(false);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT cellChosen(index.data(MismatchHeatmapModel::NodeRole).toString(),
                          index.data(MismatchHeatmapModel::SystemRole).toString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void MismatchHeatmapView::setHeatmap(const MismatchHeatmap& map)
{
    m_model->setHeatmap(map);
    fitHeight();
}

void MismatchHeatmapView::fitHeight()
{
    // Every system in view without a vertical scroll bar; a horizontal one only when the nodes need it.
    const int rows = m_model->rowCount();
    const int nodesWidth = m_model->columnCount() * m_table->horizontalHeader()->minimumSectionSize();
    const bool scrolls = nodesWidth > m_table->width() - m_table->verticalHeader()->width() - 2 * m_table->frameWidth();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth() + (scrolls ? m_table->horizontalScrollBar()->sizeHint().height() : 0));
}

void MismatchHeatmapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

} // namespace ct
