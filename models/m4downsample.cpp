#include "m4downsample.h"

#include <algorithm>

namespace ct {

QList<QPointF> m4Downsample(const QPointF* points, qsizetype count, double xMin, double xMax, int columns)
{
    QList<QPointF> out;
    if (count <= 0 || columns <= 0 || !(xMax > xMin))
        return out;
    const QPointF* begin = std::lower_bound(points, points + count, xMin,
                                            [](const QPointF& p, double x) { return p.x() < x; });
    const QPointF* end = std::upper_bound(begin, points + count, xMax,
                                          [](double x, const QPointF& p) { return x < p.x(); });
    if (end - begin <= qsizetype(columns) * 4) {
        out.reserve(end - begin);
        for (const QPointF* p = begin; p != end; ++p)
            out.append(*p);
        return out;
    }
    out.reserve(qsizetype(columns) * 4);
    const double width = (xMax - xMin) / double(columns);
    const QPointF* p = begin;
    for (int column = int((p->x() - xMin) / width); p != end; ++column) {
        // Where this column ends: the last one takes xMax too. One comparison per point.
        const double limit = column + 1 >= columns ? xMax : xMin + width * double(column + 1);
        if (p->x() >= limit && column + 1 < columns)
            continue;
        const QPointF* first = p;
        const QPointF* low = p;
        const QPointF* high = p;
        for (++p; p != end && (p->x() < limit || column + 1 >= columns); ++p) {
            if (p->y() < low->y())
                low = p;
            else if (p->y() > high->y())
                high = p;
        }
        const QPointF* last = p - 1;
        // The four in x order, each once.
        const QPointF* kept[4] = {first, low, high, last};
        std::sort(std::begin(kept), std::end(kept));
        const QPointF* previous = nullptr;
        for (const QPointF* k : kept) {
            if (k != previous)
                out.append(*k);
            previous = k;
        }
    }
    return out;
}

} // namespace ct
