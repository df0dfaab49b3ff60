#pragma once

#include <QString>

namespace ct {

class BrokerProbe;
class PositionRefresher;
class ReplayRunner;
class SecretStore;
class StoreProbe;

// What the Connections page needs beyond the store it shows: the ports the application wires in
// (views never include connectors) and the file the profiles are saved in.
struct ConnectionServices {
    SecretStore* secrets = nullptr;
    StoreProbe* store = nullptr;
    BrokerProbe* broker = nullptr;
    QString profilesPath;
    ReplayRunner* replay = nullptr;  // the Exceptions page's replays over a profile's broker
    PositionRefresher* positions = nullptr; // the Inventory page's refresh from the systems' APIs

    bool isComplete() const { return secrets && store && broker && !profilesPath.isEmpty(); }
};

} // namespace ct
