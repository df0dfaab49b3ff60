#include "fitlabel.h"

#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace ct {

FitLabel::FitLabel(const QString& objectName, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QSize FitLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

void FitLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    QFont f = font();
    const int wide = QFontMetrics(f).horizontalAdvance(text());
    if (wide > area.width() && area.width() > 0) {
        const qreal size = f.pointSizeF() > 0 ? f.pointSizeF() : qreal(f.pixelSize());
        const qreal scaled = std::max<qreal>(1, size * area.width() / wide);
        if (f.pointSizeF() > 0)
            f.setPointSizeF(scaled);
        else
            f.setPixelSize(int(scaled));
    }
    painter.setFont(f);
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), text(), foregroundRole());
}

} // namespace ct
