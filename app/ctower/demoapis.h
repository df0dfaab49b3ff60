#pragma once

#include "cli.h"

#include "simulator/simulationconfig.h"

namespace ct::cli {

// `ctower demo --serve-apis HOST:PORT`: the estate's positions served by mock system HTTP APIs
// (connectors/systemapi/README.md) until SIGINT or SIGTERM.
void addServeApisOptions(QCommandLineParser& parser);
// The first --api-* option given, for the usage error when --serve-apis is not; empty when none is.
QString apiOptionGiven(const QCommandLineParser& parser);
int serveDemoApis(Command& command, const SimulationConfig& config);

} // namespace ct::cli
