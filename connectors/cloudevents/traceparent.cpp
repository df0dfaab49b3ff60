#include "traceparent.h"

namespace ct::cloudevents {
namespace {

// True when text[from, from + count) is lower-case hex; `nonZero` is set when any digit is not '0'.
bool isLowerHex(QStringView text, qsizetype from, qsizetype count, bool* nonZero = nullptr)
{
    bool any = false;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
        any = any || c != '0';
    }
    if (nonZero)
        *nonZero = any;
    return true;
}

} // namespace

std::optional<QString> traceIdOf(QStringView traceparent)
{
    // 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
    constexpr qsizetype length = 55, traceAt = 3, traceLength = 32, parentAt = 36, parentLength = 16,
                        flagsAt = 53;
    if (traceparent.size() != length || traceparent[0] != QLatin1Char('0') ||
        traceparent[1] != QLatin1Char('0') || traceparent[2] != QLatin1Char('-') ||
        traceparent[35] != QLatin1Char('-') || traceparent[52] != QLatin1Char('-'))
        return std::nullopt;
    bool traceNonZero = false;
    bool parentNonZero = false;
    if (!isLowerHex(traceparent, traceAt, traceLength, &traceNonZero) ||
        !isLowerHex(traceparent, parentAt, parentLength, &parentNonZero) ||
        !isLowerHex(traceparent, flagsAt, 2) || !traceNonZero || !parentNonZero)
        return std::nullopt;
    return traceparent.sliced(traceAt, traceLength).toString();
}

} // namespace ct::cloudevents
