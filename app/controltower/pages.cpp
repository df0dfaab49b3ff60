#include "pages.h"

#include "auditpage.h"
#include "connectionspage.h"
#include "exceptionspage.h"
#include "flowlibrary.h"
#include "inventorypage.h"
#include "lineagepage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "postingpage.h"
#include "slapage.h"

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

// Every stage's promise relative to its cause, the order-to-cash ERP posting first.
QList<SlaDefinition> slaDefinitions()
{
    QString error;
    QList<SlaDefinition> slas;
    for (const FlowTemplate& flow : FlowLibrary::builtIn(&error).flows()) {
        for (const FlowStage& stage : flow.stages()) {
            if (stage.cause >= 0 && stage.slaS > 0)
                slas.append({flow.id(), flow.stage(stage.cause).id, stage.id, stage.slaS});
        }
    }
    std::stable_partition(slas.begin(), slas.end(), [](const SlaDefinition& s) {
        return s.flow == QLatin1String("order-to-cash") && s.toStage == QLatin1String("erp-post");
    });
    return slas;
}

} // namespace

void addPages(MainWindow& window, StoreService* service)
{
    auto* connections = new ConnectionsPage(service);
    QObject::connect(connections, &ConnectionsPage::storeInfoAvailable, &window, &MainWindow::setStoreInfo);
    QObject::connect(connections, &ConnectionsPage::storeFailed, &window, &MainWindow::setStoreError);
    const QList<PostingStage> postings = postingStages();
    const QList<Page*> pages{new OverviewPage(service, postings), new LineagePage(service), new ExceptionsPage(service), new InventoryPage(service),
                            new SlaPage(service, slaDefinitions()),
                            new PostingPage(service, postings), new AuditPage(service), connections};
    for (Page* page : pages)
        window.addPage(page);
    window.showPage(pages.constFirst()->pageId());
    for (Page* page : pages)
        page->reload();
}

} // namespace ct::app
