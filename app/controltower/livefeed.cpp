#include "livefeed.h"

#include "changecoalescer.h"
#include "mainwindow.h"
#include "store/storechangefeed.h"

namespace ct::app {

std::unique_ptr<ChangeFeed> followChanges(MainWindow& window, const QString& storeUrl)
{
    auto location = StoreLocation::parse(storeUrl);
    if (!location)
        return nullptr;
    auto feed = openChangeFeed(location.value());
    auto* coalescer = new ChangeCoalescer(100, feed.get());
    QObject::connect(feed.get(), &ChangeFeed::changed, coalescer, &ChangeCoalescer::add);
    QObject::connect(feed.get(), &ChangeFeed::resynced, coalescer, &ChangeCoalescer::addResync);
    QObject::connect(coalescer, &ChangeCoalescer::changed, &window, &MainWindow::storeChanged);
    QObject::connect(feed.get(), &ChangeFeed::stateChanged, &window, &MainWindow::setFeedState);
    feed->start();
    return feed;
}

} // namespace ct::app
