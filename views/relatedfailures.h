#pragma once

#include "failedmessage.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace ct {

// The failed messages of one transaction, newest first: queue, reason and state, each opening the
// Exceptions page on that message (Enter or a double click). Hidden while there are none.
class RelatedFailures : public QWidget {
    Q_OBJECT
public:
    explicit RelatedFailures(QWidget* parent = nullptr);
    void setMessages(const QList<FailedMessage>& messages);
    int count() const { return int(m_messages.size()); }

Q_SIGNALS:
    void messageActivated(const ct::FailedMessage& message);

private:
    QList<FailedMessage> m_messages;
    QLabel* m_title;
    QListWidget* m_list;
};

} // namespace ct
