#include "flowlibrary.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace ct {

FlowLibrary::FlowLibrary(QList<FlowTemplate> flows)
    : m_flows(std::move(flows))
{
    std::stable_sort(m_flows.begin(), m_flows.end(),
                     [](const FlowTemplate& a, const FlowTemplate& b) { return a.id() < b.id(); });
}

const QStringList& FlowLibrary::requiredFlows()
{
    static const QStringList ids{QStringLiteral("order-to-cash"),  QStringLiteral("bopis"),
                                 QStringLiteral("store-sale"),     QStringLiteral("return-refund"),
                                 QStringLiteral("inventory-sync"), QStringLiteral("price-promotion"),
                                 QStringLiteral("customer-sync")};
    return ids;
}

const FlowLibrary& FlowLibrary::builtIn(QString* error)
{
    struct Loaded {
        FlowLibrary library;
        QString error;
    };
    static const Loaded loaded = [] {
        Loaded l;
        l.library = load(QStringLiteral(":/controltower/flows"), &l.error);
        return l;
    }();
    *error = loaded.error;
    return loaded.library;
}

FlowLibrary FlowLibrary::load(const QString& directory, QString* error)
{
    error->clear();
    FlowLibrary library;
    // QDir sorts by name, so the library's order never depends on the file system.
    const QFileInfoList files =
        QDir(directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot be read (%2)").arg(info.fileName(), file.errorString());
            return {};
        }
        auto flow = FlowTemplate::fromJson(file.readAll(), info.fileName(), error);
        if (!flow)
            return {};
        if (flow->id() != info.completeBaseName()) {
            *error = QStringLiteral("%1: holds flow \"%2\"; a template's file is named after its flow")
                         .arg(info.fileName(), flow->id());
            return {};
        }
        library.m_flows.append(std::move(*flow));
    }
    for (const QString& id : requiredFlows()) {
        if (!library.find(id)) {
            *error = QStringLiteral("the flow template \"%1\" is missing from %2").arg(id, directory);
            return {};
        }
    }
    return library;
}

const FlowTemplate* FlowLibrary::find(QStringView id) const
{
    for (const FlowTemplate& flow : m_flows) {
        if (flow.id() == id)
            return &flow;
    }
    return nullptr;
}

} // namespace ct
