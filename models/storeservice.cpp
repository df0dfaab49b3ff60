#include "storeservice.h"

namespace ct {

StoreService::StoreService(StoreServiceOptions options, QObject* parent)
    : QObject(parent)
    , m_replies(new QObject(this))
    , m_readers(std::make_unique<StoreLane>(QStringLiteral("ct-read"), std::move(options.openReader), options.readers,
                                            options.statementTimeoutMs))
{
    if (options.openWriter)
        m_writer = std::make_unique<StoreLane>(QStringLiteral("ct-write"), std::move(options.openWriter), 1,
                                               options.statementTimeoutMs);
}

StoreService::StoreService(StoreOpener openReader, QObject* parent)
    : StoreService(StoreServiceOptions{std::move(openReader), {}}, parent)
{
}

StoreService::~StoreService()
{
    if (m_writer)
        m_writer->shutdown();
    m_readers->shutdown();
}

} // namespace ct
