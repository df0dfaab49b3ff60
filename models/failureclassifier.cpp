#include "failureclassifier.h"

#include <QLatin1String>


namespace ct {

QString classifyFailure(QStringView deathReason, QStringView errorText)
{
    // The first class whose words the text contains; the order puts the specific before the general.
    struct ClassWords {
        const char* errorClass;
        const char* const* words; // ends with nullptr
    };
    static constexpr const char* schema[] = {"schema", "validat", "malformed", "parse", "deserializ", "invalid",
                                             "missing required", nullptr};
    static constexpr const char* routing[] = {"unroutable", "no route", "routing", "no binding", "unknown queue",
                                              "not found", nullptr};
    static constexpr const char* timeout[] = {"timeout", "timed out", "unavailable", "connection refused", "503",
                                              "deadline", nullptr};
    static constexpr const char* duplicate[] = {"duplicate", "already exists", "already posted", "already processed",
                                                "idempot", "conflict", nullptr};
    static constexpr const char* business[] = {"blocked", "closed", "not allowed", "insufficient", "rule",
                                               "rejected by", "declined", "exceeds", "deficit", "not maintained",
                                               "not open", "on hold", "credit hold", "disabled", nullptr};
    static constexpr ClassWords classes[] = {{"schema_validation", schema},
                                             {"routing", routing},
                                             {"downstream_timeout", timeout},
                                             {"duplicate", duplicate},
                                             {"business_rule", business}};
    for (const ClassWords& c : classes) {
        for (const char* const* word = c.words; *word; ++word) {
            if (errorText.contains(QLatin1String(*word), Qt::CaseInsensitive))
                return QLatin1String(c.errorClass);
        }
    }
    if (deathReason == QLatin1String("expired") || deathReason == QLatin1String("maxlen"))
        return QStringLiteral("downstream_timeout");
    return QStringLiteral("unknown");
}

} // namespace ct
