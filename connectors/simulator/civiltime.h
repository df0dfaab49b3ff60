#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace ct {

// Calendar arithmetic on microseconds since the epoch (UTC) without QDateTime: payload writing formats
// several times per event, and QDateTime's formatting would dominate the simulator's run time.
struct CivilTime {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    int micro = 0;

    static CivilTime fromMicros(qint64 us);
};

// 2026-11-02T00:00:00.000000Z, the form of every time in the project's JSON.
void appendIsoTime(QByteArray& out, qint64 us);
// 2026-10 (the fiscal period of a posting).
QByteArray yearMonth(qint64 us);

} // namespace ct
