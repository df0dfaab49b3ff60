#include "deltacause.h"

#include "flowtemplate.h"

#include <QCoreApplication>

namespace ct {
namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(DeltaCause)
};

QString signedQuantity(qint64 q)
{
    return q > 0 ? QStringLiteral("+%1").arg(q) : QString::number(q);
}

} // namespace

void DeltaCause::blame(const TransactionStages& stages, int laggingStage, Timestamp now)
{
    if (laggingStage < 0)
        return;
    stage = stages.flow().stage(laggingStage).id;
    stageName = stages.flow().stage(laggingStage).displayName();
    const StageBlame b = stages.blame(laggingStage, now);
    kind = b.kind;
    blockingStage = b.stage;
    blockingName = b.name;
    failedEventId = b.failedEventId;
    dueAt = b.dueAt;
}

const char* deltaCauseKindName(DeltaCause::Kind kind)
{
    switch (kind) {
    case DeltaCause::Kind::Failed:
        return "failed";
    case DeltaCause::Kind::Stopped:
        return "stopped";
    case DeltaCause::Kind::Overdue:
        return "overdue";
    case DeltaCause::Kind::Pending:
        return "pending";
    }
    return "pending";
}

QString signedPrice(qint64 minor)
{
    return QString::asprintf("%+.2f", double(minor) / 100.0);
}

QString describeCause(const DeltaCause& c, QString (*timeText)(Timestamp), QString (*quantityText)(qint64))
{
    const QString q = quantityText ? quantityText(c.quantity) : signedQuantity(c.quantity);
    switch (c.kind) {
    case DeltaCause::Kind::Failed:
        return Text::tr("%1 of %2 failed, so %3 has not taken it over (%4)").arg(c.blockingName, c.correlationId, c.laggingSystem, q);
    case DeltaCause::Kind::Stopped:
        return Text::tr("%1 of %2 failed, so %3 never came and %4 has not taken it over (%5)")
            .arg(c.blockingName, c.correlationId, c.stageName, c.laggingSystem, q);
    case DeltaCause::Kind::Overdue:
        return Text::tr("%1 of %2 is overdue since %3, so %4 has not taken it over (%5)")
            .arg(c.blockingName, c.correlationId, timeText ? timeText(c.dueAt) : c.dueAt.toIso(), c.laggingSystem, q);
    case DeltaCause::Kind::Pending:
        return Text::tr("%1 of %2 is on its way, so %3 has not taken it over yet (%4)")
            .arg(c.blockingName, c.correlationId, c.laggingSystem, q);
    }
    return {};
}

} // namespace ct
