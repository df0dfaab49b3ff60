#include "runbooks.h"

#include "configfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ct {
namespace {

bool isAny(const QString& pattern)
{
    return pattern.isEmpty() || pattern == QLatin1String("*");
}

bool matchesQueue(const QString& pattern, const QString& queue)
{
    if (isAny(pattern))
        return true;
    if (!pattern.contains(QLatin1Char('*')))
        return pattern == queue;
    const QRegularExpression re(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(pattern).replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
    return re.match(queue).hasMatch();
}

// Higher is more specific.
int specificity(const Runbook& r)
{
    int score = 0;
    if (!isAny(r.queue))
        score += r.queue.contains(QLatin1Char('*')) ? 1000 + int(r.queue.size()) : 100000;
    if (!isAny(r.errorClass))
        score += 10;
    return score;
}

} // namespace

RunbookLibrary RunbookLibrary::fromJson(const QByteArray& json, QString* error)
{
    error->clear();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("the runbooks are not a JSON object (%1)").arg(parse.errorString());
        return {};
    }
    const QJsonValue list = doc.object().value(QLatin1String("runbooks"));
    if (!list.isArray()) {
        *error = QStringLiteral("the runbooks have no \"runbooks\" array");
        return {};
    }
    QList<Runbook> runbooks;
    int index = 0;
    for (const QJsonValue& v : list.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        Runbook r;
        r.queue = o.value(QLatin1String("queue")).toString();
        r.errorClass = o.value(QLatin1String("error_class")).toString();
        r.title = o.value(QLatin1String("title")).toString();
        r.check = o.value(QLatin1String("check")).toString();
        r.replaySafeWhen = o.value(QLatin1String("replay_safe_when")).toString();
        r.contact = o.value(QLatin1String("contact")).toString();
        const QString link = o.value(QLatin1String("link")).toString();
        if (!v.isObject() || r.title.isEmpty()) {
            *error = QStringLiteral("runbook %1 has no title").arg(index);
            return {};
        }
        if (!link.isEmpty()) {
            r.link = QUrl(link, QUrl::StrictMode);
            const QString scheme = r.link.scheme();
            if (!r.link.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
                *error = QStringLiteral("runbook %1 (%2): the link must be an http or https address").arg(index).arg(r.title);
                return {};
            }
        }
        runbooks.append(r);
    }
    return RunbookLibrary(runbooks);
}

RunbookLibrary RunbookLibrary::fromFile(const QString& path, QString* error)
{
    return readConfigFile<RunbookLibrary>(path, &RunbookLibrary::fromJson, error);
}

RunbookSource loadRunbooks(const QString& path)
{
    RunbookSource source;
    source.origin = path;
    if (source.origin.isEmpty()) {
        source.origin = QStandardPaths::locate(QStandardPaths::GenericConfigLocation,
                                               QStringLiteral("controltower/runbooks.json"));
    }
    if (source.origin.isEmpty())
        source.origin = QStringLiteral(":/controltower/runbooks.json");
    source.library = RunbookLibrary::fromFile(source.origin, &source.error);
    return source;
}

const Runbook* RunbookLibrary::find(const QString& queue, const QString& errorClass) const
{
    const Runbook* best = nullptr;
    int bestScore = -1;
    for (const Runbook& r : m_runbooks) {
        if (!matchesQueue(r.queue, queue) || (!isAny(r.errorClass) && r.errorClass != errorClass))
            continue;
        const int score = specificity(r);
        if (score > bestScore) {
            best = &r;
            bestScore = score;
        }
    }
    return best;
}

} // namespace ct
