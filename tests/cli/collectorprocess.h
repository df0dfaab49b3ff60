#pragma once

#include "serverprocess.h"

namespace ct::test {

// `ctower collect` on a store, listening on a free loopback port.
class CollectorProcess : public ServerProcess {
public:
    explicit CollectorProcess(const QString& storeUrl, const QStringList& extra = {})
        : ServerProcess(QStringList{QStringLiteral("collect"), QStringLiteral("--store"), storeUrl,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                        + extra)
    {
    }
};

} // namespace ct::test
