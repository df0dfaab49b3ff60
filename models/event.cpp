#include "event.h"

namespace ct {

const char* eventStatusCode(EventStatus status)
{
    switch (status) {
    case EventStatus::Ok:
        return "ok";
    case EventStatus::Failed:
        return "failed";
    case EventStatus::Retrying:
        return "retrying";
    case EventStatus::Skipped:
        return "skipped";
    }
    return "ok";
}

QString eventStatusName(EventStatus status)
{
    return QString::fromLatin1(eventStatusCode(status));
}

std::optional<EventStatus> eventStatusFromName(QStringView name)
{
    for (auto s : {EventStatus::Ok, EventStatus::Failed, EventStatus::Retrying, EventStatus::Skipped}) {
        if (name == eventStatusName(s))
            return s;
    }
    return std::nullopt;
}

} // namespace ct
