#include "systemapiconfig.h"

namespace ct::systemapi {

QString parseForcedFault(const QString& text, ForcedFault* fault)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString kind = text.left(equals);
    const QString path = text.mid(equals + 1);
    static const QList<QPair<QString, ForcedFault::Kind>> kinds{
        {QStringLiteral("malformed"), ForcedFault::Kind::Malformed},
        {QStringLiteral("redirect"), ForcedFault::Kind::Redirect},
        {QStringLiteral("slow"), ForcedFault::Kind::Slow},
        {QStringLiteral("error"), ForcedFault::Kind::Error},
    };
    const auto known = std::find_if(kinds.cbegin(), kinds.cend(), [&](const auto& k) { return k.first == kind; });
    if (equals < 0 || known == kinds.cend())
        return QStringLiteral("--api-fault takes KIND=PATH with KIND one of malformed, redirect, slow, error, not \"%1\"")
            .arg(text);
    const bool plainPath = path.startsWith(QLatin1Char('/')) && path.size() > 1 && !path.endsWith(QLatin1Char('/'))
        && !path.contains(QLatin1Char('?')) && !path.contains(QLatin1Char('#'))
        && std::none_of(path.cbegin(), path.cend(), [](QChar c) { return c.isSpace(); });
    if (!plainPath)
        return QStringLiteral("--api-fault needs a path such as /pos/inventory/ST-003 (no query, no trailing \"/\"), "
                              "not \"%1\"")
            .arg(path);
    fault->kind = known->second;
    fault->pathPrefix = path;
    return {};
}

} // namespace ct::systemapi
