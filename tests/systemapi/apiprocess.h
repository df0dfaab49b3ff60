#pragma once

#include "serverprocess.h"

namespace ct::test {

// `ctower demo --serve-apis 127.0.0.1:0 …`: the mock system APIs on a free loopback port.
class ApiProcess : public ServerProcess {
public:
    explicit ApiProcess(const QStringList& args, const QProcessEnvironment& extra = {})
        : ServerProcess(QStringList{QStringLiteral("demo"), QStringLiteral("--serve-apis"), QStringLiteral("127.0.0.1:0")}
                            + args,
                        extra)
    {
    }
    // stdout and stderr so far.
    QByteArray everything() { return output() + errors(); }
};

} // namespace ct::test
