#include "uuid.h"

#include <array>

namespace ct {
namespace {

QString format(const std::array<quint8, 16>& b)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    QChar* p = out.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = QLatin1Char('-');
        *p++ = QLatin1Char(hex[b[i] >> 4]);
        *p++ = QLatin1Char(hex[b[i] & 0xf]);
    }
    return out;
}

void putBits(std::array<quint8, 16>& b, int from, quint64 value)
{
    for (int i = 7; i >= 0; --i) {
        b[from + i] = quint8(value & 0xff);
        value >>= 8;
    }
}

} // namespace

QString uuidV7(qint64 unixMillis, quint64 randomA, quint64 randomB)
{
    std::array<quint8, 16> b{};
    const quint64 ms = quint64(unixMillis) & 0xffff'ffff'ffffULL;
    for (int i = 5; i >= 0; --i)
        b[5 - i] = quint8(ms >> (8 * i));
    b[6] = quint8(0x70 | ((randomA >> 8) & 0x0f));
    b[7] = quint8(randomA & 0xff);
    putBits(b, 8, randomB);
    b[8] = quint8(0x80 | (b[8] & 0x3f));
    return format(b);
}

QString uuidV4(quint64 randomA, quint64 randomB)
{
    std::array<quint8, 16> b{};
    putBits(b, 0, randomA);
    putBits(b, 8, randomB);
    b[6] = quint8(0x40 | (b[6] & 0x0f));
    b[8] = quint8(0x80 | (b[8] & 0x3f));
    return format(b);
}

} // namespace ct
