#pragma once

#include "injectedfault.h"
#include "recordcolumns.h"

namespace ct {

// The injected_faults ledger of the simulated estate.
inline constexpr std::tuple kInjectedFaultColumns{
    column::Text<InjectedFault>{"correlation_id", &InjectedFault::correlationId},
    column::Text<InjectedFault>{"fault_class", &InjectedFault::faultClass},
    column::Text<InjectedFault>{"flow", &InjectedFault::flow},
    column::Text<InjectedFault>{"stage", &InjectedFault::stage},
    column::Text<InjectedFault>{"system", &InjectedFault::system},
    column::Text<InjectedFault>{"event_id", &InjectedFault::eventId},
    column::Text<InjectedFault>{"sku", &InjectedFault::sku},
    column::Text<InjectedFault>{"node", &InjectedFault::node},
    column::OptionalInteger<InjectedFault>{"quantity", &InjectedFault::quantity},
    column::Text<InjectedFault>{"detail", &InjectedFault::detail},
};

using InjectedFaultColumns = RecordColumns<InjectedFault, kInjectedFaultColumns>;

} // namespace ct
