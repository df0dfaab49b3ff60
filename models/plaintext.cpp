#include "plaintext.h"

namespace ct {

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    // Escaping alone is not enough: "a &amp; b" escaped does not look like rich text to Qt, which would
    // then show the entities. The paragraph makes it rich text; white-space:pre keeps spaces and line
    // breaks and lays it out like a plain-text tooltip (Qt::convertFromPlainText would wrap it narrower).
    return QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace ct
