#include "failureclassifier.h"

#include <QLatin1String>

#include <array>
#include <utility>

namespace ct {

QString classifyFailure(QStringView deathReason, QStringView errorText)
{
    // The first class whose words the text contains; the order puts the specific before the general.
    static const std::array<std::pair<const char*, std::array<const char*, 6>>, 5> words{{
        {"schema_validation", {"schema", "validat", "malformed", "parse", "deserializ", "invalid"}},
        {"routing", {"unroutable", "no route", "routing", "no binding", "unknown queue", "not found"}},
        {"downstream_timeout", {"timeout", "timed out", "unavailable", "connection refused", "503", "deadline"}},
        {"duplicate", {"duplicate", "already exists", "already posted", "already processed", "idempot", "conflict"}},
        {"business_rule", {"blocked", "closed", "not allowed", "insufficient", "rule", "rejected by"}},
    }};
    for (const auto& [errorClass, needles] : words) {
        for (const char* needle : needles) {
            if (errorText.contains(QLatin1String(needle), Qt::CaseInsensitive))
                return QLatin1String(errorClass);
        }
    }
    if (deathReason == QLatin1String("expired") || deathReason == QLatin1String("maxlen"))
        return QStringLiteral("downstream_timeout");
    return QStringLiteral("unknown");
}

} // namespace ct
