#include "pages.h"

#include "auditpage.h"
#include "connectionspage.h"
#include "exceptionspage.h"
#include "inventorypage.h"
#include "lineagepage.h"
#include "mainwindow.h"
#include "postingpage.h"
#include "simulator/flowlibrary.h"

namespace ct::app {

namespace {

// The ledger postings the flow templates declare, each with the stage that precedes it.
QList<PostingStage> postingStages()
{
    QString error;
    QList<PostingStage> stages;
    for (const FlowTemplate& flow : FlowLibrary::builtIn(&error).flows()) {
        for (const FlowStage& stage : flow.stages()) {
            if (!stage.posting.isEmpty() && stage.cause >= 0)
                stages.append({flow.id(), stage.id, flow.stage(stage.cause).id, stage.posting});
        }
    }
    return stages;
}

} // namespace

void addPages(MainWindow& window, StoreService* service)
{
    auto* connections = new ConnectionsPage(service);
    QObject::connect(connections, &ConnectionsPage::storeInfoAvailable, &window, &MainWindow::setStoreInfo);
    QObject::connect(connections, &ConnectionsPage::storeFailed, &window, &MainWindow::setStoreError);
    const QList<Page*> pages{new LineagePage(service), new ExceptionsPage(service), new InventoryPage(service),
                            new PostingPage(service, postingStages()), new AuditPage(service), connections};
    for (Page* page : pages)
        window.addPage(page);
    window.showPage(pages.constFirst()->pageId());
    for (Page* page : pages)
        page->reload();
}

} // namespace ct::app
