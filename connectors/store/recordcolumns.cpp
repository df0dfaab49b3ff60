#include "recordcolumns.h"

#include "uuid.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QRandomGenerator>

namespace ct {

QString newRowKey()
{
    static QAtomicInteger<quint64> counter;
    return uuidV7(QDateTime::currentMSecsSinceEpoch(), counter.fetchAndAddRelaxed(1) + 1,
                  QRandomGenerator::global()->generate64());
}

} // namespace ct
