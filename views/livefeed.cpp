#include "livefeed.h"

#include "changecoalescer.h"
#include "changefeed.h"
#include "mainwindow.h"

namespace ct {

void followChanges(MainWindow& window, ChangeFeed& feed)
{
    auto* coalescer = new ChangeCoalescer(100, &feed);
    QObject::connect(&feed, &ChangeFeed::changed, coalescer, &ChangeCoalescer::add);
    QObject::connect(&feed, &ChangeFeed::resynced, coalescer, &ChangeCoalescer::addResync);
    QObject::connect(coalescer, &ChangeCoalescer::changed, &window, &MainWindow::storeChanged);
    QObject::connect(&feed, &ChangeFeed::stateChanged, &window, &MainWindow::setFeedState);
    feed.start();
}

} // namespace ct
