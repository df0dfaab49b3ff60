#include "navigationrail.h"

#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace ct {
namespace {

// Paints the count badge on the right of an entry.
class BadgeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(NavigationRail::BadgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 9999 ? QStringLiteral("9999+") : QLocale().toString(count);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        const QFontMetrics fm(font);
        const int w = qMax(fm.horizontalAdvance(text) + 12, 22);
        const QRect pill(option.rect.right() - w - 10, option.rect.center().y() - 9, w, 18);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(pill, 9, 9);
        painter->setPen(option.palette.color(QPalette::HighlightedText));
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(qMax(s.height(), 40));
        return s;
    }
};

} // namespace

NavigationRail::NavigationRail(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationRail"));
    setItemDelegate(new BadgeDelegate(this));
    setIconSize(QSize(20, 20));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(196);
    setUniformItemSizes(true);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            Q_EMIT pageSelected(item->data(PageIdRole).toString());
    });
}

void NavigationRail::addPage(const QString& pageId, const QIcon& icon, const QString& label)
{
    auto* item = new QListWidgetItem(icon, label, this);
    item->setData(PageIdRole, pageId);
    item->setToolTip(label);
}

QListWidgetItem* NavigationRail::itemFor(const QString& pageId) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(PageIdRole).toString() == pageId)
            return item(i);
    }
    return nullptr;
}

void NavigationRail::setBadge(const QString& pageId, int count)
{
    if (auto* it = itemFor(pageId))
        it->setData(BadgeRole, count);
}

void NavigationRail::selectPage(const QString& pageId)
{
    if (auto* it = itemFor(pageId))
        setCurrentItem(it);
}

QString NavigationRail::currentPageId() const
{
    return currentItem() ? currentItem()->data(PageIdRole).toString() : QString();
}

} // namespace ct
