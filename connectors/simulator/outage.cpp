#include "outage.h"

#include "flowlibrary.h"
#include "nodekind.h"

#include <QSet>

namespace ct {
namespace {

bool holds(const Outage& o, const QString& system, const QString& source)
{
    return o.system == system || o.system == source;
}

} // namespace

QStringList estateSystems(const FlowLibrary& library)
{
    QSet<QString> systems;
    for (const FlowTemplate& flow : library.flows())
        for (const FlowStage& stage : flow.stages())
            for (int kind = 0; kind < kNodeKinds; ++kind)
                if (!stage.systemAt(NodeKind(kind)).isEmpty())
                    systems.insert(stage.systemAt(NodeKind(kind)));
    QStringList sorted(systems.cbegin(), systems.cend());
    sorted.sort();
    return sorted;
}

std::optional<Outage> parseOutage(const QString& text, const QStringList& systems, QString* error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const qsizetype slash = text.indexOf(QLatin1Char('/'), equals + 1);
    if (equals <= 0 || slash < 0) {
        *error = QStringLiteral("an outage is SYSTEM=START/END with ISO 8601 times "
                                "(e.g. erp=2026-11-01T10:00:00Z/2026-11-01T12:00:00Z), not \"%1\"")
                     .arg(text);
        return std::nullopt;
    }
    Outage o;
    o.system = text.left(equals).trimmed();
    const QString system = o.system.section(QLatin1Char('.'), 0, 0);
    if (!systems.contains(system)) {
        *error = QStringLiteral("unknown system \"%1\" in outage \"%2\"; the systems are %3")
                     .arg(o.system, text, systems.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QString startText = text.mid(equals + 1, slash - equals - 1).trimmed();
    const QString endText = text.mid(slash + 1).trimmed();
    const auto start = Timestamp::fromIso(startText);
    const auto end = Timestamp::fromIso(endText);
    if (!start || !end) {
        *error = QStringLiteral("the outage \"%1\" needs ISO 8601 times with a zone (2026-11-01T10:00:00Z), not \"%2\"")
                     .arg(text, !start ? startText : endText);
        return std::nullopt;
    }
    if (*end <= *start) {
        *error = QStringLiteral("the outage \"%1\" must end after it starts").arg(text);
        return std::nullopt;
    }
    o.start = *start;
    o.end = *end;
    error->clear();
    return o;
}

Timestamp afterOutages(const QList<Outage>& outages, const QString& system, const QString& source, Timestamp at)
{
    // A stage pushed past one outage may land in a later one of the same system: at most one pass each.
    for (qsizetype pass = 0; pass < outages.size(); ++pass) {
        bool moved = false;
        for (const Outage& o : outages) {
            if (!holds(o, system, source) || at < o.start || at >= o.end)
                continue;
            const double waited = double(at.micros() - o.start.micros()) * kOutageDrainRatio;
            at = o.end.plusMicros(qint64(waited));
            moved = true;
        }
        if (!moved)
            break;
    }
    return at;
}

} // namespace ct
