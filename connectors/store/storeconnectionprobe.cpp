#include "storeconnectionprobe.h"

#include "storefactory.h"

#include <QtConcurrent>

namespace ct {

void StoreConnectionProbe::testStore(const QString& url, const QString& password, Done done)
{
    QtConcurrent::run([url, password]() -> Expected<StoreInfo> {
        auto location = StoreLocation::parse(url);
        if (!location)
            return location.error();
        if (location->password.isEmpty())
            location->password = password;
        auto store = openStore(location.value(), OpenMode::ReadOnly);
        if (!store)
            return store.error();
        return store.value()->info();
    }).then(this, [done = std::move(done)](const Expected<StoreInfo>& info) { done(info); });
}

} // namespace ct
