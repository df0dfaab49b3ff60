#pragma once

#include <QString>

namespace ct {

// Text from outside (ids, reasons, queue, SKU and node names, payloads) for a tooltip. Qt renders a
// tooltip that looks like HTML as rich text, so this returns rich text that shows `text` exactly as
// written: markup and entities escaped, line breaks kept. Empty stays empty (no tooltip).
// The one place tooltips over data are made safe, for item models and widgets alike.
QString plainToolTip(const QString& text);

} // namespace ct
