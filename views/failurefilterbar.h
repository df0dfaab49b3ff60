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
    bool openOnly() const;
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
