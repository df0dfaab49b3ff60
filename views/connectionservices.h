#pragma once

#include <QString>

namespace ct {

class BrokerProbe;
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

    bool isComplete() const { return secrets && store && broker && !profilesPath.isEmpty(); }
};

} // namespace ct
