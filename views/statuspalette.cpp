#include "statuspalette.h"

#include <QCoreApplication>

namespace ct {

StatusStyle statusStyle(UiStatus status, bool darkTheme)
{
    switch (status) {
    case UiStatus::Ok:
        return {darkTheme ? QColor(0x4c, 0xc2, 0x7a) : QColor(0x1e, 0x7f, 0x4a),
                QCoreApplication::translate("StatusPalette", "OK"), QStringLiteral("\u2713")};
    case UiStatus::Warning:
        return {darkTheme ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xa8, 0x65, 0x00),
                QCoreApplication::translate("StatusPalette", "Warning"), QStringLiteral("\u25b2")};
    case UiStatus::Failed:
        return {darkTheme ? QColor(0xf2, 0x6b, 0x6b) : QColor(0xb3, 0x26, 0x1e),
                QCoreApplication::translate("StatusPalette", "Failed"), QStringLiteral("\u2717")};
    case UiStatus::Stale:
        return {darkTheme ? QColor(0x9a, 0xa4, 0xb0) : QColor(0x6b, 0x73, 0x7c),
                QCoreApplication::translate("StatusPalette", "Unknown"), QStringLiteral("?")};
    case UiStatus::InProgress:
        return {darkTheme ? QColor(0x6c, 0xa8, 0xf0) : QColor(0x1f, 0x5f, 0xb4),
                QCoreApplication::translate("StatusPalette", "In progress"), QStringLiteral("\u25cb")};
    }
    return {};
}

} // namespace ct
