#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace ct {

// The content of a store, counted. No paths, sizes or times: equal content gives equal JSON bytes.
struct StoreStats {
    QMap<QString, qint64> tables;
    QMap<QString, qint64> eventsByFlow;
    QMap<QString, qint64> eventsByStatus;
    QMap<QString, qint64> failedByErrorClass;
    QMap<QString, qint64> failedByState;
    QMap<QString, qint64> faultsByClass;

    QJsonObject toJson() const;
    // The plain-text form `ctower stats` prints.
    QString toText() const;
};

} // namespace ct
