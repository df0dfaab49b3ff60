#pragma once

#include "statuspalette.h"

#include <QString>

#include <optional>

namespace ct {

// One of the numbers a page shows in its header: "1,204 orders in flight".
struct KeyFigure {
    KeyFigure(QString v, QString l, std::optional<UiStatus> s = std::nullopt, QString tip = {})
        : value(std::move(v))
        , label(std::move(l))
        , status(s)
        , toolTip(std::move(tip))
    {
    }
    QString value;
    QString label;
    std::optional<UiStatus> status;  // none: a plain count, shown without a status colour
    QString toolTip;  // plain text: shown as written, never as markup
};

} // namespace ct
