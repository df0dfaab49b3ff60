#pragma once

#include "keyeditems.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;

namespace ct {

class Sparkline;

// One system's line on the events-per-minute tile.
struct SystemRate {
    QString system;
    QList<qint64> perMinute;  // oldest first
    QString rate;             // the figure beside the sparkline, formatted
};

// The Overview tile of event rates: one line per system (its name, a sparkline, its rate), in the
// order given. A system's line is built when the system first appears and updated in place after.
class EventRatesTile : public QFrame {
    Q_OBJECT
public:
    explicit EventRatesTile(const QString& title, QWidget* parent = nullptr);

    void setRates(const QList<SystemRate>& rates);

private:
    struct Line {
        QLabel* system = nullptr;
        Sparkline* sparkline = nullptr;
        QLabel* rate = nullptr;
    };
    Line makeLine(const QString& system);
    void placeLines();

    QGridLayout* m_grid;
    KeyedItems<Line> m_lines;
};

} // namespace ct
