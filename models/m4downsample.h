#pragma once

#include <QList>
#include <QPointF>

namespace ct {

// M4 downsampling (Jugel et al., VLDB 2014): of points sorted by x, keep in each of `columns` equal
// columns of [xMin, xMax] (column c spans [xMin + c·w, xMin + (c+1)·w), w the width / columns; the
// last one includes xMax) the first, the last, the lowest and the highest, in x order. A line drawn
// through what is kept at `columns` pixels wide covers the same pixels as one through every point, so
// a chart draws at most four points per pixel column however many it is given. Points outside
// [xMin, xMax] are left out; fewer than 4 * columns points come back as they are.
QList<QPointF> m4Downsample(const QPointF* points, qsizetype count, double xMin, double xMax, int columns);
inline QList<QPointF> m4Downsample(const QList<QPointF>& points, double xMin, double xMax, int columns)
{
    return m4Downsample(points.constData(), points.size(), xMin, xMax, columns);
}

} // namespace ct
