#pragma once

#include "statuspalette.h"

#include <QString>

namespace ct {

// One of the numbers a page shows in its header: "1,204 orders in flight".
struct KeyFigure {
    KeyFigure(QString v, QString l, UiStatus s = UiStatus::Ok, QString tip = {})
        : value(std::move(v))
        , label(std::move(l))
        , status(s)
        , toolTip(std::move(tip))
    {
    }
    QString value;
    QString label;
    UiStatus status = UiStatus::Ok;
    QString toolTip;
};

} // namespace ct
