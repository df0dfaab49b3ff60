#include "refreshsummary.h"

#include <QCoreApplication>

namespace ct {
namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(RefreshSummary)
};

} // namespace

RefreshShare refreshShare(const RefreshProgress& progress)
{
    RefreshShare share;
    for (const SystemProgress& s : progress.systems) {
        share.done += s.done;
        share.total += s.total;
    }
    return share;
}

QString refreshSummary(const RefreshOutcome& outcome)
{
    const RefreshProgress& p = outcome.progress;
    QStringList failing;
    for (const SystemProgress& s : p.systems) {
        if (s.errors > 0)
            failing << Text::tr("%1: %n error(s)", "", int(s.errors)).arg(s.system);
    }
    QString text = p.cancelled
        ? Text::tr("Refresh cancelled: %n position(s) written", "", int(outcome.written))
        : Text::tr("Refreshed %n position(s) from the systems", "", int(outcome.written));
    if (!failing.isEmpty())
        text += QStringLiteral("; ") + failing.join(QStringLiteral(", "));
    return text;
}

QStringList refreshDetails(const RefreshProgress& progress)
{
    QStringList lines;
    for (const SystemProgress& s : progress.systems) {
        lines << Text::tr("%1: %2 of %3 requests answered, %4 positions read, %5 retries, %6 rate-limit waits")
                     .arg(s.system)
                     .arg(s.done)
                     .arg(s.total)
                     .arg(s.positions)
                     .arg(s.retries)
                     .arg(s.rateLimited);
        for (const QString& e : s.firstErrors)
            lines << QStringLiteral("  ") + e;
        if (s.errors > s.firstErrors.size())
            lines << Text::tr("  … and %n more", "", int(s.errors - s.firstErrors.size()));
    }
    return lines;
}

} // namespace ct
