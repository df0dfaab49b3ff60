// controltower: the desktop application. Wiring only: arguments, translators, the store service,
// the pages, and either the window or a snapshot run.
#include "amqp/amqpbrokerprobe.h"
#include "appoptions.h"
#include "demostore.h"
#include "demosystems.h"
#include "livedemotoggle.h"
#include "pages.h"
#include "rememberedrole.h"
#include "runbooks.h"

#include "connectionprofiles.h"
#include "connectionservices.h"
#include "deltarules.h"
#include "keychain/keychainsecretstore.h"
#include "positionapi/storepositionrefresher.h"
#include "amqp/amqpreplayrunner.h"
#include "livefeed.h"
#include "mainwindow.h"
#include "page.h"
#include "rolebutton.h"
#include "sessionrole.h"
#include "snapshotrunner.h"
#include "storeservice.h"
#include "store/storechangefeed.h"
#include "store/storeconnectionprobe.h"
#include "store/storefactory.h"
#include "theme.h"
#include "translators.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // A snapshot run needs no display: render offscreen unless a platform was chosen explicitly.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--snapshot") == 0 || qstrncmp(argv[i], "--snapshot=", 11) == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("controltower"));
    QApplication::setOrganizationName(QStringLiteral("controltower"));
    QApplication::setApplicationDisplayName(QStringLiteral("Control Tower"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.controltower.ControlTower"));
    QApplication::setApplicationVersion(QStringLiteral(CT_VERSION));

    ct::app::AppOptions options;
    if (const int rc = options.parse(QApplication::arguments()); rc >= 0)
        return rc;
    ct::app::installTranslators(app, options.language);
    ct::applyTheme(app, options.dark);

    // The Connections page's ports: the keychain, and probes of stores and brokers; they outlive the pages.
    ct::KeychainSecretStore keychain;
    ct::StoreConnectionProbe storeProbe;
    ct::amqp::AmqpBrokerProbe brokerProbe;
    ct::ConnectionServices connections{&keychain, &storeProbe, &brokerProbe, ct::ConnectionProfiles::defaultPath()};
    std::unique_ptr<ct::amqp::AmqpReplayRunner> replayRunner;  // on the store, once it is open
    ct::MainWindow window;
    std::unique_ptr<ct::StoreService> service;
    std::unique_ptr<ct::app::DemoSystems> demoSystems; // the demo store's systems, served on loopback
    std::unique_ptr<ct::StorePositionRefresher> refresher; // the Inventory page's; goes before the service
    std::unique_ptr<ct::SnapshotRunner> snapshots;
    const ct::RunbookSource runbooks = ct::loadRunbooks(options.runbooksFile);
    ct::SessionRole session(ct::app::rememberedRole(options.role));
    ct::app::rememberRoleChoices(session);
    window.addStatusControl(new ct::RoleButton(&session));
    std::unique_ptr<ct::ChangeFeed> feed;

    ct::StoreTicket upgrade;

    // Builds the pages on the store once it exists, then shows the window or takes the snapshots.
    const auto openOn = [&](const QString& url) {
        ct::StoreServiceOptions storeOptions;
        storeOptions.openReader = [url] { return ct::openStore(url, ct::OpenMode::ReadOnly); };
        storeOptions.openWriter = [url] { return ct::openStore(url, ct::OpenMode::ReadWrite); };
        replayRunner = std::make_unique<ct::amqp::AmqpReplayRunner>(storeOptions.openWriter);
        connections.replay = replayRunner.get();
        service = std::make_unique<ct::StoreService>(std::move(storeOptions));
        QString rulesError; // the Inventory page says what is wrong with the rules file
        refresher = std::make_unique<ct::StorePositionRefresher>(
            service.get(), demoSystems ? demoSystems->source() : ct::userSystems(&keychain), ct::DeltaRules::load(&rulesError));
        connections.positions = refresher.get();
        const bool snapshot = !options.snapshotDir.isEmpty();
        if (!snapshot) {
            window.resize(1440, 900);
            window.show();
            // CTOWER_STARTUP_TRACE=1: when the window first painted and when the first page had its data.
            if (qEnvironmentVariableIsSet("CTOWER_STARTUP_TRACE")) {
                QTimer::singleShot(0, &window, [&sinceStart] {
                    QTextStream(stderr) << "startup: window painted after " << sinceStart.elapsed() << " ms\n";
                });
            }
        }
        // The writer's connection opens first: opening read-write brings an older store's schema up
        // to date (where this user may write), before the readers open it.
        upgrade = service->write<bool>(
            &window, [](ct::TelemetryStore&) -> ct::Expected<bool> { return true; },
            [&, url, snapshot](const ct::Expected<bool>&) {
                ct::app::addPages(window, service.get(), &runbooks, connections, &session);
                if (snapshot) {
                    snapshots = std::make_unique<ct::SnapshotRunner>(&window, options.snapshotDir);
                    QObject::connect(snapshots.get(), &ct::SnapshotRunner::finished, &app,
                                     [](bool ok, const QString& message) {
                                         QTextStream(ok ? stdout : stderr) << "controltower --snapshot: " << message << '\n';
                                         QApplication::exit(ok ? 0 : 1);
                                     });
                    snapshots->start();
                    return;
                }
                if (auto location = ct::StoreLocation::parse(url)) {
                    feed = ct::openChangeFeed(location.value());
                    ct::followChanges(window, *feed);
                }
                if (qEnvironmentVariableIsSet("CTOWER_STARTUP_TRACE")) {
                    QObject::connect(window.pages().constFirst(), &ct::Page::ready, &window, [&sinceStart] {
                        QTextStream(stderr) << "startup: first page data after " << sinceStart.elapsed() << " ms\n";
                    }, Qt::SingleShotConnection);
                }
            });
    };

    if (!options.storeUrl.isEmpty()) {
        openOn(options.storeUrl);
    } else {
        demoSystems = std::make_unique<ct::app::DemoSystems>();
        ct::app::ensureDemoStore(&window, !options.snapshotDir.isEmpty(), [&](const QString& url, const QString& error) {
            if (url.isEmpty()) {
                QTextStream(stderr) << "controltower: " << error << '\n';
                QApplication::exit(1);
                return;
            }
            openOn(url);
            if (options.snapshotDir.isEmpty())
                window.addStatusControl(new ct::app::LiveDemoToggle(url));
        });
    }
    return app.exec();
}
