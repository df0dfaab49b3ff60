#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace ct {

// The right-hand pane: facts about the selected item as label/value rows. Values are plain text,
// selectable, and monospace where they are ids or hashes. Escape hides it; its width is kept.
class DetailPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailPane(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void clear();
    // No rows shown (a placeholder does not count).
    bool isEmpty() const;
    void addRow(const QString& label, const QString& value, bool monospace = false);
    void showPlaceholder(const QString& text);

private:
    QLabel* m_title;
    QLabel* m_placeholder;
    QFormLayout* m_form;
};

} // namespace ct
