#pragma once

#include "failedmessagequery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace ct {

// The Exceptions page's filters: free text (ids and queues exactly, reason, headers and payload
// by content), state, error class and how long ago the messages last failed.
class FailureFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FailureFilterBar(QWidget* parent = nullptr);

    // The filters as a query, the time range placed before `now`.
    FailedMessageQuery query(Timestamp now) const;
    // What the page opens on: the open messages, those snoozed past `now` left out.
    static FailedMessageQuery openMessages(Timestamp now);
    bool openOnly() const;
    // Whether every filter is as the page opens: open messages, any class, any time, no text.
    bool isDefault() const;
    // Every state, the other filters kept; changed() is not emitted.
    void showAllStates();
    // Shows everything about one thing: the text set, any state, any time.
    void showEverythingAbout(const QString& text);

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_text;
    QComboBox* m_state;
    QComboBox* m_errorClass;
    QComboBox* m_range;
};

} // namespace ct
