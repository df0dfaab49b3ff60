#pragma once

#include <QLabel>

namespace ct {

// A one-line plain-text label whose text shrinks to fit its width instead of wrapping or widening
// the layout: a large figure such as "12,345" on a narrow wall-screen tile stays one number.
class FitLabel : public QLabel {
    Q_OBJECT
public:
    explicit FitLabel(const QString& objectName, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace ct
