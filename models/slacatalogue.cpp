#include "slacatalogue.h"

#include "configfile.h"

#include <QFile>
#include <QJsonArray>

#include <cmath>

namespace ct {
namespace {

constexpr double kLongestThresholdSeconds = 30 * 86400.0;

const FlowStage* stageOf(const FlowTemplate& flow, const QString& id)
{
    const int at = flow.stageIndex(id);
    return at < 0 ? nullptr : &flow.stage(at);
}

} // namespace

QList<SlaDefinition> slasFromJson(const QByteArray& json, QString* error)
{
    const auto root = configObject(json, QStringLiteral("the SLAs are not a JSON object"), error);
    if (!root)
        return {};
    const QJsonValue list = root->value(QLatin1String("slas"));
    if (!list.isArray()) {
        *error = QStringLiteral("the SLAs have no \"slas\" array");
        return {};
    }
    QList<SlaDefinition> slas;
    int index = 0;
    for (const QJsonValue& v : list.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        SlaDefinition sla;
        sla.id = o.value(QLatin1String("id")).toString();
        sla.name = o.value(QLatin1String("name")).toString();
        sla.flow = o.value(QLatin1String("flow")).toString();
        sla.fromStage = o.value(QLatin1String("from")).toString();
        sla.toStage = o.value(QLatin1String("to")).toString();
        sla.thresholdSeconds = o.value(QLatin1String("threshold_s")).toDouble(-1);
        if (!v.isObject() || sla.id.isEmpty() || sla.flow.isEmpty() || sla.fromStage.isEmpty() || sla.toStage.isEmpty()
            || sla.thresholdSeconds <= 0) {
            *error = QStringLiteral("SLA %1 needs an id, a flow, \"from\" and \"to\" stages and a threshold_s above 0")
                         .arg(index);
            return {};
        }
        if (findSla(slas, sla.id)) {
            *error = QStringLiteral("SLA %1: the id %2 is taken by an earlier one").arg(index).arg(sla.id);
            return {};
        }
        if (sla.name.isEmpty())
            sla.name = sla.id;
        slas.append(sla);
    }
    return slas;
}

const QList<SlaDefinition>& builtInSlas(QString* error)
{
    static QString problem;
    static const QList<SlaDefinition> slas = [] {
        QFile file(QStringLiteral(":/controltower/slas.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            problem = QStringLiteral("the built-in SLAs cannot be read");
            return QList<SlaDefinition>();
        }
        return slasFromJson(file.readAll(), &problem);
    }();
    *error = problem;
    return slas;
}

QList<SlaDefinition> mergeSlas(const QList<SlaDefinition>& builtIn, const QList<SlaDefinition>& stored)
{
    QList<SlaDefinition> out = builtIn;
    for (const SlaDefinition& s : stored) {
        bool replaced = false;
        for (SlaDefinition& b : out) {
            if (b.id == s.id) {
                b = s;
                replaced = true;
            }
        }
        if (!replaced)
            out.append(s);
    }
    return out;
}

QString slaProblem(const SlaDefinition& sla, const FlowLibrary& library)
{
    if (sla.id.trimmed().isEmpty() || sla.name.trimmed().isEmpty())
        return QStringLiteral("an SLA needs an id and a name");
    if (!std::isfinite(sla.thresholdSeconds) || sla.thresholdSeconds <= 0)
        return QStringLiteral("the threshold of %1 must be above zero").arg(sla.name);
    if (sla.thresholdSeconds > kLongestThresholdSeconds)
        return QStringLiteral("the threshold of %1 must be at most 30 days").arg(sla.name);
    const FlowTemplate* flow = library.find(sla.flow);
    if (!flow)
        return QStringLiteral("%1: there is no flow %2").arg(sla.name, sla.flow);
    const FlowStage* to = stageOf(*flow, sla.toStage);
    const FlowStage* from = stageOf(*flow, sla.fromStage);
    if (!to || !from)
        return QStringLiteral("%1: the flow %2 has no stage %3")
            .arg(sla.name, sla.flow, to ? sla.fromStage : sla.toStage);
    if (to->cause < 0 || flow->stage(to->cause).id != sla.fromStage)
        return QStringLiteral("%1: in %2, %3 is not caused by %4; an SLA measures a stage from its cause")
            .arg(sla.name, sla.flow, sla.toStage, sla.fromStage);
    return {};
}

StagePair slaPair(const SlaDefinition& sla)
{
    return {sla.flow, sla.fromStage, sla.toStage};
}

std::optional<StagePair> arrivalPair(const SlaDefinition& sla, const FlowLibrary& library)
{
    const FlowTemplate* flow = library.find(sla.flow);
    if (!flow)
        return std::nullopt;
    const FlowStage* from = stageOf(*flow, sla.fromStage);
    if (!from || from->cause < 0)
        return std::nullopt;
    return StagePair{sla.flow, flow->stage(from->cause).id, sla.fromStage};
}

const SlaDefinition* findSla(const QList<SlaDefinition>& slas, const QString& id)
{
    for (const SlaDefinition& s : slas) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace ct
