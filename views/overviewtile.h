#pragma once

#include "statuspalette.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace ct {

// What one Overview tile shows.
struct TileFigure {
    QString title;
    QString value;
    QString detail;                  // one or more lines beneath the value; none when empty
    std::optional<UiStatus> status;  // colours the value; none leaves it in the text colour
};

// An Overview tile: a title, a large value with its status and a muted detail, all plain text. It is
// built once and updated in place: setFigure() touches only what changed, and a click opens the
// tile's page.
class OverviewTile : public QFrame {
    Q_OBJECT
public:
    // pageId: the page a click opens; empty for a tile that opens nothing.
    explicit OverviewTile(const QString& pageId, QWidget* parent = nullptr);

    QString pageId() const { return m_pageId; }
    void setFigure(const TileFigure& figure);

Q_SIGNALS:
    void activated(const QString& pageId);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void setStatus(std::optional<UiStatus> status);

    QString m_pageId;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
    std::optional<UiStatus> m_status;
};

} // namespace ct
