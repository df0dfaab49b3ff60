#include "mainwindow.h"

#include "navigationrail.h"
#include "page.h"
#include "pageheader.h"
#include "statuspalette.h"
#include "statusproperty.h"
#include "storeinfo.h"
#include "timeformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace ct {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_rail(new NavigationRail(this))
    , m_header(new PageHeader(this))
    , m_stack(new QStackedWidget(this))
    , m_storeLabel(new QLabel(this))
    , m_changeLabel(new QLabel(this))
    , m_feedLabel(new QLabel(this))
{
    setWindowTitle(tr("Control Tower"));
    setWindowIcon(QIcon(QStringLiteral(":/controltower/icons/controltower.svg")));
    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_rail);
    auto* column = new QVBoxLayout;
    column->setSpacing(0);
    column->addWidget(m_header);
    column->addWidget(m_stack, 1);
    row->addLayout(column, 1);
    setCentralWidget(central);

    for (QLabel* label : {m_storeLabel, m_feedLabel, m_changeLabel}) {
        label->setTextFormat(Qt::PlainText);
        statusBar()->addWidget(label);
    }
    m_feedLabel->setObjectName(QStringLiteral("feedState"));
    m_changeLabel->setObjectName(QStringLiteral("lastChange"));
    m_staleSweep.setInterval(5000);
    connect(&m_staleSweep, &QTimer::timeout, this, &MainWindow::refreshStalePages);
    m_staleSweep.start();
    m_storeLabel->setText(tr("Opening the store…"));

    connect(m_rail, &NavigationRail::pageSelected, this, &MainWindow::showPage);
    connect(m_header, &PageHeader::searchRequested, this, &MainWindow::searchCorrelation);
    auto* search = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(search, &QShortcut::activated, this, [this] {
        QLineEdit* box = m_header->searchBox();
        if (auto* p = qobject_cast<Page*>(m_stack->currentWidget()); p && p->ownSearchBox())
            box = p->ownSearchBox();
        box->setFocus(Qt::ShortcutFocusReason);
        box->selectAll();
    });
}

void MainWindow::addPage(Page* page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_rail->addPage(page->pageId(), page->icon(), page->title());
    const int index = int(m_pages.size());
    if (index <= 9) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, id = page->pageId()] { showPage(id); });
    }
    connect(page, &Page::keyFiguresChanged, this, [this, page] {
        m_rail->setBadge(page->pageId(), page->badge());
        if (m_stack->currentWidget() == page)
            updateHeader();
    });
    connect(page, &Page::openCorrelation, this, &MainWindow::searchCorrelation);
    connect(page, &Page::openPage, this, [this](const QString& id, const QString& filter) {
        showPage(id);
        if (Page* target = this->page(id); target && !filter.isEmpty())
            target->focusOn(filter);
    });
    connect(page, &Page::openItem, this, [this](const QString& id, const QString& filter, const QString& itemKey) {
        showPage(id);
        if (Page* target = this->page(id))
            target->focusOnItem(filter, itemKey);
    });
}

Page* MainWindow::page(const QString& pageId) const
{
    for (Page* p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

void MainWindow::showPage(const QString& pageId)
{
    Page* p = page(pageId);
    if (!p)
        return;
    m_stack->setCurrentWidget(p);
    m_rail->selectPage(pageId);
    updateHeader();
    if (p->isStale())
        p->refresh();
}

void MainWindow::storeChanged(const ChangeDigest& digest)
{
    m_lastChange = digest.at;
    m_lastChangeEvents = digest.events;
    updateChangeLabel();
    for (Page* p : std::as_const(m_pages)) {
        if (p == m_stack->currentWidget())
            p->refresh();
        else
            p->markStale();
    }
}

void MainWindow::addStatusControl(QWidget* control)
{
    statusBar()->addPermanentWidget(control);
}

void MainWindow::refreshStalePages()
{
    for (Page* p : std::as_const(m_pages)) {
        if (p->isStale())
            p->refresh();
    }
    updateChangeLabel();  // "12 s ago" moves on
}

void MainWindow::updateChangeLabel()
{
    if (m_lastChange.isNull())
        return;
    const QLocale locale;
    const QString when = relativeTime(m_lastChange, Timestamp::now());
    m_changeLabel->setText(m_lastChangeEvents > 0
                               ? tr("Last change %1 (+%2 events)").arg(when, locale.toString(m_lastChangeEvents))
                               : tr("Last change %1").arg(when));
    m_changeLabel->setToolTip(absoluteTime(m_lastChange));
}

void MainWindow::setFeedState(ChangeFeed::State state, const QString& detail)
{
    switch (state) {
    case ChangeFeed::State::Connecting:
        m_feedLabel->setText(tr("○ Connecting to the change feed…"));
        break;
    case ChangeFeed::State::Live:
        m_feedLabel->setText(tr("● Live"));
        break;
    case ChangeFeed::State::Reconnecting:
        m_feedLabel->setText(detail.isEmpty() ? tr("◌ Reconnecting…") : tr("◌ Reconnecting (%1)…").arg(detail));
        break;
    }
    setStatusProperty(m_feedLabel, state == ChangeFeed::State::Live ? UiStatus::Ok : UiStatus::Warning);
}

void MainWindow::updateHeader()
{
    auto* p = qobject_cast<Page*>(m_stack->currentWidget());
    if (!p)
        return;
    m_header->setTitle(p->title());
    m_header->setFigures(p->keyFigures());
    m_header->searchBox()->setVisible(!p->ownSearchBox());
}

void MainWindow::searchCorrelation(const QString& text)
{
    showPage(QStringLiteral("lineage"));
    if (Page* lineage = page(QStringLiteral("lineage")))
        lineage->focusOn(text);
}

void MainWindow::setStoreInfo(const StoreInfo& info)
{
    const QLocale locale;
    m_storeLabel->setText(tr("Store: %1 (%2, %3)")
                              .arg(info.location, info.engine,
                                   locale.formattedDataSize(info.sizeBytes, 1, QLocale::DataSizeTraditionalFormat)));
    if (m_lastChange.isNull() || info.lastChangeAt > m_lastChange) {
        m_lastChange = info.lastChangeAt;
        m_lastChangeEvents = 0;
        updateChangeLabel();
    }
}

void MainWindow::setStoreError(const QString& sentence)
{
    m_storeLabel->setText(tr("Store unavailable: %1").arg(sentence));
}

} // namespace ct
