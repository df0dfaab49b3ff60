#pragma once

#include "postingledger.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace ct {

// The Posting page's filter bar: kind, state and currency (the choices the postings offer), and the
// export of every posting that matches.
class PostingFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit PostingFilterBar(QWidget* parent = nullptr);

    // The kinds and currencies the postings hold; a choice made before stays while still offered.
    void setFacets(const QStringList& kinds, const QStringList& currencies);
    PostingFilter filter() const;
    // While an export runs its button is off and says so.
    void setExporting(bool running);

Q_SIGNALS:
    void filterChanged();
    void exportRequested();

private:
    QComboBox* m_kind;
    QComboBox* m_state;
    QComboBox* m_currency;
    QPushButton* m_export;
};

} // namespace ct
