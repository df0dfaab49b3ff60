#include "rangeoptions.h"

namespace ct::cli {
namespace {

std::optional<qint64> bucketSeconds(const QString& text)
{
    if (text == QLatin1String("1m"))
        return 60;
    if (text == QLatin1String("5m"))
        return 300;
    if (text == QLatin1String("1h"))
        return 3600;
    return std::nullopt;
}

} // namespace

RangeOptions::RangeOptions(Command& command)
    : m_command(command)
{
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("since"), QStringLiteral("From this time (ISO 8601; default 24 h before --until)."),
                 QStringLiteral("ISO8601")});
    p.addOption({QStringLiteral("until"), QStringLiteral("Up to this time (ISO 8601; default the newest event)."),
                 QStringLiteral("ISO8601")});
    p.addOption({QStringLiteral("bucket"), QStringLiteral("Bucket width: 1m, 5m (default) or 1h."), QStringLiteral("1m|5m|1h")});
}

bool RangeOptions::read(int* exitCode)
{
    QCommandLineParser& p = m_command.parser();
    const std::optional<qint64> bucket = bucketSeconds(p.isSet(QStringLiteral("bucket")) ? p.value(QStringLiteral("bucket"))
                                                                                         : QStringLiteral("5m"));
    if (!bucket) {
        *exitCode = m_command.usageError(QStringLiteral("--bucket is 1m, 5m or 1h, not \"%1\"").arg(p.value(QStringLiteral("bucket"))));
        return false;
    }
    m_bucketSeconds = *bucket;
    for (auto [name, value] : {std::pair{QStringLiteral("since"), &m_since}, {QStringLiteral("until"), &m_until}}) {
        if (!p.isSet(name))
            continue;
        *value = Timestamp::fromIso(p.value(name));
        if (!*value) {
            *exitCode = m_command.usageError(
                QStringLiteral("--%1 must be an ISO 8601 time with a zone (2026-11-02T10:00:00Z), not \"%2\"").arg(name, p.value(name)));
            return false;
        }
    }
    return true;
}

std::optional<SlaRange> RangeOptions::range(TelemetryStore& store, qint64 defaultSpanSeconds, int* exitCode)
{
    std::optional<Timestamp> until = m_until;
    if (!until) {
        auto newest = store.newestEventAt();
        if (!newest) {
            *exitCode = m_command.fail(newest.error());
            return std::nullopt;
        }
        until = newest->isNull() ? Timestamp::now() : newest.value();
    }
    if (m_since && *m_since >= *until) {
        *exitCode = m_command.usageError(QStringLiteral("--since must come before --until"));
        return std::nullopt;
    }
    const qint64 span = m_since ? qMax<qint64>(1, (until->micros() - m_since->micros()) / 1'000'000) : defaultSpanSeconds;
    // --until is exclusive: the bucket that starts at it is not in the range.
    const Timestamp last = m_until ? until->plusMicros(-1) : *until;
    return SlaRange::ending(last, span, m_bucketSeconds);
}

} // namespace ct::cli
