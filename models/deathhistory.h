#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// One entry of a failed message's death record as the store keeps it (the x-death header in its
// headers JSON): the broker counts the deaths of a message in one queue for one reason.
struct DeathRecord {
    QString queue;
    QString reason;
    QString exchange;
    QStringList routingKeys;
    qint64 count = 1;
    std::optional<Timestamp> time; // the newest of these deaths
};

// The x-death entries of stored headers, newest first as the broker keeps them; nothing when there
// are none or the headers are not a JSON object. Times are seconds since the epoch or ISO 8601 text.
QList<DeathRecord> deathHistoryOf(const QByteArray& headersJson);

// Stored headers as indented JSON with personal data masked (PersonalDataMask::standard()); *masked
// counts the values hidden. Headers that are not a JSON object come back as they are, as text.
QString maskedHeadersText(const QByteArray& headersJson, int* masked = nullptr);

} // namespace ct
