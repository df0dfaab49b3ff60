// A writer in another process, for the live tests: adds COUNT failed messages (and the failing
// events) to the store at URL, each newer than the last, in one batch.
//   ct_test_storewriter URL COUNT PREFIX
#include "store/storefactory.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace ct;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const int count = args.at(2).toInt();
    const QString prefix = args.at(3);
    auto store = openStore(args.at(1), OpenMode::ReadWrite);
    if (!store) {
        QTextStream(stderr) << store.error().text << '\n';
        return 1;
    }
    const Timestamp now = Timestamp::now();
    IngestBatch batch;
    for (int i = 0; i < count; ++i) {
        FailedMessage m;
        m.key = uuidV7(quint64(now.micros() / 1000 + i), quint64(i), 11);
        m.messageId = prefix + QStringLiteral("-msg-") + QString::number(i);
        m.correlationId = prefix + QStringLiteral("-ORD-") + QString::number(i);
        m.broker = QStringLiteral("rabbitmq");
        m.queue = QStringLiteral("erp.sales-orders.dlq");
        m.deathReason = QStringLiteral("rejected");
        m.firstDeathAt = m.lastDeathAt = now.plusSeconds(i);
        m.errorClass = QStringLiteral("business_rule");
        m.errorText = QStringLiteral("fiscal period closed");
        batch.failedMessages << m;
    }
    auto r = store.value()->ingest(batch);
    if (!r) {
        QTextStream(stderr) << r.error().text << '\n';
        return 1;
    }
    return 0;
}
