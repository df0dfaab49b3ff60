#include "choicecombo.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace ct {

bool refillChoices(QComboBox* combo, const QString& all, const QStringList& values)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString& v : values)
        combo->addItem(v, v);  // data text, never markup: a combo shows plain text
    const int keep = combo->findData(chosen);
    combo->setCurrentIndex(qMax(keep, 0));
    return keep < 0 && !chosen.isEmpty();
}

} // namespace ct
