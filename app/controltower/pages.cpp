#include "pages.h"

#include "auditpage.h"
#include "connectionspage.h"
#include "exceptionspage.h"
#include "flowdefinitions.h"
#include "integrationpage.h"
#include "inventorypage.h"
#include "lineagepage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "payloads/protobufpayloaddecoder.h"
#include "postingpage.h"
#include "sessionrole.h"
#include "storeinfo.h"
#include "slapage.h"

namespace ct::app {

void addPages(MainWindow& window, StoreService* service, const RunbookSource* runbooks,
              const ConnectionServices& connectionServices, SessionRole* session)
{
    auto* connections = new ConnectionsPage(service, connectionServices);
    QObject::connect(connections, &ConnectionsPage::storeInfoAvailable, &window, &MainWindow::setStoreInfo);
    QObject::connect(connections, &ConnectionsPage::storeInfoAvailable, session,
                     [session](const StoreInfo& info) { session->setGranted(info.grantedRole); });
    QObject::connect(connections, &ConnectionsPage::storeFailed, &window, &MainWindow::setStoreError);
    QString flowsError; // the built-in templates are checked by tests; a bad one leaves the library empty
    const FlowLibrary& flows = FlowLibrary::builtIn(&flowsError);
    const QList<PostingStage> postings = postingStages(flows);
    static const ProtobufPayloadDecoder payloadDecoder;  // stateless; outlives every page
    auto* exceptions = new ExceptionsPage(service, &payloadDecoder, runbooks);
    exceptions->setConnectionServices(connectionServices);
    auto* inventory = new InventoryPage(service);
    inventory->setRefresher(connectionServices.positions);
    const QList<Page*> pages{new OverviewPage(service, postings), new LineagePage(service, &payloadDecoder),
                             exceptions, inventory,
                            new SlaPage(service, flows), new IntegrationPage(service, flows),
                            new PostingPage(service, postings), new AuditPage(service), connections};
    for (Page* page : pages) {
        page->setSessionRole(session);
        window.addPage(page);
    }
    window.showPage(pages.constFirst()->pageId());
    for (Page* page : pages)
        page->reload();
}

} // namespace ct::app
