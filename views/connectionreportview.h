#pragma once

#include "connectiontest.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace ct {

// The answer of a connection test, one line per part (store, AMQP, management API): a status glyph
// and word in the palette's colour, then what answered or why not, as plain text.
class ConnectionReportView : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionReportView(QWidget* parent = nullptr);

    // Every part "testing…", or "not tested yet".
    void showRunning();
    void showNotTested();
    void showCheck(const ConnectionCheck& check);
    // The line of one part as shown (for tests and accessibility).
    QString lineText(ConnectionCheck::Part part) const;

private:
    QLabel* labelOf(ConnectionCheck::Part part) const;

    QFormLayout* m_form;
    QList<QLabel*> m_lines; // by ConnectionCheck::Part
};

} // namespace ct
