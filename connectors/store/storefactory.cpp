#include "storefactory.h"

#include "postgresstore.h"
#include "sqlitestore.h"

namespace ct {

Expected<std::unique_ptr<TelemetryStore>> openStore(const StoreLocation& location, OpenMode mode)
{
    if (location.engine == StoreLocation::Engine::Postgres)
        return PostgresStore::open(location, mode);
    return SqliteStore::open(location, mode);
}

Expected<std::unique_ptr<TelemetryStore>> openStore(const QString& url, OpenMode mode)
{
    auto location = StoreLocation::parse(url);
    if (!location)
        return location.error();
    return openStore(location.value(), mode);
}

} // namespace ct
