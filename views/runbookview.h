#pragma once

#include "runbooks.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ct {

// The runbook for the selected failed message's queue and error class: what to check, when a replay
// is safe, whom to call, and a button to the full page. Plain text throughout.
class RunbookView : public QWidget {
    Q_OBJECT
public:
    explicit RunbookView(const RunbookSource* source, QWidget* parent = nullptr);

    // Shows the runbook for this failure; returns its title (empty: none applies).
    QString showFor(const QString& queue, const QString& errorClass);

private:
    const RunbookSource* m_source;
    QLabel* m_title;
    QPlainTextEdit* m_text;
    QPushButton* m_open;
    QUrl m_link;
};

} // namespace ct
