#pragma once

#include "simulator/demorun.h"
#include "store/storefactory.h"

#include <QTemporaryDir>

namespace ct::test {

// A small demo store (one day, four stores) in a temporary folder, for tests of models and pages.
class DemoStoreFixture {
public:
    // Fills the store; returns the error sentence, or empty.
    QString create()
    {
        QString error;
        SimulationConfig config = SimulationConfig::withDefaults(&error);
        config.days = 1;
        config.ordersPerDay = 300;
        config.salesPerStorePerDay = 40;
        config.stores = 4;
        config.skus = 100;
        auto store = openStore(path(), OpenMode::ReadWrite);
        if (!store)
            return store.error().text;
        auto filled = fillWithDemo(*store.value(), config, false);
        return filled ? QString() : filled.error().text;
    }
    QString path() const { return m_dir.filePath(QStringLiteral("demo.db")); }

private:
    QTemporaryDir m_dir;
};

} // namespace ct::test
