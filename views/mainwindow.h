#pragma once

#include "changecoalescer.h"
#include "changefeed.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QStackedWidget;

namespace ct {

class NavigationRail;
class Page;
class PageHeader;
struct StoreInfo;

// The frame: navigation rail, page header with the global search, the pages, the status bar. It
// composes pages and forwards between them; it holds no page logic of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    void addPage(Page* page);
    QList<Page*> pages() const { return m_pages; }
    Page* page(const QString& pageId) const;
    void showPage(const QString& pageId);
    void setStoreInfo(const StoreInfo& info);
    void setStoreError(const QString& sentence);

    // Live: the store changed. The page on screen reads again at once; the others when shown, or
    // within a few seconds (their badges and header figures).
    void storeChanged(const ChangeDigest& digest);
    void setFeedState(ChangeFeed::State state, const QString& detail);
    // A control of the app's own at the right of the status bar.
    void addStatusControl(QWidget* control);

private:
    void updateHeader();
    void updateChangeLabel();
    void refreshStalePages();
    void searchCorrelation(const QString& text);

    NavigationRail* m_rail;
    PageHeader* m_header;
    QStackedWidget* m_stack;
    QLabel* m_storeLabel;
    QLabel* m_changeLabel;
    QLabel* m_feedLabel;
    QTimer m_staleSweep;
    Timestamp m_lastChange;
    qint64 m_lastChangeEvents = 0;
    QList<Page*> m_pages;
};

} // namespace ct
