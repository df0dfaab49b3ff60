#pragma once

#include <QWidget>

class QLabel;

namespace ct {

// The designed empty, loading and error states: what is missing, and what to do about it.
class StateView : public QWidget {
    Q_OBJECT
public:
    explicit StateView(QWidget* parent = nullptr);

    void showLoading(const QString& what);
    void showEmpty(const QString& headline, const QString& hint);
    void showError(const QString& headline, const QString& detail);

private:
    void show(const QString& glyph, const QString& headline, const QString& hint);
    QLabel* m_glyph;
    QLabel* m_headline;
    QLabel* m_hint;
};

} // namespace ct
