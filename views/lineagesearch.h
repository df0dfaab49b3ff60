#pragma once

#include "businesskeyreader.h"
#include "storeticket.h"

#include <QTimer>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTreeWidget;

namespace ct {

class StoreService;

// The Lineage page's search: a correlation id, order number, event or message id, or business keys
// ("SKU-001181 ST-014"), with prefix completion of the last key from the store (off the GUI thread)
// and the recent searches; and, when keys name several transactions, the list to pick one from.
class LineageSearch : public QWidget {
    Q_OBJECT
public:
    explicit LineageSearch(StoreService* service, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_edit; }
    // Shows what is being looked up (asked from elsewhere, e.g. the global search) and remembers it.
    void setSearch(const QString& text);
    // Transactions that the keys asked for touched, newest first; empty hides the list.
    void showCandidates(const QString& asked, const QList<KeyedTransaction>& candidates);
    // The recent searches, newest first (QSettings "lineage/recentSearches").
    static QStringList recentSearches();
    static constexpr int kRecentSearches = 10;

Q_SIGNALS:
    void searchRequested(const QString& text);
    void transactionChosen(const QString& correlationId);

protected:
    // With the box empty, focusing it offers the recent searches.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void remember(const QString& text);
    void askForCompletions();
    void offer(const QStringList& texts);

    StoreService* m_service;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStringListModel* m_offered;
    QLabel* m_candidateTitle;
    QTreeWidget* m_candidates;
    QTimer m_debounce;
    StoreTicket m_completing;
};

} // namespace ct
