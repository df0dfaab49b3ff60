#pragma once

#include "keyfigure.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace ct {

// The strip above every page: its title, its key numbers, and the global correlation-id search.
class PageHeader : public QWidget {
    Q_OBJECT
public:
    explicit PageHeader(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setFigures(const QList<KeyFigure>& figures);
    QLineEdit* searchBox() const { return m_search; }

Q_SIGNALS:
    void searchRequested(const QString& text);

private:
    struct FigureBox {
        QWidget* box = nullptr;
        QLabel* value = nullptr;
        QLabel* label = nullptr;
    };
    QLabel* m_title;
    QHBoxLayout* m_figures;
    QList<FigureBox> m_boxes;
    QLineEdit* m_search;
};

} // namespace ct
