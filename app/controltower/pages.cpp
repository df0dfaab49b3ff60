#include "pages.h"

#include "auditpage.h"
#include "connectionspage.h"
#include "exceptionspage.h"
#include "inventorypage.h"
#include "lineagepage.h"
#include "mainwindow.h"

namespace ct::app {

void addPages(MainWindow& window, StoreService* service)
{
    auto* connections = new ConnectionsPage(service);
    QObject::connect(connections, &ConnectionsPage::storeInfoAvailable, &window, &MainWindow::setStoreInfo);
    QObject::connect(connections, &ConnectionsPage::storeFailed, &window, &MainWindow::setStoreError);
    const QList<Page*> pages{new LineagePage(service), new ExceptionsPage(service), new InventoryPage(service), new AuditPage(service), connections};
    for (Page* page : pages)
        window.addPage(page);
    window.showPage(pages.constFirst()->pageId());
    for (Page* page : pages)
        page->reload();
}

} // namespace ct::app
