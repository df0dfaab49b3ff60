#pragma once

#include <QList>
#include <QWidget>

namespace ct {

// A small line of values (e.g. events per minute), drawn to fit; no axes, it shows a shape.
class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);
    void setValues(const QList<qint64>& values);
    const QList<qint64>& values() const { return m_values; }
    QSize sizeHint() const override { return {120, 22}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<qint64> m_values;
};

} // namespace ct
