#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ct {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(80, 18);
}

void Sparkline::setValues(const QList<qint64>& values)
{
    if (values == m_values)
        return;  // a refresh that changed nothing here repaints nothing
    m_values = values;
    update();
}

void Sparkline::paintEvent(QPaintEvent*)
{
    if (m_values.size() < 2)
        return;
    const qint64 top = qMax<qint64>(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    const QRectF r = QRectF(rect()).adjusted(1, 2, -1, -2);
    QPainterPath path;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF p(r.left() + r.width() * i / (m_values.size() - 1),
                        r.bottom() - r.height() * double(m_values.at(i)) / double(top));
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
}

} // namespace ct
