#pragma once

#include "simulator/demorun.h"
#include "simulator/simulationconfig.h"
#include "store/storefactory.h"

#include <QCommandLineOption>
#include <QTemporaryDir>

#include <cstdio>

namespace ct::bench {

// Window benchmarks render offscreen unless a platform was chosen.
inline void preferOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline QCommandLineOption storeOption()
{
    return QCommandLineOption(QStringLiteral("store"), QStringLiteral("Store URL (default: a fresh demo store)."),
                              QStringLiteral("URL"));
}

// The store a window benchmark measures: the one given (--store), else a fresh default demo store
// in `dir`. Empty when it cannot be filled (said on stderr).
inline QString storeToMeasure(const QString& given, const QTemporaryDir& dir)
{
    if (!given.isEmpty())
        return given;
    const QString url = dir.filePath(QStringLiteral("demo.db"));
    QString error;
    std::fprintf(stderr, "filling the default demo store…\n");
    auto store = openStore(url, OpenMode::ReadWrite);
    if (!store || !fillWithDemo(*store.value(), SimulationConfig::withDefaults(&error), true)) {
        std::fprintf(stderr, "cannot fill the demo store\n");
        return {};
    }
    return url;
}

} // namespace ct::bench
