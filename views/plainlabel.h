#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace ct {

// A word-wrapped label that shows its text exactly as written: data is never rendered as rich text.
QLabel* makePlainLabel(const QString& text, const QString& objectName, QWidget* parent);

// Sets a label's text unless it already shows that text, so that a refresh which changes one figure
// lays out and repaints one label (QLabel skips an equal text today, but does not promise to).
void setLabelText(QLabel* label, const QString& text);

} // namespace ct
