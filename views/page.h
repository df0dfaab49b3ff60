#pragma once

#include "keyfigure.h"
#include "storeservice.h"

#include <QIcon>
#include <QList>
#include <QWidget>

class QLineEdit;

namespace ct {

class SessionRole;

// One entry of the navigation rail. A page owns its filter bar, table or chart and detail pane, asks
// the StoreService for its data, and says when what it shows is complete (ready()).
class Page : public QWidget {
    Q_OBJECT
public:
    Page(const QString& pageId, StoreService* service, QWidget* parent = nullptr);

    QString pageId() const { return m_pageId; }
    virtual QString title() const = 0;
    QIcon icon() const;
    const QList<KeyFigure>& keyFigures() const { return m_figures; }
    // A count for the navigation rail's badge (e.g. open exceptions); 0 hides it.
    int badge() const { return m_badge; }
    bool isReady() const { return m_ready; }
    // Whether the page shows its first useful data yet (its main figures or table); parts read after
    // it (an incident feed, a quality scan) may still be loading until ready().
    bool hasFirstData() const { return m_firstData; }

    // Fetches fresh data; ready() follows once it is shown (or an empty or error state is).
    virtual void reload() = 0;
    // The store changed: reads again and updates in place, keeping selection, sort, filter and
    // scroll. One read at a time: a change during a read makes one more read after it.
    void refresh();
    // Changed while hidden: refreshed when shown.
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }
    // Narrows the page to one thing: a correlation id on Lineage, a filter elsewhere.
    virtual void focusOn(const QString& filter) { Q_UNUSED(filter) }
    // Narrows the page like focusOn() and selects one item of the result by its key (e.g. one failed
    // message among the deaths of its message id); pages without items to select just narrow.
    virtual void focusOnItem(const QString& filter, const QString& itemKey)
    {
        Q_UNUSED(itemKey)
        focusOn(filter);
    }
    // A page with a search box of its own (Lineage): the header's global search hides while it is
    // shown, and Ctrl+K goes to this one, so the window never shows two boxes that search the same.
    virtual QLineEdit* ownSearchBox() const { return nullptr; }
    // Other views of the page a snapshot also shows (e.g. the Overview's wall screen), by name.
    virtual QStringList snapshotViews() const { return {}; }
    // Shows one of snapshotViews(); an empty name goes back to the page's usual view.
    virtual void showSnapshotView(const QString& view) { Q_UNUSED(view) }
    // The role the app acts in, for a page that acts or unmasks (it outlives the page).
    virtual void setSessionRole(SessionRole* session) { Q_UNUSED(session) }

Q_SIGNALS:
    void ready();
    void firstDataShown();
    void keyFiguresChanged();
    void openCorrelation(const QString& correlationId);
    void openPage(const QString& pageId, const QString& filter);
    void openItem(const QString& pageId, const QString& filter, const QString& itemKey);

protected:
    StoreService* service() const { return m_service; }
    // Reads the page's data off the GUI thread; a newer load supersedes the one still running.
    template <typename R>
    void load(StoreService::Work<R> work, StoreService::Done<R> done)
    {
        m_loading = m_service->read<R>(this, std::move(work), std::move(done));
    }
    void setKeyFigures(const QList<KeyFigure>& figures, int badge = 0);
    void markLoading()
    {
        m_ready = false;
        m_firstData = false;
    }
    // The page shows its main data; the rest follows before markReady() (which implies this).
    void markFirstData();
    void markReady();
    // The read under way is a refresh: keep showing what is there until its answer arrives.
    bool isQuiet() const { return m_quiet; }

private:
    QString m_pageId;
    StoreService* m_service;
    StoreTicket m_loading;
    QList<KeyFigure> m_figures;
    int m_badge = 0;
    bool m_ready = false;
    bool m_firstData = false;
    bool m_quiet = false;
    bool m_stale = false;
    bool m_refreshPending = false;
};

} // namespace ct
