#pragma once

#include "messagehistory.h"

#include <QTableWidget>

namespace ct {

// A failed message's history as a table, oldest first: when, what, who, the result and the detail.
class MessageHistoryView : public QTableWidget {
    Q_OBJECT
public:
    explicit MessageHistoryView(QWidget* parent = nullptr);

    void showHistory(const QList<HistoryItem>& items);
};

} // namespace ct
